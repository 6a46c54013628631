import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { decryptSecret } from '@/lib/secrets/encrypt-secret';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { discardOnboarding } from './discard-onboarding';
import { getOnboardingView, listUnfinishedOnboardings } from './get-onboarding-view';
import { ACCOUNT_ONLY_AT_VOBIZ, createRequests, seedOnboardingTenant, startOnboardingVobizSandbox, VOBIZ_ONBOARDING_CREDENTIALS, vobizForm, type OnboardingTenant } from './onboarding-test-fixture';
import { retryProvisioning } from './retry-provisioning';
import { startOnboarding } from './start-onboarding';

const db = testDb();
const ip = { ip: '192.0.2.10' };
let sandbox: RunningVobizSandbox;
let tenant: OnboardingTenant;

// A fresh sandbox per test: Vobiz remembers every email it has seen.
beforeEach(async () => {
  await resetDatabase();
  sandbox = await startOnboardingVobizSandbox();
  tenant = await seedOnboardingTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_ONBOARDING_CREDENTIALS });
});

afterEach(async () => {
  await sandbox.close();
});

const accountsAtVobiz = () => sandbox.accountAuthIds().length;

describe('starting an onboarding on Vobiz', () => {
  it('creates the account, stores its id and its token encrypted, and returns the token once', async () => {
    const before = accountsAtVobiz();
    const outcome = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(accountsAtVobiz()).toBe(before + 1);
    const token = outcome.secret?.authToken;
    expect(token).toBeTruthy();
    const customer = await db.customer.findUniqueOrThrow({ where: { id: outcome.customerId }, include: { onboarding: true } });
    expect(customer).toMatchObject({ status: 'ACTIVE', providerAccountId: outcome.secret?.providerAccountId, email: 'hello@bright-smiles.test', currency: 'USD' });
    expect(sandbox.accountAuthIds()).toContain(customer.providerAccountId);
    expect(customer.authTokenEnc).not.toContain(token);
    expect(await decryptSecret(customer.authTokenEnc!, db)).toBe(token);
    expect(customer.onboarding).toMatchObject({ step: 'FUND', lastError: null });

    // Nothing that pages or the audit log read carries the token again.
    const view = await getOnboardingView(tenant.staff, outcome.customerId);
    expect(view?.tokenStoredEncrypted).toBe(true);
    expect(JSON.stringify(view)).not.toContain(token);
    const audit = await db.auditEvent.findMany({ where: { entityId: outcome.customerId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['onboarding.start', 'onboarding.provision']);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(audit[0]?.ip).toBe('192.0.2.10');
  });

  it('answers invalid input with field errors and sends nothing', async () => {
    const outcome = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId, { phone: '4155550123', country: 'XX', password: 'short' }), ip);

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.fieldErrors).sort()).toEqual(['country', 'password', 'phone']);
    expect(createRequests(sandbox)).toBe(0);
    expect(await db.customer.count()).toBe(0);
  });

  it('refuses an email another customer of the partner uses, before anything reaches Vobiz', async () => {
    const first = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);
    expect(first.ok).toBe(true);
    const requestsBefore = createRequests(sandbox);
    const accountsBefore = accountsAtVobiz();

    const outcome = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId, { name: 'Someone Else', email: 'HELLO@bright-smiles.test' }), ip);

    expect(outcome).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining('Bright Smiles already uses')] } });
    expect(createRequests(sandbox)).toBe(requestsBefore);
    expect(accountsAtVobiz()).toBe(accountsBefore);
    expect(await db.customer.count()).toBe(1);
  });

  it('shows Vobiz’s refusal of an email used elsewhere on the email field, and the corrected retry creates one account', async () => {
    const accountsBefore = accountsAtVobiz();
    const refused = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId, { email: ACCOUNT_ONLY_AT_VOBIZ.email }), ip);

    expect(refused).toMatchObject({ ok: false, fieldErrors: { email: ['This email is already registered on Vobiz.'] } });
    if (refused.ok || !refused.customerId) throw new Error('expected a refused onboarding with its customer');
    const pending = await getOnboardingView(tenant.staff, refused.customerId);
    expect(pending).toMatchObject({ step: 'PROVISION', failure: { kind: 'refused' }, canDiscard: true });
    expect(await db.customer.findUniqueOrThrow({ where: { id: refused.customerId } })).toMatchObject({ status: 'PENDING', providerAccountId: null });

    const retried = await retryProvisioning(tenant.staff, refused.customerId, vobizForm(tenant.connectionId, { email: 'new@bright-smiles.test' }), ip);

    expect(retried).toMatchObject({ ok: true, customerId: refused.customerId });
    expect(accountsAtVobiz()).toBe(accountsBefore + 1);
    expect(await db.customer.count()).toBe(1);
    expect(await db.customer.findUniqueOrThrow({ where: { id: refused.customerId } })).toMatchObject({ status: 'ACTIVE', email: 'new@bright-smiles.test' });
  });
});

