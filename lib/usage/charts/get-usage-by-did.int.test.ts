import { beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { scopedDb } from '@/lib/tenancy/scoped-db';
import { getUsageByDid } from './get-usage-by-did';
import { rankDidsWithMonthlyBounds } from './rank-dids';
import { addUsage, seedChartsTenant, type ChartsTenant } from './usage-charts-test-fixture';

let tenant: ChartsTenant;
const period = { from: '2026-03-01', to: '2026-03-31' };

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedChartsTenant({ slug: 'north', currency: 'USD', timeZone: 'America/New_York', customerCurrencies: ['USD', 'USD'] });
});

it('ranks numbers by minutes with their customer, and counts the rest as others', async () => {
  await addUsage(tenant, 0, [
    { day: '2026-03-01', did: '+14155550101', calls: 2, seconds: 600, cost: '1', sell: '2' },
    { day: '2026-03-02', did: '+14155550101', calls: 1, seconds: 60, cost: '0.1', sell: '0.2' },
    { day: '2026-03-02', did: '', calls: 4, seconds: 30, cost: '0.01', sell: '0.02' },
  ]);
  await addUsage(tenant, 1, [{ day: '2026-03-03', did: '+442071838750', calls: 1, seconds: 120, cost: '0.3', sell: '0.5' }]);
  const usage = await getUsageByDid(tenant.staff, period, { limit: 2 });
  expect(usage.top).toEqual([
    { did: '+14155550101', label: '+1 415 555 0101', customerId: tenant.customers[0]!.id, customerName: 'north customer 1', calls: 3, minutes: '11.00', money: [{ currency: 'USD', sell: '2.2', cost: '1.1', margin: '1.1' }] },
    { did: '+442071838750', label: '+44 20 7183 8750', customerId: tenant.customers[1]!.id, customerName: 'north customer 2', calls: 1, minutes: '2.00', money: [{ currency: 'USD', sell: '0.5', cost: '0.3', margin: '0.2' }] },
  ]);
  expect(usage.others).toEqual({ calls: 4, minutes: '0.50', money: [{ currency: 'USD', sell: '0.02', cost: '0.01', margin: '0.01' }] });
  expect(usage.totals).toMatchObject({ calls: 8, minutes: '13.50' });

  const all = await getUsageByDid(tenant.staff, period);
  expect(all.others).toBeNull();
  expect(all.top.at(-1)).toMatchObject({ did: '', label: 'No number' });
});

it('shows a customer only their own numbers, without cost or their name', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-01', did: '+14155550101', calls: 1, seconds: 60, cost: '1', sell: '2' }]);
  await addUsage(tenant, 1, [{ day: '2026-03-01', did: '+14155550102', calls: 1, seconds: 600, cost: '1', sell: '2' }]);
  const own = await getUsageByDid(tenant.customers[0]!.scope, { ...period, customerId: tenant.customers[1]!.id });
  expect(own.top).toEqual([{ did: '+14155550101', label: '+1 415 555 0101', customerId: tenant.customers[0]!.id, customerName: null, calls: 1, minutes: '1.00', money: [{ currency: 'USD', sell: '2', cost: null, margin: null }] }]);
  expect(own.totals.money).toEqual([{ currency: 'USD', sell: '2', cost: null, margin: null }]);
  const other = await seedChartsTenant({ slug: 'south', currency: 'EUR', timeZone: 'Europe/Paris', customerCurrencies: [] });
  expect((await getUsageByDid(other.staff, period)).top).toEqual([]);
  expect((await getUsageByDid(other.staff, { ...period, customerId: tenant.customers[0]!.id })).top).toEqual([]);
});

it('ranks numbers the same from the monthly rollups as from the daily rows', async () => {
  const many = await seedChartsTenant({ slug: 'many', currency: 'USD', timeZone: 'UTC', customerCurrencies: Array.from({ length: 8 }, () => 'USD') });
  for (let index = 0; index < 8; index += 1) {
    const own = `+1415555${String(index).padStart(4, '0')}`;
    const second = `+1415666${String(index).padStart(4, '0')}`;
    await addUsage(many, index, [
      { day: '2026-03-20', did: own, calls: 1, seconds: 60 * (index + 1), cost: '0.1', sell: '0.2' },
      { day: '2026-03-21', did: second, calls: 2, seconds: 30 * (8 - index), cost: '0.1', sell: '0.2' },
      // Outside the period, same month: counts only in the monthly bound.
      { day: '2026-03-31', did: second, calls: 1, seconds: index % 2 === 0 ? 6000 : 0, cost: '0.1', sell: '0.2' },
    ]);
  }
  const period = { from: '2026-03-01', to: '2026-03-25' };
  const fromMonthly = await getUsageByDid(many.staff, period, { limit: 4 });
  expect(fromMonthly.top.map((row) => [row.did, row.minutes])).toEqual([
    ['+14155550007', '8.00'],
    ['+14155550006', '7.00'],
    ['+14155550005', '6.00'],
    ['+14155550004', '5.00'],
  ]);
  const db = scopedDb(many.staff);
  const day = { gte: new Date('2026-03-01'), lte: new Date('2026-03-25') };
  expect((await rankDidsWithMonthlyBounds(db, period, day, 4))?.map((row) => row.did)).toEqual(fromMonthly.top.map((row) => row.did));

  // Monthly rollups that do not add up (a sync that predates them) are not used; the daily rows give the same answer.
  await testDb().usageMonthly.deleteMany({ where: { partnerId: many.partnerId, customerId: many.customers[1]!.id } });
  expect(await rankDidsWithMonthlyBounds(db, period, day, 4)).toBeNull();
  expect(await getUsageByDid(many.staff, period, { limit: 4 })).toEqual(fromMonthly);
});
