import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startVobizSandbox, type RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { ensureSyncCursors } from './ensure-sync-cursors';
import { syncCdrCursor } from './sync-cdr-cursor';
import { aggregatesOfCdrs, rollupSnapshot, seedPriceList, seedSyncTenant, type SyncTenant } from './sync-test-fixture';

const CREDENTIALS = { authId: 'PA_SYNC', authToken: 'sync-tests-partner-token' };
const HTTP = { timeoutMs: 2_000, retryLimit: 1, backoffLimitMs: 20 };
const KNOWN = 'MA_SYNC0001';
const SECOND = 'MA_SYNC0002';
/** At the provider, but no customer of the portal. */
const STRANGER = 'MA_SYNC0003';
/** A German account: Vobiz keeps its wallet in EUR. */
const EURO = 'MA_SYNC0004';

let sandbox: RunningVobizSandbox;
let tenant: SyncTenant;

function startSandbox(accounts: Array<{ id: string; country: string }>) {
  return startVobizSandbox({
    port: 0,
    rateLimit: { requests: 100_000, windowMs: 60_000 },
    seed: {
      partner: { name: 'Sync Tests', currency: 'USD', credentials: CREDENTIALS },
      accounts: accounts.map(({ id, country }, index) => ({ providerAccountId: id, name: `Account ${index + 1}`, email: `a${index + 1}@sync.test`, country, balance: '10.00000', billingModel: 'PREPAID' })),
      randomSeed: 31,
    },
  });
}

async function onlyCursorId(): Promise<string> {
  await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId });
  return (await testDb().cdrSyncCursor.findFirstOrThrow({ where: { partnerId: tenant.partnerId } })).id;
}

afterEach(async () => {
  await sandbox.close();
});

describe('a connection-wide cursor (Vobiz lists every customer’s calls)', () => {
  beforeEach(async () => {
    await resetDatabase();
    sandbox = await startSandbox([
      { id: KNOWN, country: 'US' },
      { id: SECOND, country: 'US' },
      { id: STRANGER, country: 'US' },
      { id: EURO, country: 'DE' },
    ]);
    tenant = await seedSyncTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: CREDENTIALS }, [{ accountId: KNOWN }, { accountId: SECOND }, { accountId: EURO }]);
    // Rates North America and Germany only: other destinations stay unrated.
    await seedPriceList(tenant.partnerId, 'USD', [
      { prefix: '1', ratePerMinute: '0.02' },
      { prefix: '49', ratePerMinute: '0.05' },
    ]);
  });

  it('imports every call of the portal’s customers once; a second sync of the same window inserts nothing and leaves the rollups as they were', async () => {
    const cursorId = await onlyCursorId();
    const first = await syncCdrCursor(cursorId, { http: HTTP });
    const expected = sandbox.callRecords(KNOWN).length + sandbox.callRecords(SECOND).length;
    expect(first).toMatchObject({ status: 'synced', inserted: expected });
    const rollups = await rollupSnapshot(testDb(), tenant.partnerId);
    expect(rollups.customerDays!.length).toBeGreaterThan(10);

    // The same window again, from the start.
    const start = new Date(Date.now() - 62 * 86_400_000);
    await testDb().cdrSyncCursor.update({ where: { id: cursorId }, data: { syncedUntil: start } });
    const second = await syncCdrCursor(cursorId, { http: HTTP });
    expect(second).toMatchObject({ status: 'synced', inserted: 0 });
    expect(await testDb().cdr.count({ where: { partnerId: tenant.partnerId } })).toBe(expected);
    expect(await rollupSnapshot(testDb(), tenant.partnerId)).toEqual(rollups);

    const cursor = await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursorId } });
    expect(cursor).toMatchObject({ state: 'IDLE', callsImported: expected, nextAllowedAt: null });
    expect(cursor.lastSuccessAt).not.toBeNull();
    expect(cursor.syncedUntil.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('skips and counts calls of provider accounts the portal does not know, and reports calls in another currency on the cursor', async () => {
    const cursorId = await onlyCursorId();
    const outcome = await syncCdrCursor(cursorId, { http: HTTP });
    expect(outcome).toMatchObject({
      status: 'synced',
      unknownAccount: sandbox.callRecords(STRANGER).length,
      currencyMismatch: sandbox.callRecords(EURO).length,
    });
    const stored = await testDb().cdr.groupBy({ by: ['customerId'], where: { partnerId: tenant.partnerId }, _count: true });
    expect(new Set(stored.map((row) => row.customerId))).toEqual(new Set([tenant.customerIds.get(KNOWN), tenant.customerIds.get(SECOND)]));
    const cursor = await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursorId } });
    expect(cursor).toMatchObject({ state: 'IDLE', callsSkipped: sandbox.callRecords(STRANGER).length });
    expect(cursor.lastError).toMatch(new RegExp(`${sandbox.callRecords(EURO).length} calls skipped: the provider charged EUR, but the customer is billed in USD`));
    expect(cursor.lastError).toContain(EURO);

    // The next run reads the last two hours again (late calls): what it skipped then is not counted twice.
    expect(await syncCdrCursor(cursorId, { http: HTTP })).toMatchObject({ status: 'synced', inserted: 0 });
    expect(await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursorId } })).toMatchObject({ callsSkipped: sandbox.callRecords(STRANGER).length });
  });

  it('stores each call with its customer, far end, country, own number, cost and sell price, and rollups that equal the calls’ aggregates', async () => {
    await syncCdrCursor(await onlyCursorId(), { http: HTTP });
    const original = sandbox.callRecords(KNOWN).find((call) => call.direction === 'outbound' && call.status === 'answered' && call.destinationNumber.startsWith('+1'))!;
    const row = await testDb().cdr.findFirstOrThrow({ where: { providerCallId: original.uuid } });
    expect(row).toMatchObject({
      customerId: tenant.customerIds.get(KNOWN),
      direction: 'OUTBOUND',
      did: original.callerNumber,
      destination: original.destinationNumber.slice(1),
      destinationCountry: 'US',
      billableSeconds: original.billsec,
      status: 'ANSWERED',
      currency: 'USD',
      ratedPrefix: '1',
    });
    // 6-second increments, 6 seconds at least, at 0.02 a minute.
    const billed = Math.max(6, Math.ceil(original.billsec / 6) * 6);
    expect(row.sellPrice?.toFixed(6)).toBe(((billed * 0.02) / 60).toFixed(6));

    const calls = await testDb().cdr.findMany({ where: { partnerId: tenant.partnerId }, select: { destinationCountry: true, sellPrice: true } });
    expect(calls.some((call) => call.sellPrice === null)).toBe(true);
    expect(new Set(calls.map((call) => call.destinationCountry)).size).toBeGreaterThan(2);
    expect(await rollupSnapshot(testDb(), tenant.partnerId)).toEqual(await aggregatesOfCdrs(testDb(), tenant.partnerId));
  });

  it('records a provider failure on the cursor and keeps its position', async () => {
    const cursorId = await onlyCursorId();
    const before = await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursorId } });
    sandbox.failNextRequests(10, 401);
    const outcome = await syncCdrCursor(cursorId, { http: HTTP });
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/Authentication failed/) });
    const cursor = await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursorId } });
    expect(cursor).toMatchObject({ state: 'FAILED', syncedUntil: before.syncedUntil, lastSuccessAt: null });
    expect(cursor.lastError).toMatch(/Authentication failed/);
  });
});
