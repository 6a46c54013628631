import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CapabilityUnavailable, ProviderAuthFailed, ProviderForbidden, ProviderNotFound, ProviderRateLimited, ProviderValidationFailed } from '../errors.ts';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import { voipAccountProvider } from './definition.ts';
import type { VoipAccountSandbox } from './sandbox.ts';
import { HOURLY_LIMIT, rateBudgetKey } from './schemas.ts';
import { ACME, acmeRef, adapterFor, HARBOR, harborRef, manualClock, startTestSandbox } from './test-environment.ts';

const newCustomer = { name: 'Bluebird Bakery', email: 'owner@bluebird.test', extra: { username: '5550001234' } };

let sandbox: VoipAccountSandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

describe('testConnection', () => {
  it('accepts the administrator key through the SIP call, spending none of the hourly calls', async () => {
    const rateBudget = memoryRateBudget();
    const result = await adapterFor(sandbox, { rateBudget }).testConnection();
    expect(result.ok).toBe(true);
    expect(sandbox.hits('sip')).toBe(1);
    expect(sandbox.hits('info')).toBe(0);
    expect((await rateBudget.peek(rateBudgetKey(sandbox.url, 'info'), HOURLY_LIMIT)).remaining).toBe(6);
  });

  it('reports a wrong administrator key as ProviderAuthFailed', async () => {
    await expect(adapterFor(sandbox, { adminApiKey: 'not-the-admin-key' }).testConnection()).rejects.toBeInstanceOf(ProviderAuthFailed);
  });
});

describe('createAccount', () => {
  it('adds the sub-account under the admin key and returns the generated password and the fetched API key', async () => {
    const created = await adapterFor(sandbox).createAccount(newCustomer);
    expect(sandbox.requestBodies('add')[0]).toEqual({ name: 'Bluebird Bakery', username: 5550001234, email: 'owner@bluebird.test', apikey: expect.any(String) });
    expect(created.account).toMatchObject({ providerAccountId: '5550001234', name: 'Bluebird Bakery', email: 'owner@bluebird.test', status: 'active' });
    expect(created.generatedPassword).toBe(sandbox.passwordOf('5550001234'));
    expect(created.authToken).toBe(sandbox.apiKeyOf('5550001234'));
    // The fetched key works: a new account has no SIP registration yet.
    const sip = await adapterFor(sandbox).getSipRegistration({ providerAccountId: '5550001234', authToken: created.authToken! });
    expect(sip).toEqual({ uri: null, userAgent: null, registered: false });
  });

  it('passes an optional master (billing) account through', async () => {
    await adapterFor(sandbox).createAccount({ ...newCustomer, extra: { username: '5550001234', masterAccount: ACME.providerAccountId } });
    expect(sandbox.requestBodies('add')[0]).toMatchObject({ masterAccount: Number(ACME.providerAccountId) });
  });

  it('returns authToken null (keeping the password) when the API-key budget is spent; fetchApiKey gets it after the hour', async () => {
    const clock = manualClock();
    sandbox = await restartedWith({ now: clock.now });
    const rateBudget = memoryRateBudget(clock.now);
    for (let i = 0; i < 6; i++) await rateBudget.take(rateBudgetKey(sandbox.url, 'apikey'), HOURLY_LIMIT);
    const adapter = adapterFor(sandbox, { rateBudget });

    const created = await adapter.createAccount(newCustomer);
    expect(created.authToken).toBeNull();
    expect(created.generatedPassword).toBe(sandbox.passwordOf('5550001234'));
    expect(sandbox.hits('apikey')).toBe(0);

    const refused = await adapter.fetchApiKey('5550001234', created.generatedPassword!).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProviderRateLimited);
    expect((refused as ProviderRateLimited).retryAt.getTime()).toBe(clock.now() + HOURLY_LIMIT.windowMs);

    clock.advance(HOURLY_LIMIT.windowMs + 1);
    expect(await adapter.fetchApiKey('5550001234', created.generatedPassword!)).toBe(sandbox.apiKeyOf('5550001234'));
  });

  it('refuses a missing or malformed username without calling the provider', async () => {
    for (const extra of [undefined, { username: '12345' }, { username: '0123456789' }, { username: '55500O1234' }]) {
      const error = await adapterFor(sandbox).createAccount({ ...newCustomer, extra }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderValidationFailed);
      expect((error as ProviderValidationFailed).fieldErrors.username).toHaveLength(1);
    }
    expect(sandbox.hits('add')).toBe(0);
  });

  it('maps a username that already exists to a validation error on username', async () => {
    const error = await adapterFor(sandbox).createAccount({ ...newCustomer, extra: { username: ACME.providerAccountId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors.username?.[0]).toContain('already exists');
  });

  it("reports the provider's validation message for an invalid email", async () => {
    const error = await adapterFor(sandbox).createAccount({ ...newCustomer, email: 'not-an-email' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as Error).message).toBe('email is not a valid address');
  });

  it("is ProviderForbidden when the connection holds a customer's key instead of the administrator key", async () => {
    await expect(adapterFor(sandbox, { adminApiKey: ACME.authToken }).createAccount(newCustomer)).rejects.toBeInstanceOf(ProviderForbidden);
    expect(sandbox.accountExists('5550001234')).toBe(false);
  });
});

describe('fetchApiKey', () => {
  it("returns a seeded account's key for its username and password, and rejects a wrong password", async () => {
    const adapter = adapterFor(sandbox);
    expect(await adapter.fetchApiKey(ACME.providerAccountId, sandbox.passwordOf(ACME.providerAccountId)!)).toBe(ACME.authToken);
    await expect(adapter.fetchApiKey(ACME.providerAccountId, 'wrong-password')).rejects.toBeInstanceOf(ProviderAuthFailed);
  });
});

describe('getAccount and getBalance', () => {
  it("map the info call: identity, and the balance as a decimal string in the account's currency", async () => {
    const account = await adapterFor(sandbox).getAccount(acmeRef);
    expect(account).toMatchObject({ providerAccountId: ACME.providerAccountId, name: ACME.name, email: ACME.email, balance: { amount: '125.5', currency: 'USD' } });
    const balance = await adapterFor(sandbox).getBalance(harborRef);
    expect(balance.balance).toEqual({ amount: '42', currency: 'USD' });
    expect(balance.updatedAt).toBeInstanceOf(Date);
  });

  it('fail with ProviderAuthFailed before any request when no API key is stored for the customer', async () => {
    await expect(adapterFor(sandbox).getAccount({ providerAccountId: ACME.providerAccountId })).rejects.toThrow(/no API key is stored for account 4592086960/);
    expect(sandbox.hits('info')).toBe(0);
  });

  it('report a revoked customer key as ProviderAuthFailed', async () => {
    await expect(adapterFor(sandbox).getBalance({ ...acmeRef, authToken: 'revoked-key-123456' })).rejects.toBeInstanceOf(ProviderAuthFailed);
  });

  it('refuse to show another account when the stored key belongs to a different one', async () => {
    await expect(adapterFor(sandbox).getAccount({ providerAccountId: ACME.providerAccountId, authToken: HARBOR.authToken })).rejects.toBeInstanceOf(ProviderNotFound);
  });
});

describe('getRecurringCharges', () => {
  it('lists the services and takes the total from the Total row', async () => {
    const charges = await adapterFor(sandbox).getRecurringCharges(harborRef);
    expect(charges.items.map((item) => item.service)).toEqual(['DID +442071234567', 'Voicemail']);
    expect(charges.items.every((item) => /^\d+(\.\d+)?$/.test(item.amount.amount) && item.amount.currency === 'USD')).toBe(true);
    expect(charges.total).toEqual({ amount: '3.49', currency: 'USD' });
  });
});

describe('getSipRegistration', () => {
  it('returns the registered URI and user agent, or registered: false when nothing is registered', async () => {
    const adapter = adapterFor(sandbox);
    expect(await adapter.getSipRegistration(harborRef)).toEqual({ uri: 'sip:4592086961@192.0.2.17:5060', userAgent: 'MicroSIP/3.21.3', registered: true });
    expect(await adapter.getSipRegistration(acmeRef)).toEqual({ uri: null, userAgent: null, registered: false });
  });
});

describe('unsupported operations', () => {
  it('refuse with the reason the capability map gives', async () => {
    const adapter = adapterFor(sandbox);
    const window = { from: new Date(Date.now() - 86_400_000), to: new Date() };
    const refusals: Array<() => Promise<unknown>> = [
      () => adapter.fundAccount(acmeRef, { amount: { amount: '10.00', currency: 'USD' }, operationId: 'op-1' }),
      () => adapter.listNumbers(acmeRef, {}),
      () => adapter.listInvoices(acmeRef, {}),
      () => adapter.listAccounts({}),
      () => adapter.getUsageSummary(acmeRef, window),
    ];
    for (const refuse of refusals) {
      const error = await Promise.resolve().then(refuse).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CapabilityUnavailable);
      const { capability, reason } = error as CapabilityUnavailable;
      expect(reason).toBe((adapter.capabilities[capability] as { reason: string }).reason);
    }
  });
});

