import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { ensureSyncCursors } from '../sync/ensure-sync-cursors';
import { syncCdrCursor } from '../sync/sync-cdr-cursor';
import { aggregatesOfCdrs, rollupSnapshot, seedPriceList, seedSyncTenant, type SyncTenant } from '../sync/sync-test-fixture';
import { InvalidRollupPeriod, rebuildRollups } from './rebuild-rollups';

const CREDENTIALS = { apiKey: 'rollup-tests-api-key' };
const TIME_ZONE = 'Europe/Paris';
let sandbox: BillingPlatformSandbox;
let tenant: SyncTenant;

function day(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

beforeAll(async () => {
  await resetDatabase();
  sandbox = await startBillingPlatformSandbox({
    port: 0,
    seed: {
      partner: { name: 'Rollup Tests', currency: 'EUR', credentials: CREDENTIALS },
      accounts: ['1001', '1002'].map((id, index) => ({ providerAccountId: id, name: `Client ${index + 1}`, email: `c${index + 1}@rollups.test`, country: 'FR', balance: '10.00', billingModel: 'PREPAID' })),
      randomSeed: 5,
    },
  });
  tenant = await seedSyncTenant({ kind: 'BILLING_PLATFORM', baseUrl: sandbox.url, credentials: CREDENTIALS }, [{ accountId: '1001' }, { accountId: '1002' }], {
    slug: 'rollups',
    currency: 'EUR',
    timeZone: TIME_ZONE,
  });
  await seedPriceList(tenant.partnerId, 'EUR', [
    { prefix: '33', ratePerMinute: '0.03' },
    { prefix: '44', ratePerMinute: '0.04' },
    { prefix: '1', ratePerMinute: '0.01' },
  ]);
  await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId });
  const cursor = await testDb().cdrSyncCursor.findFirstOrThrow({ where: { partnerId: tenant.partnerId } });
  expect(await syncCdrCursor(cursor.id, { http: { timeoutMs: 2_000, retryLimit: 1 } })).toMatchObject({ status: 'synced', inserted: 160 });
});

afterAll(async () => {
  await sandbox.close();
});

it('keeps the rollups equal to the aggregates of the stored calls, days in the partner’s time zone', async () => {
  expect(await rollupSnapshot(testDb(), tenant.partnerId)).toEqual(await aggregatesOfCdrs(testDb(), tenant.partnerId));
});

it('reproduces the same numbers when rebuilt, and repairs rollups that drifted', async () => {
  const synced = await rollupSnapshot(testDb(), tenant.partnerId);
  await rebuildRollups(testDb(), tenant.partnerId, day(-70), day(0));
  expect(await rollupSnapshot(testDb(), tenant.partnerId)).toEqual(synced);

  await testDb().usageDaily.updateMany({ where: { partnerId: tenant.partnerId }, data: { calls: { increment: 5 } } });
  await testDb().partnerUsageDestinationDaily.deleteMany({ where: { partnerId: tenant.partnerId } });
  await rebuildRollups(testDb(), tenant.partnerId, day(-70), day(0));
  expect(await rollupSnapshot(testDb(), tenant.partnerId)).toEqual(synced);
});

it('recomputes only the days asked for, with the new sell prices', async () => {
  const before = await rollupSnapshot(testDb(), tenant.partnerId);
  const [from, to] = [day(-20), day(-10)];
  await testDb().cdr.updateMany({ where: { partnerId: tenant.partnerId }, data: { sellPrice: '1.000000' } });
  await rebuildRollups(testDb(), tenant.partnerId, from, to);

  const after = await rollupSnapshot(testDb(), tenant.partnerId);
  const inPeriod = (row: Record<string, string>) => row.day! >= from && row.day! <= to;
  expect(after.partnerDays!.filter((row) => !inPeriod(row))).toEqual(before.partnerDays!.filter((row) => !inPeriod(row)));
  const changed = after.partnerDays!.filter(inPeriod);
  expect(changed.length).toBeGreaterThan(0);
  for (const row of changed) expect(row.sell).toBe(`${row.calls}.000000`);
  const expected = await aggregatesOfCdrs(testDb(), tenant.partnerId);
  expect(after.customerDids!.filter(inPeriod)).toEqual(expected.customerDids!.filter(inPeriod));

  // Each month is again the sum of its days: new sell prices inside the period, the old ones outside.
  const monthOfDays = new Map<string, { calls: number; sell: number }>();
  for (const row of after.customerDays!) {
    const key = `${row.day!.slice(0, 7)}-01 ${row.customerId}`;
    const sum = monthOfDays.get(key) ?? { calls: 0, sell: 0 };
    monthOfDays.set(key, { calls: sum.calls + Number(row.calls), sell: sum.sell + Number(row.sell) });
  }
  expect(after.customerMonths!.length).toBe(monthOfDays.size);
  for (const row of after.customerMonths!) {
    const days = monthOfDays.get(`${row.month} ${row.customerId}`)!;
    expect(Number(row.calls)).toBe(days.calls);
    expect(Number(row.sell)).toBeCloseTo(days.sell, 6);
  }
});

it('refuses a period that is not whole days in order', async () => {
  await expect(rebuildRollups(testDb(), tenant.partnerId, '2026-02-10', '2026-02-01')).rejects.toBeInstanceOf(InvalidRollupPeriod);
  await expect(rebuildRollups(testDb(), tenant.partnerId, '2026-2-1', '2026-02-01')).rejects.toBeInstanceOf(InvalidRollupPeriod);
});
