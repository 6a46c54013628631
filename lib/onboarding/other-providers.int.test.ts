import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { adapterFor as billingAdapterFor, API_KEY_ONLY, TEST_SEED as BILLING_SEED } from '@/lib/providers/billing-platform/test-fixture';
import { startCliqtelSandbox, type CliqtelSandbox } from '@/lib/providers/cliqtel/sandbox';
import { startVoipAccountSandbox, type VoipAccountSandbox } from '@/lib/providers/voip-account/sandbox';
import { decryptSecret } from '@/lib/secrets/encrypt-secret';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { getOnboardingView } from './get-onboarding-view';
import { linkOnboardingAccount } from './link-provider-account';
import { seedOnboardingTenant, type OnboardingTenant } from './onboarding-test-fixture';
import { retryProvisioning } from './retry-provisioning';
import { startOnboarding } from './start-onboarding';

const db = testDb();
const ip = { ip: null };
let tenant: OnboardingTenant;

beforeEach(async () => {
  await resetDatabase();
});

describe('linking a Cliqtel account by its key', () => {
  const PARTNER_KEY = '7|onboarding-cliqtel-partner-key';
  const CUSTOMER_KEY = '44|onboarding-cliqtel-customer-key';
  let sandbox: CliqtelSandbox;

  beforeEach(async () => {
    sandbox = await startCliqtelSandbox({
      port: 0,
      seed: {
        partner: { name: 'Onboarding Cliqtel', currency: 'EUR', credentials: { apiToken: PARTNER_KEY } },
        accounts: [{ providerAccountId: 'CQ-NEW', name: 'Maison Verte', email: 'bonjour@maison-verte.test', country: 'FR', balance: '12.00', billingModel: 'PREPAID', authToken: CUSTOMER_KEY }],
      },
    });
    tenant = await seedOnboardingTenant({ kind: 'CLIQTEL', baseUrl: sandbox.url, credentials: { apiToken: PARTNER_KEY } });
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('verifies the key with the account it opens, stores it encrypted and skips funding', async () => {
    const outcome = await startOnboarding(tenant.staff, { connectionId: tenant.connectionId, apiToken: ` ${CUSTOMER_KEY} ` }, ip);

    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(outcome.secret).toBeUndefined();
    const customer = await db.customer.findUniqueOrThrow({ where: { id: outcome.customerId }, include: { onboarding: true } });
    expect(customer).toMatchObject({ name: 'Maison Verte', email: 'bonjour@maison-verte.test', status: 'ACTIVE' });
    expect(customer.providerAccountId).toBeTruthy();
    expect(await decryptSecret(customer.authTokenEnc!, db)).toBe(CUSTOMER_KEY);
    // Cliqtel has no wallet API: the wizard goes straight to the number.
    expect(customer.onboarding?.step).toBe('ASSIGN_NUMBER');
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(CUSTOMER_KEY);

    const again = await startOnboarding(tenant.staff, { connectionId: tenant.connectionId, apiToken: CUSTOMER_KEY }, ip);
    expect(again).toMatchObject({ ok: false, fieldErrors: { apiToken: [expect.stringContaining('already linked to Maison Verte')] } });
  });

  it('puts a malformed or rejected key beside the key field and stores nothing', async () => {
    expect(await startOnboarding(tenant.staff, { connectionId: tenant.connectionId, apiToken: 'no-pipe-here' }, ip)).toMatchObject({ ok: false, fieldErrors: { apiToken: expect.any(Array) } });
    expect(await startOnboarding(tenant.staff, { connectionId: tenant.connectionId, apiToken: '45|not-a-real-key-at-all' }, ip)).toMatchObject({
      ok: false,
      fieldErrors: { apiToken: ['The provider rejected this key.'] },
    });
    expect(await db.customer.count()).toBe(0);
  });
});

describe('the VoIP account API, whose usernames the portal chooses', () => {
  const ADMIN_KEY = 'onboarding-voip-admin-key';
  const form = (overrides: Record<string, string> = {}) => ({ connectionId: tenant.connectionId, name: 'Summit Dental', email: 'desk@summit-dental.test', username: '5550001234', ...overrides });
  let sandbox: VoipAccountSandbox;

  beforeEach(async () => {
    sandbox = await startVoipAccountSandbox({ port: 0, seed: { partner: { name: 'Onboarding VoIP', currency: 'USD', credentials: { adminApiKey: ADMIN_KEY } }, accounts: [], randomSeed: 5 } });
    tenant = await seedOnboardingTenant({ kind: 'VOIP_ACCOUNT', baseUrl: sandbox.url, credentials: { adminApiKey: ADMIN_KEY } });
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('creates the sub-account and returns its password and API key once', async () => {
    const outcome = await startOnboarding(tenant.staff, form(), ip);
    expect(outcome).toMatchObject({ ok: true, secret: { providerAccountId: '5550001234', authToken: sandbox.apiKeyOf('5550001234'), generatedPassword: sandbox.passwordOf('5550001234') } });
    // No wallet API: straight to the number.
    expect((await db.customerOnboarding.findFirstOrThrow()).step).toBe('ASSIGN_NUMBER');
  });

  it('after a lost answer resends the same username only, then links the account its key proves', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const lost = await startOnboarding(tenant.staff, form(), ip);
    sandbox.setFaults({ lostResponseRate: 0 });
    if (lost.ok || !lost.customerId) throw new Error('expected an unconfirmed onboarding');
    expect(sandbox.accountExists('5550001234')).toBe(true);

    const otherName = await retryProvisioning(tenant.staff, lost.customerId, form({ username: '5550009999' }), ip);
    expect(otherName).toMatchObject({ ok: false, fieldErrors: { username: [expect.stringContaining('stays 5550001234')] } });
    expect(sandbox.accountExists('5550009999')).toBe(false);

    const repeated = await retryProvisioning(tenant.staff, lost.customerId, form(), ip);
    expect(repeated).toMatchObject({ ok: false, fieldErrors: { username: [expect.stringContaining('Link it with its API key')] } });
    expect(await getOnboardingView(tenant.staff, lost.customerId)).toMatchObject({ failure: { kind: 'unknown' }, canLinkWithKey: true, canDiscard: false });

    expect(await linkOnboardingAccount(tenant.staff, lost.customerId, { apiKey: 'wrong-key' }, ip)).toMatchObject({ ok: false, fieldErrors: { apiKey: expect.any(Array) } });
    const linked = await linkOnboardingAccount(tenant.staff, lost.customerId, { apiKey: sandbox.apiKeyOf('5550001234')! }, ip);
    expect(linked).toMatchObject({ ok: true });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: lost.customerId } });
    expect(customer).toMatchObject({ status: 'ACTIVE', providerAccountId: '5550001234' });
    expect(await decryptSecret(customer.authTokenEnc!, db)).toBe(sandbox.apiKeyOf('5550001234'));
    expect(sandbox.hits('add')).toBe(2);
  });
});

