import { afterEach, describe, expect, it } from 'vitest';
import {
  ContractError,
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../errors.ts';
import type { BudgetLimit, RateBudget } from '../rate-budget/rate-budget.ts';
import { CAFE, cliqtelSeed, NORDLICHT, PARTNER_TOKEN, startCliqtelFixture, stopCliqtelFixture, type CliqtelFixture } from './cliqtel-test-fixture.ts';

let fixture: CliqtelFixture | undefined;
afterEach(async () => {
  await stopCliqtelFixture(fixture);
  fixture = undefined;
});

const JUNE = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-06-15T00:00:00Z') };
const READ_ONLY = ['account:read', 'numbers:read', 'usage:read', 'billing:read', 'sms:read', 'whatsapp:read'] as const;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

async function smsSender(f: CliqtelFixture): Promise<string> {
  return f.sandbox.numbers('CQ-BW-1001').find((n) => n.capabilities.includes('sms'))!.number;
}

describe('Cliqtel adapter: authentication and scopes', () => {
  it("reports a rejected connection key as the connection's credentials failing", async () => {
    fixture = await startCliqtelFixture({ apiToken: '7|wrongSecretValue' });
    const error = await failure(fixture.adapter.testConnection());
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect((error as Error).message).toContain("connection's Cliqtel API key was rejected");
    expect((error as Error).message).not.toContain('wrongSecretValue');
  });

  it("reports a rejected customer key as the customer's key failing", async () => {
    fixture = await startCliqtelFixture();
    const error = await failure(fixture.adapter.getBalance({ providerAccountId: 'CQ-BW-1001', authToken: '21|revokedSecret99' }));
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect((error as Error).message).toContain("customer's Cliqtel API key was rejected");
  });

  it('asks for the customer key before calling Cliqtel when none is stored', async () => {
    fixture = await startCliqtelFixture();
    const error = await failure(fixture.adapter.getBalance({ providerAccountId: 'CQ-BW-1001' }));
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors).toHaveProperty('authToken');
    expect(fixture.sandbox.requests()).toHaveLength(0);
  });

  it('names the missing scope when a read-only key tries to send an SMS, and sends nothing', async () => {
    fixture = await startCliqtelFixture({ seed: cliqtelSeed({ scopes: { [CAFE.authToken!]: READ_ONLY } }) });
    const error = await failure(fixture.adapter.sendSms(CAFE, { from: await smsSender(fixture), to: '+33612345678', body: 'Hi' }));
    expect(error).toBeInstanceOf(ProviderForbidden);
    expect(error).toMatchObject({ missingScope: 'sms:write', message: 'This key lacks scope sms:write.' });
    expect(fixture.sandbox.smsSent()).toHaveLength(0);
    // The same key still reads what its scopes cover.
    await expect(fixture.adapter.listSms(CAFE, {})).resolves.toMatchObject({ page: 1 });
  });

  it('names billing:read when a usage-only key asks for the wallet', async () => {
    fixture = await startCliqtelFixture();
    fixture.sandbox.setScopes(NORDLICHT.authToken!, ['usage:read']);
    await expect(fixture.adapter.getBalance(NORDLICHT)).rejects.toMatchObject({ missingScope: 'billing:read' });
    await expect(fixture.adapter.listNumbers(NORDLICHT, {})).rejects.toMatchObject({ missingScope: 'numbers:read' });
  });
});

describe('Cliqtel adapter: validation errors', () => {
  it('maps per-field 422 errors for an SMS', async () => {
    fixture = await startCliqtelFixture();
    const error = await failure(fixture.adapter.sendSms(CAFE, { from: '+33999999999', to: '0612345678', body: 'Hi' }));
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    const { fieldErrors, message } = error as ProviderValidationFailed;
    expect(Object.keys(fieldErrors).sort()).toEqual(['from', 'to']);
    expect(fieldErrors.from![0]).toContain('SMS-enabled');
    expect(message).toContain('(and 1 more error)');
  });

  it('maps 422 for a search country, a number forward, a usage window and an export format', async () => {
    fixture = await startCliqtelFixture();
    await expect(fixture.adapter.searchAvailableNumbers({ country: 'GBR' })).rejects.toMatchObject({ fieldErrors: { country: ['The country field must be 2 characters.'] } });
    const [number] = (await fixture.adapter.listNumbers(CAFE, {})).items;
    await expect(fixture.adapter.setForwarding(CAFE, number!.id, 'not-a-number')).rejects.toMatchObject({ fieldErrors: { forward_to: [expect.stringContaining('E.164')] } });
    await expect(fixture.adapter.listCdrs(CAFE, { from: JUNE.to, to: JUNE.from })).rejects.toMatchObject({ fieldErrors: { to: [expect.stringContaining('after or equal')] } });
    await expect(fixture.adapter.listCdrs(CAFE, { ...JUNE, perPage: 500 })).rejects.toMatchObject({ fieldErrors: { per_page: [expect.any(String)] } });
    await expect(fixture.adapter.exportUsage(CAFE, JUNE, 'docx' as 'csv')).rejects.toMatchObject({ fieldErrors: { format: ['The selected format is invalid.'] } });
  });

  it('refuses a WhatsApp template that is not approved', async () => {
    fixture = await startCliqtelFixture();
    await expect(fixture.adapter.sendWhatsApp(CAFE, { to: '+33698765432', template: 'spring_promo' })).rejects.toMatchObject({ fieldErrors: { template: [expect.any(String)] } });
    expect(fixture.sandbox.whatsAppSent()).toHaveLength(0);
  });
});

