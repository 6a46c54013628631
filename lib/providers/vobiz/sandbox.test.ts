import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderValidationFailed } from '../errors.ts';
import { resetCircuits } from '../http/circuit-breakers.ts';
import { VobizClient } from './client.ts';
import { startVobizSandbox, type RunningVobizSandbox } from './sandbox.ts';
import { IN_PREPAID, PARTNER_CREDENTIALS, TEST_HTTP, TEST_SEED, US_PREPAID, startTestSandbox } from './vobiz-test-fixture.ts';

const running: RunningVobizSandbox[] = [];

async function sandboxWith(options: Parameters<typeof startTestSandbox>[0] = {}) {
  const sandbox = await startTestSandbox(options);
  running.push(sandbox);
  return sandbox;
}

function clientFor(sandbox: RunningVobizSandbox) {
  return new VobizClient({ connectionId: `vobiz-client-${randomUUID()}`, baseUrl: sandbox.url, credentials: PARTNER_CREDENTIALS, http: TEST_HTTP });
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
  resetCircuits();
});

describe('Vobiz sandbox', () => {
  it('generates the same numbers and calls from the same seed, and different ones from another', async () => {
    const [first, second] = [await sandboxWith(), await sandboxWith()];
    const other = await startVobizSandbox({ port: 0, seed: { ...TEST_SEED, randomSeed: 7 } });
    running.push(other);
    const [a, b, c] = await Promise.all([first, second, other].map((sandbox) => clientFor(sandbox).listNumbers(null, { page: 1, perPage: 100 })));
    expect(a!.items.map((number) => number.e164)).toEqual(b!.items.map((number) => number.e164));
    expect(first.callRecords().map((call) => call.uuid)).toEqual(second.callRecords().map((call) => call.uuid));
    expect(c!.items.map((number) => number.e164)).not.toEqual(a!.items.map((number) => number.e164));
  });

  it('serves the documented pagination: per_page in, size echoed, at most 100', async () => {
    const client = clientFor(await sandboxWith());
    await expect(client.listAccounts({ page: 1, perPage: 2 })).resolves.toMatchObject({ page: 1, size: 2, total: 3 });
    const error = await client.listAccounts({ page: 1, perPage: 101 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors.per_page).toHaveLength(1);
  });

  it('forwards the optional create fields Vobiz accepts and drops the rest', async () => {
    const sandbox = await sandboxWith();
    const client = clientFor(sandbox);
    const created = await client.createAccount({ name: 'Tata Dental', email: 'hello@tatadental.test', password: 'Dant@l2026', country: 'IN', city: 'Bengaluru', timezone: 'Asia/Kolkata', gst_status: 'active' });
    const account = await client.getAccount(created.auth_id);
    expect(account).toMatchObject({ city: 'Bengaluru', timezone: 'Asia/Kolkata', gst_status: 'active', kyc_status: 'pending', cash_credits: '0.00000' });
    expect(account.auth_token).toBe(created.auth_token);
  });

  it('filters calls by status, direction, duration and number, newest first', async () => {
    const sandbox = await sandboxWith();
    const client = clientFor(sandbox);
    const busy = await client.listCdrs(IN_PREPAID, { page: 1, perPage: 100, status: 'busy' });
    expect(busy.data.length).toBeGreaterThan(0);
    expect(busy.data.every((cdr) => cdr.hangup_cause === 'USER_BUSY' && cdr.billsec === 0)).toBe(true);
    const longOutbound = await client.listCdrs(IN_PREPAID, { page: 1, perPage: 100, call_direction: 'outbound', min_duration: 120 });
    expect(longOutbound.data.every((cdr) => cdr.call_direction === 'outbound' && cdr.duration >= 120)).toBe(true);
    const starts = longOutbound.data.map((cdr) => cdr.start_time.getTime());
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
    const party = longOutbound.data[0]!.destination_number;
    const byNumber = await client.listCdrs(IN_PREPAID, { page: 1, perPage: 100, to_number: party.slice(3) });
    expect(byNumber.data.map((cdr) => cdr.destination_number)).toContain(party);
    expect(byNumber.count).toBe(byNumber.data.length);
  });

  it('prices answered calls per started minute at the rupee rate and leaves the rest free', async () => {
    const sandbox = await sandboxWith();
    for (const call of sandbox.callRecords(IN_PREPAID)) {
      const minutes = BigInt(Math.ceil(call.billsec / 60));
      expect(call.cost).toBe(minutes * 45_000n);
      expect(call.duration).toBe(call.ringTime + call.billsec);
      if (call.status !== 'answered') expect(call.answerTime).toBeNull();
    }
  });

  it('returns one call by its uuid, and 404 for a call of another customer', async () => {
    const sandbox = await sandboxWith();
    const client = clientFor(sandbox);
    const call = sandbox.callRecords(US_PREPAID)[0]!;
    await expect(client.getCdr(US_PREPAID, call.uuid)).resolves.toMatchObject({ success: true, data: { uuid: call.uuid, billsec: call.billsec } });
    await expect(client.getCdr(IN_PREPAID, call.uuid)).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('call record') });
  });

  it('filters the ledger by transaction type across all customers', async () => {
    const sandbox = await sandboxWith();
    const client = clientFor(sandbox);
    const transfers = await client.listTransactions(null, { page: 1, perPage: 100, transaction_type: 'transfer' });
    expect(transfers.transactions.length).toBeGreaterThan(0);
    expect(transfers.transactions.every((entry) => entry.type === 'credit' && entry.reference?.startsWith('ptc:'))).toBe(true);
    expect(new Set(transfers.transactions.map((entry) => entry.account_id)).size).toBe(3);
    await expect(client.listTransactions(null, { page: 1, perPage: 10, transaction_type: 'gift' as never })).rejects.toBeInstanceOf(ProviderValidationFailed);
  });

  it('counts the rate limit per credential and says when to come back', async () => {
    const sandbox = await sandboxWith({ rateLimit: { requests: 1, windowMs: 30_000 } });
    const headers = { 'X-Auth-ID': PARTNER_CREDENTIALS.authId, 'X-Auth-Token': PARTNER_CREDENTIALS.authToken };
    expect((await fetch(`${sandbox.url}/me`, { headers })).status).toBe(200);
    const limited = await fetch(`${sandbox.url}/me`, { headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect(await limited.json()).toMatchObject({ status: 'error', error: { code: 'RATE_LIMIT_EXCEEDED' } });
  });
});
