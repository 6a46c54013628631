import { afterEach, describe, expect, it } from 'vitest';
import {
  ContractError,
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderNotFound,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../errors.ts';
import { resetCircuits } from '../http/circuit-breakers.ts';
import type { RunningVobizSandbox } from './sandbox.ts';
import { IN_PREPAID, PARTNER_CREDENTIALS, US_PREPAID, adapterFor, startTestSandbox } from './vobiz-test-fixture.ts';

let sandbox: RunningVobizSandbox;

async function start(options: Parameters<typeof startTestSandbox>[0] = {}) {
  sandbox = await startTestSandbox(options);
  return adapterFor(sandbox);
}

afterEach(async () => {
  await sandbox.close();
  resetCircuits();
});

const newCustomer = { name: 'Bayview Clinic', email: 'admin@bayview.test', phone: '+16175550123', country: 'US', password: 'Str0ng!pass' };
const dollars = (amount: string) => ({ amount, currency: 'USD' });

describe('VobizAdapter errors', () => {
  it('reports wrong partner credentials as an authentication failure without echoing the token', async () => {
    await start();
    const adapter = adapterFor(sandbox, { authId: PARTNER_CREDENTIALS.authId, authToken: 'wrong-token-value-999' });
    const error = await adapter.testConnection().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect(String((error as Error).message)).not.toContain('wrong-token-value-999');
  });

  it('rejects an email already used anywhere on Vobiz with a field error', async () => {
    const adapter = await start();
    const error = await adapter.createAccount({ ...newCustomer, email: 'IT@acme-dental.test' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors.email).toEqual(['This email is already registered on Vobiz.']);
  });

  it('rejects a weak password, a phone not in E.164 and an unknown country, field by field', async () => {
    const adapter = await start();
    const error = (await adapter.createAccount({ ...newCustomer, password: 'password1', phone: '6175550123', country: 'XX' }).catch((caught: unknown) => caught)) as ProviderValidationFailed;
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['country', 'password', 'phone']);
    expect(sandbox.accountAuthIds()).toHaveLength(3);
  });

  it('asks for the country before calling Vobiz', async () => {
    const adapter = await start();
    const error = (await adapter.createAccount({ name: 'No Country', email: 'nc@example.test' }).catch((caught: unknown) => caught)) as ProviderValidationFailed;
    expect(error.fieldErrors.country).toHaveLength(1);
    expect(sandbox.requestLog()).toHaveLength(0);
  });

  it('refuses a customer beyond max_accounts', async () => {
    const adapter = await start({ maxAccounts: 3 });
    const error = await adapter.createAccount(newCustomer).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderForbidden);
    expect((error as ProviderForbidden).message).toContain('max_accounts');
    expect((error as ProviderForbidden).missingScope).toBeNull();
  });

  it('names the missing partner permission when Vobiz forbids an operation', async () => {
    const adapter = await start();
    sandbox.setPermissions({ canTransferBalance: false, canViewCdrs: false });
    const transfer = await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars('1'), operationId: 'op-forbidden' }).catch((caught: unknown) => caught);
    expect(transfer).toMatchObject({ missingScope: 'can_transfer_balance' });
    const cdrs = await adapter.listCdrs(null, { from: new Date(Date.now() - 86_400_000), to: new Date() }).catch((caught: unknown) => caught);
    expect(cdrs).toBeInstanceOf(ProviderForbidden);
    expect(cdrs).toMatchObject({ missingScope: 'can_view_cdrs' });
  });

  it('reports an unknown customer as not found', async () => {
    const adapter = await start();
    const error = await adapter.getBalance({ providerAccountId: 'MA_NOPE0000' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderNotFound);
    expect((error as Error).message).toContain('customer account');
  });

  it('refuses a transfer in another currency than the partner’s, or into a wallet in another currency', async () => {
    const adapter = await start();
    const wrongCurrency = (await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: { amount: '5', currency: 'EUR' }, operationId: 'op-eur' }).catch((caught: unknown) => caught)) as ProviderValidationFailed;
    expect(wrongCurrency.fieldErrors.currency?.[0]).toContain('USD');
    const rupeeWallet = (await adapter.fundAccount({ providerAccountId: IN_PREPAID }, { amount: dollars('5'), operationId: 'op-inr' }).catch((caught: unknown) => caught)) as ProviderValidationFailed;
    expect(rupeeWallet.fieldErrors.currency?.[0]).toContain('INR');
    expect(sandbox.transfers()).toHaveLength(0);
  });

  it('refuses a transfer larger than the partner balance and moves nothing', async () => {
    const adapter = await start({ partnerBalance: '10.00000' });
    const error = (await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars('10.00001'), operationId: 'op-too-much' }).catch((caught: unknown) => caught)) as ProviderValidationFailed;
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect(error.fieldErrors.amount).toHaveLength(1);
    expect(sandbox.partnerBalance()).toBe('10.00000');
    expect(sandbox.accountBalance(US_PREPAID)).toBe('125.50000');
  });

  it('refuses amounts Vobiz cannot take before sending them', async () => {
    const adapter = await start();
    for (const amount of ['0', '-1', '1.123456', 'ten']) {
      await expect(adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars(amount), operationId: `op-${amount}` })).rejects.toBeInstanceOf(ProviderValidationFailed);
    }
    expect(sandbox.requestLog()).toHaveLength(0);
  });

  it('turns a 429 into a rate-limit error carrying the Retry-After time', async () => {
    const adapter = await start({ rateLimit: { requests: 2, windowMs: 60_000 } });
    await adapter.testConnection();
    await adapter.getBalance({ providerAccountId: US_PREPAID });
    const before = Date.now();
    const error = (await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars('1'), operationId: 'op-limited' }).catch((caught: unknown) => caught)) as ProviderRateLimited;
    expect(error).toBeInstanceOf(ProviderRateLimited);
    expect(error.retryAt.getTime()).toBeGreaterThan(before + 55_000);
    expect(error.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(sandbox.transfers()).toHaveLength(0);
  });

  it('retries a read after a 5xx and succeeds', async () => {
    const adapter = await start();
    sandbox.failNextRequests(1, 503);
    await expect(adapter.getBalance({ providerAccountId: US_PREPAID })).resolves.toMatchObject({ balance: dollars('125.50000') });
    expect(sandbox.requestLog().filter((entry) => entry.path.endsWith('/balance'))).toHaveLength(2);
  });

  it('gives up on a read that keeps failing as unavailable', async () => {
    const adapter = await start();
    sandbox.failNextRequests(5, 502);
    await expect(adapter.listAccounts({})).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(sandbox.requestLog()).toHaveLength(2);
  });

  it('never retries a transfer that failed with a 5xx', async () => {
    const adapter = await start();
    sandbox.failNextRequests(1, 503);
    await expect(adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars('3'), operationId: 'op-503' })).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(sandbox.requestLog()).toHaveLength(1);
    expect(sandbox.accountBalance(US_PREPAID)).toBe('125.50000');
  });

  it('reports a transfer whose response was lost as unknown, and reconciliation finds it', async () => {
    const adapter = await start();
    sandbox.setFaults({ lostResponseRate: 1 });
    const error = await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: dollars('7.5'), operationId: 'op-lost' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderOutcomeUnknown);
    expect(sandbox.requestLog()).toHaveLength(1);
    expect(sandbox.accountBalance(US_PREPAID)).toBe('133.00000');
    sandbox.setFaults({ lostResponseRate: 0 });
    await expect(adapter.findFunding({ providerAccountId: US_PREPAID }, 'op-lost')).resolves.toMatchObject({ transactionId: expect.any(String) });
  });

  it('reports a customer creation whose response was lost as unknown', async () => {
    const adapter = await start();
    sandbox.setFaults({ lostResponseRate: 1 });
    await expect(adapter.createAccount(newCustomer)).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    expect(sandbox.accountAuthIds()).toHaveLength(4);
  });

  it('names the field when a response breaks the documented shape', async () => {
    const adapter = await start();
    sandbox.corruptNextResponse((body) => ({ ...body, cash_credits: undefined }));
    await expect(adapter.getBalance({ providerAccountId: US_PREPAID })).rejects.toMatchObject({ field: 'cash_credits' });
    sandbox.corruptNextResponse((body) => ({ ...body, accounts: [{ ...(body.accounts as object[])[0], auth_id: 42 }] }));
    const error = await adapter.listAccounts({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('accounts.0.auth_id');
  });
});
