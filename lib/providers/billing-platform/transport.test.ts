import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ContractError,
  ProviderAuthFailed,
  ProviderNotFound,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderRequestFailed,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../errors.ts';
import { ProviderHttp, type Outcome } from '../http/provider-http.ts';
import { REFRESH_MARGIN_MS } from './jwt-session.ts';
import { platformErrorMapper } from './platform-errors.ts';
import { PlatformTransport } from './platform-transport.ts';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from './sandbox.ts';
import { adapterFor, API_KEY_ONLY, LOGIN_ONLY, TEST_SEED } from './test-fixture.ts';

const JWT_TTL_SECONDS = 600;
let sandbox: BillingPlatformSandbox;

beforeAll(async () => {
  sandbox = await startBillingPlatformSandbox({ port: 0, seed: TEST_SEED, jwtTtlSeconds: JWT_TTL_SECONDS });
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(() => {
  sandbox.setFaults({ lostResponseRate: 0, timeoutRate: 0 });
  sandbox.failNext(0);
  sandbox.setRateLimit(null);
  sandbox.breakField('', null);
});

const cafe = { providerAccountId: '1001' };

describe('billing platform: API key authentication', () => {
  it.each(['json-rpc', 'rest'] as const)('reports a rejected API key (HTTP 401) through %s without echoing it', async (protocol) => {
    const error = await adapterFor(sandbox, { apiKey: 'wrong-key-123456' }, { protocol })
      .getAccount(cafe)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect((error as Error).message).toContain('API key was rejected');
    expect((error as Error).message).not.toContain('wrong-key-123456');
  });

  it('prefers the API key when login and password are stored as well', async () => {
    const before = sandbox.stats().authentications;
    await adapterFor(sandbox, TEST_SEED.partner.credentials).getAccount(cafe);
    expect(sandbox.stats().authentications).toBe(before);
  });
});

describe('billing platform: deprecated JWT authentication', () => {
  it('logs in once and reuses the token for later calls', async () => {
    const before = sandbox.stats();
    const adapter = adapterFor(sandbox, LOGIN_ONLY);
    await adapter.getAccount(cafe);
    await adapter.listAccounts({});
    await adapterFor(sandbox, LOGIN_ONLY, { protocol: 'rest' }).getAccount(cafe);
    const after = sandbox.stats();
    expect(after.authentications - before.authentications).toBe(2);
    expect(after.refreshes).toBe(before.refreshes);
  });

  it('refreshes the token shortly before it expires instead of logging in again', async () => {
    let clock = Date.now();
    const adapter = adapterFor(sandbox, LOGIN_ONLY, { now: () => clock });
    await adapter.getAccount(cafe);
    const before = sandbox.stats();
    clock += JWT_TTL_SECONDS * 1000 - REFRESH_MARGIN_MS / 2;
    await adapter.getAccount(cafe);
    // Back to the sandbox's own time: the renewed token is fresh again.
    clock = Date.now();
    await adapter.getAccount(cafe);
    const after = sandbox.stats();
    expect(after.refreshes - before.refreshes).toBe(1);
    expect(after.authentications).toBe(before.authentications);
  });

  it.each(['json-rpc', 'rest'] as const)('logs in again once when %s answers that the token is invalid', async (protocol) => {
    const adapter = adapterFor(sandbox, LOGIN_ONLY, { protocol });
    await adapter.getAccount(cafe);
    sandbox.revokeTokens();
    const before = sandbox.stats().authentications;
    await expect(adapter.getAccount(cafe)).resolves.toMatchObject({ providerAccountId: '1001' });
    expect(sandbox.stats().authentications - before).toBe(1);
  });

  it('fails with ProviderAuthFailed when the token is rejected and logging in again fails too', async () => {
    const adapter = adapterFor(sandbox, LOGIN_ONLY);
    await adapter.getAccount(cafe);
    sandbox.setPassword(LOGIN_ONLY.login!, 'rotated-by-an-admin');
    try {
      const before = sandbox.stats().authentications;
      const error = await adapter.getAccount(cafe).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderAuthFailed);
      expect((error as Error).message).toContain('login or password was rejected');
      expect(sandbox.stats().authentications - before).toBe(1);
    } finally {
      sandbox.setPassword(LOGIN_ONLY.login!, LOGIN_ONLY.password!);
    }
  });

  it('reports a wrong password without echoing it', async () => {
    const error = await adapterFor(sandbox, { login: LOGIN_ONLY.login, password: 'not-the-password' })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect((error as Error).message).not.toContain('not-the-password');
  });
});

describe('billing platform: error objects', () => {
  it.each(['json-rpc', 'rest'] as const)('maps not-found through %s to ProviderNotFound naming the client', async (protocol) => {
    const error = await adapterFor(sandbox, undefined, { protocol })
      .getAccount({ providerAccountId: '4242' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderNotFound);
    expect((error as Error).message).toContain('Client 4242');
  });

  it('maps invalid params of a REST update to field errors', async () => {
    const error = await adapterFor(sandbox, undefined, { protocol: 'rest' })
      .setCreditLimit(cafe, { amount: '-5', currency: 'EUR' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors).toHaveProperty('credit');
  });

  it('refuses an id that cannot exist at the platform without calling it', async () => {
    const before = sandbox.stats().timeZones.length;
    await expect(adapterFor(sandbox).getAccount({ providerAccountId: 'MA_NW000001' })).rejects.toBeInstanceOf(ProviderValidationFailed);
    expect(sandbox.stats().timeZones.length).toBe(before);
  });

  it('maps an unknown method to ProviderRequestFailed', async () => {
    const http = new ProviderHttp({ provider: 'BILLING_PLATFORM', baseUrl: sandbox.url, connectionKey: randomUUID(), mapError: platformErrorMapper([]), retryLimit: 0 });
    const transport = new PlatformTransport({ http, credentials: API_KEY_ONLY, timeZone: 'UTC', secrets: [], now: Date.now });
    const error = await transport.rpc('clients.merge', { id: 1 }, z.unknown(), { idempotent: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRequestFailed);
    expect((error as Error).message).toContain('clients.merge');
  });

  it('counts a JSON-RPC error against the connection health although HTTP said 200', async () => {
    const outcomes: Outcome[] = [];
    await adapterFor(sandbox, undefined, { outcomes })
      .getAccount({ providerAccountId: '4242' })
      .catch(() => undefined);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, operation: 'billing-platform.clients.get' });
    expect((outcomes.at(-1) as { error: Error }).error).toBeInstanceOf(ProviderNotFound);
  });
});

describe('billing platform: faults', () => {
  it('retries a read after a 5xx and succeeds', async () => {
    sandbox.failNext(1, 503);
    await expect(adapterFor(sandbox).getBalance(cafe)).resolves.toMatchObject({ balance: { currency: 'EUR' } });
  });

  it('gives up on a read that keeps failing with ProviderUnavailable', async () => {
    sandbox.failNext(2, 502);
    await expect(adapterFor(sandbox).listAccounts({})).rejects.toBeInstanceOf(ProviderUnavailable);
  });

  it('does not repeat a funding the platform answered with a 5xx', async () => {
    sandbox.failNext(1, 503);
    await expect(adapterFor(sandbox).fundAccount(cafe, { amount: { amount: '3', currency: 'EUR' }, operationId: 'op-503' })).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(sandbox.payments().some((p) => p.externalId === 'op-503')).toBe(false);
  });

  it('reports a funding whose response was lost as unknown, then finds it without paying twice', async () => {
    const adapter = adapterFor(sandbox);
    const before = sandbox.clientBalance(1001);
    sandbox.setFaults({ lostResponseRate: 1 });
    await expect(adapter.fundAccount(cafe, { amount: { amount: '40', currency: 'EUR' }, operationId: 'op-lost-1' })).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    sandbox.setFaults({ lostResponseRate: 0 });
    const found = await adapter.findFunding(cafe, 'op-lost-1');
    expect(found).not.toBeNull();
    const retried = await adapter.fundAccount(cafe, { amount: { amount: '40', currency: 'EUR' }, operationId: 'op-lost-1' });
    expect(retried.transactionId).toBe(found!.transactionId);
    expect(Number(sandbox.clientBalance(1001)) - Number(before)).toBe(40);
  });

  it('reports a read that times out as unavailable', async () => {
    sandbox.setFaults({ timeoutRate: 1 });
    await expect(adapterFor(sandbox, undefined, { http: { timeoutMs: 150, retryLimit: 0 } }).getAccount(cafe)).rejects.toBeInstanceOf(ProviderUnavailable);
  });

  it('waits out a short Retry-After and then succeeds', async () => {
    sandbox.setRateLimit({ requests: 1, windowMs: 1000 });
    const adapter = adapterFor(sandbox);
    await adapter.getAccount(cafe);
    const started = Date.now();
    await expect(adapter.getAccount(cafe)).resolves.toMatchObject({ providerAccountId: '1001' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('reports a long rate limit with the time the next call is allowed', async () => {
    sandbox.setRateLimit({ requests: 1, windowMs: 120_000 });
    const adapter = adapterFor(sandbox, undefined, { http: { maxRetryAfterMs: 20 } });
    await adapter.getAccount(cafe);
    const error = await adapter.getAccount(cafe).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRateLimited);
    const waitMs = (error as ProviderRateLimited).retryAt.getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(100_000);
    expect(waitMs).toBeLessThanOrEqual(120_000);
  });
});

describe('billing platform: response contract', () => {
  it.each([
    ['json-rpc', 'result.balance'],
    ['rest', 'balance'],
  ] as const)('names the missing field of a malformed %s client', async (protocol, field) => {
    sandbox.breakField('clients.get', 'balance');
    const error = await adapterFor(sandbox, undefined, { protocol })
      .getAccount(cafe)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe(field);
  });

  it('names the item and field of a malformed search result', async () => {
    sandbox.breakField('xdrs.search', 'start_time');
    const error = await adapterFor(sandbox)
      .listCdrs(cafe, { from: new Date(Date.now() - 31 * 86_400_000), to: new Date() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('result.items.0.start_time');
  });
});
