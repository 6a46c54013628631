import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ContractError,
  ProviderAuthFailed,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../errors.ts';
import { startSandboxServer, type RunningSandbox, type SandboxResponse } from '../sandbox/sandbox-server.ts';
import { resetCircuits } from './circuit-breakers.ts';
import { ProviderHttp, retryAtFrom, type Outcome } from './provider-http.ts';

const SECRET = 'super-secret-token-value';
const okSchema = z.object({ ok: z.literal(true), count: z.number() });

let server: RunningSandbox;
let hits: { method: string; at: number }[];
let answers: Array<() => SandboxResponse>;

function http(overrides: Partial<ConstructorParameters<typeof ProviderHttp>[0]> = {}) {
  return new ProviderHttp({
    provider: 'VOBIZ',
    baseUrl: server.url,
    connectionKey: `test-${Math.random()}`,
    secrets: [SECRET],
    retryLimit: 3,
    backoffLimitMs: 20,
    timeoutMs: 500,
    ...overrides,
  });
}

beforeEach(async () => {
  hits = [];
  answers = [];
  server = await startSandboxServer({
    routes: ['GET', 'POST'].map((method) => ({
      method: method as 'GET' | 'POST',
      path: '/thing',
      handler: () => {
        hits.push({ method, at: Date.now() });
        return (answers.shift() ?? (() => ({ status: 200, json: { ok: true, count: hits.length } })))();
      },
    })),
  });
});

afterEach(async () => {
  await server.close();
  resetCircuits();
});

describe('ProviderHttp', () => {
  it('validates a good response and returns its parsed body', async () => {
    await expect(http().request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })).resolves.toEqual({ ok: true, count: 1 });
  });

  it('retries a failing read with backoff until it succeeds', async () => {
    answers.push(() => ({ status: 503, json: {} }), () => ({ status: 500, json: {} }));
    const result = await http().request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema });
    expect(result.count).toBe(3);
    expect(hits).toHaveLength(3);
  });

  it('never retries a non-idempotent write, and reports its unknown outcome after a lost response', async () => {
    answers.push(() => ({ status: 503, json: {} }));
    await expect(http().request({ operation: 'test.post', method: 'POST', path: '/thing', schema: okSchema })).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(hits).toHaveLength(1);

    server.setFaults({ lostResponseRate: 1 });
    await expect(http().request({ operation: 'test.post', method: 'POST', path: '/thing', schema: okSchema })).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    expect(hits).toHaveLength(2);
  });

  it('retries an idempotent write', async () => {
    answers.push(() => ({ status: 502, json: {} }));
    await http().request({ operation: 'test.post', method: 'POST', path: '/thing', schema: okSchema, idempotent: true });
    expect(hits).toHaveLength(2);
  });

  it('honours Retry-After on 429 before retrying', async () => {
    answers.push(() => ({ status: 429, json: {}, headers: { 'retry-after': '1' } }));
    await http().request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema });
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up with the retry time when Retry-After exceeds what it will wait', async () => {
    answers.push(() => ({ status: 429, json: {}, headers: { 'retry-after': '120' } }));
    const error = await http({ maxRetryAfterMs: 1000 })
      .request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRateLimited);
    expect((error as ProviderRateLimited).retryAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(hits).toHaveLength(1);
  });

  it('times out a hanging read as unavailable', async () => {
    server.setFaults({ timeoutRate: 1 });
    const error = await http({ retryLimit: 0, timeoutMs: 200 })
      .request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailable);
    expect((error as ProviderUnavailable).reason).toBe('timed out');
  });

  it('opens the circuit after repeated failures and then fails fast without calling', async () => {
    server.setFaults({ errorRate: 1 });
    const client = http({ retryLimit: 0, circuit: { errorThresholdPercentage: 50, volumeThreshold: 3, resetTimeoutMs: 60_000, rollingCountTimeoutMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      await expect(client.request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })).rejects.toBeInstanceOf(ProviderUnavailable);
    }
    const before = hits.length;
    const error = await client.request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailable);
    expect((error as ProviderUnavailable).reason).toMatch(/paused/);
    expect(hits.length).toBe(before);
  });

  it('does not open the circuit on client errors such as 422', async () => {
    const client = http({ retryLimit: 0, circuit: { errorThresholdPercentage: 50, volumeThreshold: 2, resetTimeoutMs: 60_000, rollingCountTimeoutMs: 60_000 } });
    for (let i = 0; i < 4; i++) answers.push(() => ({ status: 422, json: { message: 'bad' } }));
    for (let i = 0; i < 4; i++) {
      await expect(client.request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })).rejects.toBeInstanceOf(ProviderValidationFailed);
    }
    expect(hits).toHaveLength(4);
  });

  it('turns a response of the wrong shape into a contract error naming the field', async () => {
    answers.push(() => ({ status: 200, json: { ok: true, count: 'three' } }));
    const error = await http().request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('count');
    expect((error as ContractError).message).toContain('"count"');
  });

  it('maps 401 to an authentication error and reports outcomes', async () => {
    const outcomes: Outcome[] = [];
    answers.push(() => ({ status: 401, json: { message: 'no' } }));
    const client = http({ onOutcome: (o) => outcomes.push(o) });
    await expect(client.request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema })).rejects.toBeInstanceOf(ProviderAuthFailed);
    await client.request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema });
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
  });

  it('scrubs credential values from error messages', async () => {
    answers.push(() => ({ status: 400, json: { message: `token ${SECRET} is not valid here` } }));
    const error = await http().request({ operation: 'test.get', method: 'GET', path: '/thing', schema: okSchema }).catch((e: unknown) => e);
    expect((error as Error).message).not.toContain(SECRET);
    expect((error as Error).message).toContain('[redacted]');
  });
});

describe('retryAtFrom', () => {
  it('reads seconds and HTTP dates, and falls back to a minute', () => {
    expect(retryAtFrom('30', 1_000).getTime()).toBe(31_000);
    expect(retryAtFrom('Wed, 21 Oct 2015 07:28:00 GMT').toISOString()).toBe('2015-10-21T07:28:00.000Z');
    expect(retryAtFrom(null, 0).getTime()).toBe(60_000);
  });
});