describe('voipAccountProvider definition', () => {
  it('requires an administrator API key and builds an adapter with the same capabilities', () => {
    expect(voipAccountProvider.credentialsSchema.safeParse({ adminApiKey: '  ' }).success).toBe(false);
    const adapter = voipAccountProvider.createAdapter({ connectionId: 'c1', baseUrl: sandbox.url, credentials: { adminApiKey: 'k' }, rateBudget: memoryRateBudget() });
    expect(adapter.capabilities).toBe(voipAccountProvider.capabilities);
    expect(Object.entries(adapter.capabilities).filter(([, status]) => status.supported).map(([name]) => name)).toEqual([
      'accounts.create',
      'accounts.get',
      'accounts.balance',
      'usage.cdrs',
      'billing.recurringCharges',
      'sip.registration',
    ]);
  });

  it('lists the four hourly-limited calls with budget keys per provider host', () => {
    const limits = voipAccountProvider.rateLimits!('https://api.voip-provider.example/v1');
    expect(limits.map((limit) => limit.key)).toEqual([
      'voip-account:api.voip-provider.example:/account/apikey',
      'voip-account:api.voip-provider.example:/account/cdr',
      'voip-account:api.voip-provider.example:/account/info',
      'voip-account:api.voip-provider.example:/account/mrc',
    ]);
    expect(limits.every((limit) => limit.limit.calls === 6 && limit.limit.windowMs === 3_600_000)).toBe(true);
  });
});

async function restartedWith(options: Parameters<typeof startTestSandbox>[0]): Promise<VoipAccountSandbox> {
  await sandbox.close();
  return startTestSandbox(options);
}
