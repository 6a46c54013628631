import { afterEach, describe, expect, it } from 'vitest';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from './sandbox.ts';
import { TEST_SEED } from './test-fixture.ts';

const started: BillingPlatformSandbox[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

async function start(options: Partial<Parameters<typeof startBillingPlatformSandbox>[0]> = {}) {
  const sandbox = await startBillingPlatformSandbox({ port: 0, seed: TEST_SEED, ...options });
  started.push(sandbox);
  return sandbox;
}

async function rpc(sandbox: BillingPlatformSandbox, body: unknown, headers: Record<string, string> = { 'x-api-key': TEST_SEED.partner.credentials.apiKey! }) {
  const response = await fetch(`${sandbox.url}/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const call = (method: string, params: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 7, method, params });

describe('billing platform sandbox', () => {
  it('generates the same numbers and invoices from the same seed, and others from another', async () => {
    const dids = async (sandbox: BillingPlatformSandbox) => (await rpc(sandbox, call('dids.search', { __tz: 'UTC' }))).json.result;
    const [a, b, c] = await Promise.all([start(), start(), start({ seed: { ...TEST_SEED, randomSeed: 7 } })]);
    expect(await dids(a)).toEqual(await dids(b));
    expect(await dids(a)).not.toEqual(await dids(c));
  });

  it('answers JSON-RPC errors with HTTP 200 and the request id', async () => {
    const sandbox = await start();
    const missing = await rpc(sandbox, call('clients.get', { id: 999 }));
    expect(missing).toEqual({ status: 200, json: { jsonrpc: '2.0', id: 7, error: { code: -32004, message: 'Client #999 not found', data: { entity: 'client', id: 999 } } } });
    const invalid = await rpc(sandbox, { id: 3, method: 'clients.get' });
    expect(invalid.json.error).toMatchObject({ code: -32600 });
  });

  it('answers a bad API key with HTTP 401 and a bad token with -32005', async () => {
    const sandbox = await start();
    expect((await rpc(sandbox, call('clients.search', {}), { 'x-api-key': 'nope' })).status).toBe(401);
    const token = await rpc(sandbox, call('clients.search', {}), { authorization: 'Bearer forged' });
    expect(token.json.error).toMatchObject({ code: -32005 });
  });

  it('uses the user’s own zone without __tz and refuses an unknown one', async () => {
    const sandbox = await start({ userTimeZone: 'Asia/Tokyo' });
    const inTokyo = (await rpc(sandbox, call('clients.get', { id: 1001 }))).json.result as { created_at: string };
    const inUtc = (await rpc(sandbox, call('clients.get', { id: 1001, __tz: 'UTC' }))).json.result as { created_at: string };
    expect(Date.parse(`${inTokyo.created_at.replace(' ', 'T')}Z`) - Date.parse(`${inUtc.created_at.replace(' ', 'T')}Z`)).toBe(9 * 3600_000);
    const bad = await rpc(sandbox, call('clients.get', { id: 1001, __tz: 'Nowhere/Special' }));
    expect(bad.json.error).toMatchObject({ code: -32602, data: { errors: { __tz: expect.any(Array) } } });
  });

  it('requires the time window of an xDR search', async () => {
    const sandbox = await start();
    const response = await rpc(sandbox, call('xdrs.search', { filter: { client_id: 1001 } }));
    expect(Object.keys((response.json.error as { data: { errors: object } }).data.errors)).toEqual(['filter.start_time_from', 'filter.start_time_to']);
  });

  it('refuses seed accounts whose id is not a platform client number', async () => {
    const seed = { ...TEST_SEED, accounts: [{ ...TEST_SEED.accounts[0]!, providerAccountId: 'CQ-BW-1001' }] };
    await expect(startBillingPlatformSandbox({ port: 0, seed })).rejects.toThrow(RangeError);
  });
});