describe('resuming after the provider’s answer was lost', () => {
  it('finds the account the lost request created and never creates a second one', async () => {
    const before = accountsAtVobiz();
    sandbox.setFaults({ lostResponseRate: 1 });
    const lost = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);
    sandbox.setFaults({ lostResponseRate: 0 });

    expect(lost.ok).toBe(false);
    if (lost.ok || !lost.customerId) throw new Error('expected an unconfirmed onboarding with its customer');
    expect(accountsAtVobiz()).toBe(before + 1);
    const view = await getOnboardingView(tenant.staff, lost.customerId);
    expect(view).toMatchObject({ step: 'PROVISION', failure: { kind: 'unknown' }, canDiscard: false });
    expect((await discardOnboarding(tenant.staff, lost.customerId, ip)).ok).toBe(false);
    const requestsAfterLoss = createRequests(sandbox);

    // "Check again" needs no password: the account is looked for, not created.
    const resumed = await retryProvisioning(tenant.staff, lost.customerId, vobizForm(tenant.connectionId, { password: '' }), ip);

    expect(resumed).toMatchObject({ ok: true, customerId: lost.customerId, secret: { authToken: null } });
    expect(createRequests(sandbox)).toBe(requestsAfterLoss);
    expect(accountsAtVobiz()).toBe(before + 1);
    const created = sandbox.accountAuthIds().find((id) => !id.startsWith('MA_ELSEWHERE'));
    const customer = await db.customer.findUniqueOrThrow({ where: { id: lost.customerId }, include: { onboarding: true } });
    expect(customer).toMatchObject({ status: 'ACTIVE', providerAccountId: created, authTokenEnc: null });
    expect(customer.onboarding?.step).toBe('FUND');
    const actions = (await db.auditEvent.findMany({ where: { entityId: lost.customerId }, orderBy: { createdAt: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['onboarding.start', 'onboarding.provision.unconfirmed', 'onboarding.provision']);
  });

  it('creates the account only after finding it certainly absent', async () => {
    const before = accountsAtVobiz();
    // A gateway error: the request may or may not have reached Vobiz (here it did not).
    sandbox.setFaults({ errorRate: 1, errorStatus: 502 });
    const failed = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);
    sandbox.setFaults({ errorRate: 0 });
    if (failed.ok || !failed.customerId) throw new Error('expected an unconfirmed onboarding');
    expect((await getOnboardingView(tenant.staff, failed.customerId))?.failure?.kind).toBe('unknown');

    const withoutPassword = await retryProvisioning(tenant.staff, failed.customerId, vobizForm(tenant.connectionId, { password: '' }), ip);
    expect(withoutPassword).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) }, formError: expect.stringContaining('not at the provider') });
    expect(accountsAtVobiz()).toBe(before);

    const created = await retryProvisioning(tenant.staff, failed.customerId, vobizForm(tenant.connectionId), ip);
    expect(created).toMatchObject({ ok: true, secret: { authToken: expect.any(String) } });
    expect(accountsAtVobiz()).toBe(before + 1);
  });

  it('lets only one of two simultaneous resumes act', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const lost = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);
    sandbox.setFaults({ lostResponseRate: 0 });
    if (lost.ok || !lost.customerId) throw new Error('expected an unconfirmed onboarding');
    const accounts = accountsAtVobiz();

    const [a, b] = await Promise.all([
      retryProvisioning(tenant.staff, lost.customerId, vobizForm(tenant.connectionId), ip),
      retryProvisioning(tenant.otherStaff, lost.customerId, vobizForm(tenant.connectionId), ip),
    ]);

    expect([a.ok, b.ok].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(accountsAtVobiz()).toBe(accounts);
    expect((await db.customer.findUniqueOrThrow({ where: { id: lost.customerId } })).status).toBe('ACTIVE');
  });
});

describe('unfinished onboardings', () => {
  it('lists those not done for the partner only, and discards a refused one with its customer', async () => {
    const refused = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId, { email: ACCOUNT_ONLY_AT_VOBIZ.email }), ip);
    const done = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId, { email: 'second@bright-smiles.test' }), ip);
    if (refused.ok || !refused.customerId || !done.ok) throw new Error('setup failed');
    const other = await seedOnboardingTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_ONBOARDING_CREDENTIALS }, 'other');

    const unfinished = await listUnfinishedOnboardings(tenant.staff);
    expect(unfinished.map((item) => [item.customerName, item.step])).toEqual([
      ['Bright Smiles', 'FUND'],
      ['Bright Smiles', 'PROVISION'],
    ]);
    expect(await listUnfinishedOnboardings(other.staff)).toEqual([]);
    expect(await getOnboardingView(other.staff, refused.customerId)).toBeNull();
    expect((await retryProvisioning(other.staff, refused.customerId, vobizForm(tenant.connectionId), ip)).ok).toBe(false);

    expect((await discardOnboarding(tenant.staff, refused.customerId, ip)).ok).toBe(true);
    expect(await db.customer.findUnique({ where: { id: refused.customerId } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'onboarding.discard', entityId: refused.customerId } })).toBe(1);
  });
});
