import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError, ProviderAuthFailed, ProviderOutcomeUnknown, ProviderRateLimited, ProviderUnavailable, ProviderValidationFailed } from '../errors.ts';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import { voipAccountProvider } from './definition.ts';
import type { VoipAccountSandbox } from './sandbox.ts';
import { ACME, acmeRef, adapterFor, harborRef, startTestSandbox } from './test-environment.ts';

let sandbox: VoipAccountSandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

describe('faults', () => {
  it('retries a 5xx on the (unlimited) SIP read and succeeds', async () => {
    sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    let requests = 0;
    const healOnFirstAnswer: typeof fetch = async (input, init) => {
      requests++;
      const response = await fetch(input, init);
      sandbox.setFaults({ errorRate: 0 });
      return response;
    };
    const sip = await adapterFor(sandbox, { fetch: healOnFirstAnswer }).getSipRegistration(harborRef);
    expect(sip.registered).toBe(true);
    expect(requests).toBe(2);
  });

  it('spends none of the six hourly calls while the circuit is open', async () => {
    const rateBudget = memoryRateBudget();
    const adapter = adapterFor(sandbox, { rateBudget });
    sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    // Unlimited SIP reads fail until the connection's circuit opens.
    for (let i = 0; i < 5; i++) await adapter.getSipRegistration(harborRef).catch(() => undefined);
    sandbox.setFaults({ errorRate: 0 });
    const error = await adapter.getBalance(acmeRef).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailable);
    expect((error as ProviderUnavailable).reason).toMatch(/paused/);
    const [budget] = voipAccountProvider.rateLimits!(sandbox.url).filter((limit) => limit.key.endsWith('info'));
    expect((await rateBudget.peek(budget!.key, budget!.limit)).remaining).toBe(6);
  });

  it('gives up on a SIP read that keeps failing with ProviderUnavailable after the retry', async () => {
    sandbox.setFaults({ errorRate: 1, errorStatus: 502 });
    await expect(adapterFor(sandbox).getSipRegistration(harborRef)).rejects.toBeInstanceOf(ProviderUnavailable);
  });

  it('reports a lost response on adding a sub-account as ProviderOutcomeUnknown, although the account was created', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const error = await adapterFor(sandbox)
      .createAccount({ name: 'Bluebird Bakery', email: 'owner@bluebird.test', extra: { username: '5550001234' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderOutcomeUnknown);
    expect(sandbox.hits('add')).toBe(1);
    expect(sandbox.accountExists('5550001234')).toBe(true);
  });

  it('treats a timeout on a limited read as unavailable (a read has no outcome to reconcile)', async () => {
    sandbox.setFaults({ timeoutRate: 1 });
    await expect(adapterFor(sandbox, { timeoutMs: 150 }).getBalance(acmeRef)).rejects.toBeInstanceOf(ProviderUnavailable);
  });
});

describe('contract checks', () => {
  it('names the missing balance of a malformed info response', async () => {
    sandbox.breakNextResponse('info', (body) => {
      delete (body.account as Array<Record<string, unknown>>)[0]!.balance;
    });
    const error = await adapterFor(sandbox).getBalance(acmeRef).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('account.0.balance');
  });

  it('names a CDR field of the wrong type', async () => {
    sandbox.breakNextResponse('cdr', (body) => {
      (body.cdr as Array<Record<string, unknown>>)[0]!.billsec = '42';
    });
    const error = await adapterFor(sandbox)
      .listCdrs(acmeRef, { from: new Date(Date.now() - 86_400_000), to: new Date() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('cdr.0.billsec');
  });

  it('rejects recurring charges without their Total row', async () => {
    sandbox.breakNextResponse('mrc', (body) => {
      body.mrc = (body.mrc as Array<{ service: string }>).filter((row) => row.service !== 'Total');
    });
    const error = await adapterFor(sandbox).getRecurringCharges(acmeRef).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('mrc');
  });
});

describe('failure envelopes inside HTTP 200', () => {
  it('map to the same typed errors as with a matching HTTP status', async () => {
    await sandbox.close();
    sandbox = await startTestSandbox({ failuresInHttp200: true });
    const adapter = adapterFor(sandbox);
    await expect(adapterFor(sandbox, { adminApiKey: 'wrong-admin-key' }).testConnection()).rejects.toBeInstanceOf(ProviderAuthFailed);
    const conflict = await adapter.createAccount({ name: 'Again', email: 'again@acme.test', extra: { username: ACME.providerAccountId } }).catch((e: unknown) => e);
    expect((conflict as ProviderValidationFailed).fieldErrors.username).toBeDefined();

    // Without a shared budget the provider's own limit answers; inside a 200 it has no Retry-After.
    for (let i = 0; i < 6; i++) await adapterFor(sandbox).getBalance(acmeRef);
    const limited = await adapterFor(sandbox).getBalance(acmeRef).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ProviderRateLimited);
    expect((limited as ProviderRateLimited).retryAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
  });
});