describe('Cliqtel adapter: rate limits', () => {
  it("turns Cliqtel's 429 on messaging into ProviderRateLimited with Retry-After's time", async () => {
    fixture = await startCliqtelFixture();
    fixture.sandbox.setLimits({ messagingPerMinute: 2 });
    const from = await smsSender(fixture);
    await fixture.adapter.sendSms(CAFE, { from, to: '+33612345678', body: 'one' });
    await fixture.adapter.sendSms(CAFE, { from, to: '+33612345678', body: 'two' });
    const before = Date.now();
    const error = await failure(fixture.adapter.sendSms(CAFE, { from, to: '+33612345678', body: 'three' }));
    expect(error).toBeInstanceOf(ProviderRateLimited);
    const waitMs = (error as ProviderRateLimited).retryAt.getTime() - before;
    expect(waitMs).toBeGreaterThan(55_000);
    expect(waitMs).toBeLessThanOrEqual(61_000);
    expect(fixture.sandbox.smsSent()).toHaveLength(2);
  });

  it('gives up on a reporting read whose Retry-After is longer than the portal will wait', async () => {
    fixture = await startCliqtelFixture({ maxRetryAfterMs: 1000 });
    fixture.sandbox.setLimits({ reportingPerMinute: 1 });
    await fixture.adapter.getBalance(CAFE);
    await expect(fixture.adapter.getBalance(CAFE)).rejects.toBeInstanceOf(ProviderRateLimited);
    expect(fixture.sandbox.requests().filter((r) => r.path === '/v1/wallet/balance')).toHaveLength(2);
  });

  it("draws messaging calls from the portal's budget (60 a minute per Cliqtel user) and sends nothing once it is spent", async () => {
    const asked: Array<{ key: string; limit: BudgetLimit }> = [];
    const retryAt = new Date(Date.now() + 42_000);
    const spent: RateBudget = {
      take: async (key, limit) => {
        asked.push({ key, limit });
        return { ok: false, retryAt };
      },
      peek: async (key) => ({ key, used: 60, remaining: 0, nextAllowedAt: retryAt }),
    };
    fixture = await startCliqtelFixture({ rateBudget: spent });
    const error = await failure(fixture.adapter.sendSms(CAFE, { from: '+33100000000', to: '+33612345678', body: 'Hi' }));
    expect(error).toBeInstanceOf(ProviderRateLimited);
    expect((error as ProviderRateLimited).retryAt).toEqual(retryAt);
    expect(asked).toEqual([{ key: `cliqtel:${fixture.connectionId}:CQ-BW-1001:messaging`, limit: { calls: 60, windowMs: 60_000 } }]);
    expect(fixture.sandbox.requests()).toHaveLength(0);
  });
});

describe('Cliqtel adapter: faults and contract', () => {
  it('retries a read after a 5xx and returns the answer', async () => {
    fixture = await startCliqtelFixture();
    fixture.sandbox.failNextRequests(1, 503);
    await expect(fixture.adapter.getBalance(CAFE)).resolves.toMatchObject({ balance: { amount: '310.25' } });
    expect(fixture.sandbox.requests().filter((r) => r.path === '/v1/wallet/balance')).toHaveLength(2);
  });

  it('never repeats an SMS after a 5xx', async () => {
    fixture = await startCliqtelFixture();
    const from = await smsSender(fixture);
    fixture.sandbox.failNextRequests(1, 502);
    await expect(fixture.adapter.sendSms(CAFE, { from, to: '+33612345678', body: 'Hi' })).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(fixture.sandbox.requests().filter((r) => r.path === '/v1/sms/messages')).toHaveLength(1);
    expect(fixture.sandbox.smsSent()).toHaveLength(0);
  });

  it('reports an SMS whose response was lost as an unknown outcome, though Cliqtel sent it', async () => {
    fixture = await startCliqtelFixture();
    const from = await smsSender(fixture);
    fixture.sandbox.setFaults({ lostResponseRate: 1 });
    await expect(fixture.adapter.sendSms(CAFE, { from, to: '+33612345678', body: 'Hi' })).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    expect(fixture.sandbox.smsSent()).toHaveLength(1);
  });

  it('reports a cancel whose response was lost as an unknown outcome, to be checked by re-reading the number', async () => {
    fixture = await startCliqtelFixture();
    const [number] = (await fixture.adapter.listNumbers(CAFE, {})).items;
    fixture.sandbox.setFaults({ lostResponseRate: 1 });
    await expect(fixture.adapter.cancelNumber(CAFE, number!.id)).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    fixture.sandbox.setFaults({ lostResponseRate: 0 });
    expect((await fixture.adapter.getNumber(CAFE, number!.id)).status).toBe('cancelling');
  });

  it('names the offending field of a malformed response', async () => {
    fixture = await startCliqtelFixture();
    fixture.sandbox.corruptNextResponse('/v1/wallet/balance', 'balance', 'lots');
    await expect(fixture.adapter.getBalance(CAFE)).rejects.toMatchObject({ constructor: ContractError, field: 'balance' });
    fixture.sandbox.corruptNextResponse('/v1/portal/usage/calls', 'data.0.charge', null);
    const error = await failure(fixture.adapter.listCdrs(CAFE, JUNE));
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('data.0.charge');
  });

  it('keeps keys out of every error message', async () => {
    fixture = await startCliqtelFixture({ seed: cliqtelSeed({ scopes: { [PARTNER_TOKEN]: [] } }) });
    const errors = await Promise.all([failure(fixture.adapter.testConnection()), failure(fixture.adapter.getBalance({ providerAccountId: 'x', authToken: '99|unknownSecretKey' }))]);
    for (const error of errors) {
      expect((error as Error).message).not.toMatch(/bluewavePartnerSecret|unknownSecretKey/);
    }
    expect(errors[0]).toMatchObject({ missingScope: 'account:read' });
  });
});