describe('the billing platform, which searches clients by name', () => {
  const form = (overrides: Record<string, string> = {}) => ({ connectionId: tenant.connectionId, name: 'Vineyard Hotels', email: 'it@vineyard.test', country: 'nl', billingModel: 'POSTPAID', currency: 'eur', ...overrides });
  let sandbox: BillingPlatformSandbox;
  const clientsNamed = async (name: string) => (await billingAdapterFor(sandbox).listAccounts({ search: name })).items.filter((client) => client.name === name).length;

  beforeEach(async () => {
    sandbox = await startBillingPlatformSandbox({ port: 0, seed: BILLING_SEED });
    tenant = await seedOnboardingTenant({ kind: 'BILLING_PLATFORM', baseUrl: sandbox.url, credentials: API_KEY_ONLY });
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('after a lost answer finds the client by name and exact email instead of creating another', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const lost = await startOnboarding(tenant.staff, form(), ip);
    sandbox.setFaults({ lostResponseRate: 0 });
    if (lost.ok || !lost.customerId) throw new Error('expected an unconfirmed onboarding');
    expect(await clientsNamed('Vineyard Hotels')).toBe(1);

    const resumed = await retryProvisioning(tenant.staff, lost.customerId, form(), ip);

    expect(resumed).toMatchObject({ ok: true });
    expect(await clientsNamed('Vineyard Hotels')).toBe(1);
    const customer = await db.customer.findUniqueOrThrow({ where: { id: lost.customerId }, include: { onboarding: true } });
    expect(customer).toMatchObject({ status: 'ACTIVE', billingModel: 'POSTPAID', currency: 'EUR', country: 'NL' });
    expect(customer.providerAccountId).toBeTruthy();
    expect(customer.onboarding?.step).toBe('FUND');
  });

  it('maps the platform’s duplicate-email refusal onto the email field', async () => {
    const taken = BILLING_SEED.accounts[0]!.email;
    const outcome = await startOnboarding(tenant.staff, form({ email: taken }), ip);
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining('already used')] } });
  });
});
