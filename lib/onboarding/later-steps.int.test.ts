import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAssignableNumbers } from '@/lib/numbers/list-assignable-numbers';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { assignOnboardingNumber } from './assign-onboarding-number';
import { fundOpeningBalance } from './fund-opening-balance';
import { getOnboardingView } from './get-onboarding-view';
import { seedOnboardingTenant, startOnboardingVobizSandbox, VOBIZ_ONBOARDING_CREDENTIALS, vobizForm, type OnboardingTenant } from './onboarding-test-fixture';
import { skipOnboardingStep } from './skip-onboarding-step';
import { startOnboarding } from './start-onboarding';

const db = testDb();
const ip = { ip: null };
let sandbox: RunningVobizSandbox;
let tenant: OnboardingTenant;

async function provisionedCustomer(): Promise<{ customerId: string; accountId: string }> {
  const outcome = await startOnboarding(tenant.staff, vobizForm(tenant.connectionId), ip);
  if (!outcome.ok || !outcome.secret) throw new Error('provisioning failed in setup');
  return { customerId: outcome.customerId, accountId: outcome.secret.providerAccountId };
}

const transfersTo = (accountId: string) => sandbox.transfers().filter((transfer) => transfer.toAccount === accountId);

afterEach(async () => {
  await sandbox.close();
});

describe('the opening balance', () => {
  beforeEach(async () => {
    await resetDatabase();
    sandbox = await startOnboardingVobizSandbox({ partnerBalance: '100.00000' });
    tenant = await seedOnboardingTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_ONBOARDING_CREDENTIALS });
  });

  it('after a lost answer, resumes with the same key and amount and funds exactly once', async () => {
    const { customerId, accountId } = await provisionedCustomer();
    sandbox.setFaults({ lostResponseRate: 1 });
    const lost = await fundOpeningBalance(tenant.staff, customerId, { amount: '25' }, ip);
    sandbox.setFaults({ lostResponseRate: 0 });

    expect(lost).toMatchObject({ ok: false, formError: expect.stringContaining('not confirmed') });
    const waiting = await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } });
    expect(waiting).toMatchObject({ step: 'FUND', fundingKey: expect.any(String) });
    expect((await getOnboardingView(tenant.staff, customerId))?.fundingInDoubt).toBe(true);
    expect(await db.customer.findUniqueOrThrow({ where: { id: customerId } })).toBeTruthy();

    // Whatever is typed on resume, the funding in doubt is repeated as it was.
    const resumed = await fundOpeningBalance(tenant.staff, customerId, { amount: '99' }, ip);

    expect(resumed).toMatchObject({ ok: true });
    expect(transfersTo(accountId)).toHaveLength(1);
    expect(sandbox.accountBalance(accountId)).toBe('25.00000');
    const done = await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } });
    expect(done).toMatchObject({ step: 'ASSIGN_NUMBER', lastError: null, fundingKey: waiting.fundingKey });
    expect(await db.walletFunding.count({ where: { customerId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: customerId, action: { startsWith: 'onboarding.fund' } } })).toBe(2);
  });

  it('lets the key go when the provider refuses, so a corrected amount funds once under a new key', async () => {
    const { customerId, accountId } = await provisionedCustomer();

    const refused = await fundOpeningBalance(tenant.staff, customerId, { amount: '500' }, ip);
    expect(refused.ok).toBe(false);
    const afterRefusal = await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } });
    expect(afterRefusal).toMatchObject({ step: 'FUND', fundingKey: null });
    expect(transfersTo(accountId)).toHaveLength(0);

    expect(await fundOpeningBalance(tenant.staff, customerId, { amount: '40' }, ip)).toMatchObject({ ok: true });
    expect(transfersTo(accountId)).toHaveLength(1);
    expect(sandbox.accountBalance(accountId)).toBe('40.00000');
  });

  it('rejects a bad amount beside the field without recording a key', async () => {
    const { customerId } = await provisionedCustomer();
    const outcome = await fundOpeningBalance(tenant.staff, customerId, { amount: '-3' }, ip);
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(Array) } });
    expect((await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } })).fundingKey).toBeNull();
  });
});

describe('the number and the end of the wizard', () => {
  beforeEach(async () => {
    await resetDatabase();
    sandbox = await startOnboardingVobizSandbox();
    tenant = await seedOnboardingTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_ONBOARDING_CREDENTIALS });
  });

  it('skips the opening balance once, then assigns a listed number and is done', async () => {
    const { customerId } = await provisionedCustomer();
    const [first, second] = await Promise.all([skipOnboardingStep(tenant.staff, customerId, 'FUND', ip), skipOnboardingStep(tenant.staff, customerId, 'FUND', ip)]);
    expect(first.ok && second.ok).toBe(true);
    expect((await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } })).step).toBe('ASSIGN_NUMBER');
    expect(await db.auditEvent.count({ where: { entityId: customerId, action: 'onboarding.skip' } })).toBe(1);

    const assignable = await listAssignableNumbers(tenant.staff, customerId, {});
    if (!assignable.ok || !assignable.choices[0]) throw new Error('the sandbox lists no numbers');
    const choice = assignable.choices[0];
    const assigned = await assignOnboardingNumber(tenant.staff, customerId, { number: choice.number, providerNumberId: choice.providerNumberId ?? '' }, ip);

    expect(assigned).toMatchObject({ ok: true });
    expect(await db.numberAssignment.findFirst({ where: { customerId } })).toMatchObject({ number: choice.number, recordedIn: 'PORTAL' });
    expect(await db.customerOnboarding.findUniqueOrThrow({ where: { customerId } })).toMatchObject({ step: 'DONE', numberToAssign: choice.number, lastError: null });
    // A repeat (a double click, a second tab) changes nothing.
    expect(await assignOnboardingNumber(tenant.staff, customerId, { number: choice.number }, ip)).toMatchObject({ ok: true });
    expect(await db.numberAssignment.count({ where: { customerId } })).toBe(1);
  });

  it('shows a number the provider does not list beside the number field and stays on the step', async () => {
    const { customerId } = await provisionedCustomer();
    await skipOnboardingStep(tenant.staff, customerId, 'FUND', ip);
    const outcome = await assignOnboardingNumber(tenant.staff, customerId, { number: '+19995550000' }, ip);
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { number: expect.any(Array) } });
    const view = await getOnboardingView(tenant.staff, customerId);
    expect(view).toMatchObject({ step: 'ASSIGN_NUMBER', failure: { kind: 'refused' } });
  });
});
