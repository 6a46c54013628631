import { beforeEach, expect, it } from 'vitest';
import { resetDatabase } from '@/test/integration/test-db';
import { getMonthComparison } from './get-month-comparison';
import { addUsage, seedChartsTenant, type ChartsTenant } from './usage-charts-test-fixture';

let tenant: ChartsTenant;

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedChartsTenant({ slug: 'north', currency: 'USD', timeZone: 'America/New_York', customerCurrencies: ['USD', 'USD'] });
  await addUsage(tenant, 0, [
    { day: '2026-01-31', calls: 1, seconds: 60, cost: '1', sell: '2' },
    { day: '2026-02-01', calls: 2, seconds: 120, cost: '1', sell: '2' },
    { day: '2026-02-10', calls: 4, seconds: 240, cost: '1', sell: '3' },
    { day: '2026-02-28', calls: 8, seconds: 480, cost: '2', sell: '5' },
    { day: '2026-03-01', calls: 16, seconds: 960, cost: '4', sell: '9' },
  ]);
});

it('takes this month in the partner’s time zone: just before midnight in New York it is still February', async () => {
  // 04:30 UTC on 1 March is 23:30 on 28 February in New York.
  const comparison = await getMonthComparison(tenant.staff, { now: new Date('2026-03-01T04:30:00Z') });
  expect(comparison.thisMonth).toEqual({ month: '2026-02', from: '2026-02-01', to: '2026-02-28', totals: { calls: 14, minutes: '14.00', money: [{ currency: 'USD', sell: '10', cost: '4', margin: '6' }] } });
  expect(comparison.lastMonth).toMatchObject({ month: '2026-01', from: '2026-01-01', to: '2026-01-31', totals: { calls: 1 } });
  // The fair comparison for 28 February is 1-28 January.
  expect(comparison.lastMonthToDate).toMatchObject({ from: '2026-01-01', to: '2026-01-28', totals: { calls: 0 } });
});

it('turns the month at the partner’s midnight', async () => {
  const comparison = await getMonthComparison(tenant.staff, { now: new Date('2026-03-01T05:30:00Z') });
  expect(comparison.thisMonth).toMatchObject({ month: '2026-03', from: '2026-03-01', to: '2026-03-01', totals: { calls: 16 } });
  expect(comparison.lastMonth).toMatchObject({ month: '2026-02', to: '2026-02-28', totals: { calls: 14 } });
  expect(comparison.lastMonthToDate).toMatchObject({ to: '2026-02-01', totals: { calls: 2 } });
});

it('runs cumulative totals by day of the month, each month only as far as it goes', async () => {
  const comparison = await getMonthComparison(tenant.staff, { now: new Date('2026-03-31T15:00:00Z') });
  expect(comparison.cumulative).toHaveLength(31);
  const calls = (day: number) => [comparison.cumulative[day - 1]?.thisMonth?.calls ?? null, comparison.cumulative[day - 1]?.lastMonth?.calls ?? null];
  expect(calls(1)).toEqual([16, 2]);
  expect(calls(10)).toEqual([16, 6]);
  expect(calls(28)).toEqual([16, 14]);
  // February has no 29th to 31st.
  expect(calls(31)).toEqual([16, null]);
  // The same day of the month as 31 March is February's last day.
  expect(comparison.lastMonthToDate).toMatchObject({ to: '2026-02-28', totals: { calls: 14 } });

  const early = await getMonthComparison(tenant.staff, { now: new Date('2026-03-02T15:00:00Z') });
  expect(early.cumulative.slice(0, 3).map((day) => day.thisMonth?.calls ?? null)).toEqual([16, 16, null]);
});

it('compares one customer’s months, and only their own for a customer', async () => {
  await addUsage(tenant, 1, [{ day: '2026-03-01', calls: 100, seconds: 60, cost: '1', sell: '2' }]);
  const now = new Date('2026-03-15T15:00:00Z');
  expect((await getMonthComparison(tenant.staff, { now })).thisMonth.totals.calls).toBe(116);
  expect((await getMonthComparison(tenant.staff, { now, customerId: tenant.customers[1]!.id })).thisMonth.totals.calls).toBe(100);
  const own = await getMonthComparison(tenant.customers[0]!.scope, { now, customerId: tenant.customers[1]!.id });
  expect(own.thisMonth.totals).toEqual({ calls: 16, minutes: '16.00', money: [{ currency: 'USD', sell: '9', cost: null, margin: null }] });
  const other = await seedChartsTenant({ slug: 'south', currency: 'EUR', timeZone: 'Europe/Paris', customerCurrencies: [] });
  expect((await getMonthComparison(other.staff, { now, customerId: tenant.customers[0]!.id })).thisMonth.totals.calls).toBe(0);
});
