import { beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { getDailyUsage } from './get-daily-usage';
import { hasUsage } from './has-usage';
import { addUsage, seedChartsTenant, type ChartsTenant } from './usage-charts-test-fixture';

let tenant: ChartsTenant;

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedChartsTenant({ slug: 'north', currency: 'USD', timeZone: 'America/New_York', customerCurrencies: ['USD', 'USD', 'EUR'] });
});

it('lists every day of the period, zeros where there were no calls, minutes as decimals', async () => {
  await addUsage(tenant, 0, [
    { day: '2026-03-02', calls: 3, seconds: 150, cost: '0.30', sell: '0.75' },
    { day: '2026-03-04', calls: 1, seconds: 61, cost: '0.012345', sell: '0.02' },
  ]);
  const usage = await getDailyUsage(tenant.staff, { from: '2026-03-01', to: '2026-03-05' });
  expect(usage.days.map((day) => [day.day, day.calls, day.minutes])).toEqual([
    ['2026-03-01', 0, '0.00'],
    ['2026-03-02', 3, '2.50'],
    ['2026-03-03', 0, '0.00'],
    ['2026-03-04', 1, '1.02'],
    ['2026-03-05', 0, '0.00'],
  ]);
  expect(usage.days[0]?.money).toEqual([{ currency: 'USD', sell: '0', cost: '0', margin: '0' }]);
  expect(usage.days[3]?.money).toEqual([{ currency: 'USD', sell: '0.02', cost: '0.012345', margin: '0.007655' }]);
  expect(usage.totals).toEqual({ calls: 4, minutes: '3.52', money: [{ currency: 'USD', sell: '0.77', cost: '0.312345', margin: '0.457655' }] });
});

it('keeps the period’s first and last day and nothing outside them', async () => {
  await addUsage(tenant, 0, [
    { day: '2026-02-28', calls: 1, seconds: 60, cost: '1', sell: '2' },
    { day: '2026-03-01', calls: 2, seconds: 60, cost: '1', sell: '2' },
    { day: '2026-03-31', calls: 4, seconds: 60, cost: '1', sell: '2' },
    { day: '2026-04-01', calls: 8, seconds: 60, cost: '1', sell: '2' },
  ]);
  const usage = await getDailyUsage(tenant.staff, { from: '2026-03-01', to: '2026-03-31' });
  expect(usage.days).toHaveLength(31);
  expect(usage.totals.calls).toBe(6);
});

it('adds calls and minutes across currencies but keeps money per currency, the partner’s first', async () => {
  await addUsage(tenant, 2, [{ day: '2026-03-01', calls: 1, seconds: 60, cost: '0.50', sell: '0.90' }]);
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 2, seconds: 120, cost: '1.00', sell: '1.50' }]);
  const usage = await getDailyUsage(tenant.staff, { from: '2026-03-01', to: '2026-03-02' });
  expect(usage.currencies).toEqual(['USD', 'EUR']);
  expect(usage.days[0]).toMatchObject({
    calls: 3,
    minutes: '3.00',
    money: [
      { currency: 'USD', sell: '1.5', cost: '1', margin: '0.5' },
      { currency: 'EUR', sell: '0.9', cost: '0.5', margin: '0.4' },
    ],
  });
  expect(usage.days[1]?.money.map((money) => [money.currency, money.sell])).toEqual([['USD', '0'], ['EUR', '0']]);
});

it('reads the partner rollup for the whole partner and the customer rollup for one customer', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 2, seconds: 120, cost: '1', sell: '2' }]);
  await addUsage(tenant, 1, [{ day: '2026-03-01', calls: 5, seconds: 300, cost: '1', sell: '2' }]);
  // A partner-only row shows the partner view comes from PartnerUsageDaily alone.
  await testDb().partnerUsageDaily.update({ where: { partnerId_day_currency: { partnerId: tenant.partnerId, day: new Date('2026-03-01'), currency: 'USD' } }, data: { calls: { increment: 100 } } });
  const period = { from: '2026-03-01', to: '2026-03-01' };
  expect((await getDailyUsage(tenant.staff, period)).totals.calls).toBe(107);
  expect((await getDailyUsage(tenant.staff, { ...period, customerId: tenant.customers[0]!.id })).totals.calls).toBe(2);
});

it('gives a customer their own figures only, without the partner’s cost or margin', async () => {
  const [first, second] = tenant.customers;
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 2, seconds: 120, cost: '1', sell: '2' }]);
  await addUsage(tenant, 1, [{ day: '2026-03-01', calls: 5, seconds: 300, cost: '3', sell: '4' }]);
  const period = { from: '2026-03-01', to: '2026-03-01' };
  const own = await getDailyUsage(first!.scope, period);
  expect(own.totals).toEqual({ calls: 2, minutes: '2.00', money: [{ currency: 'USD', sell: '2', cost: null, margin: null }] });
  // Asking for another customer's id changes nothing: the scope decides.
  expect((await getDailyUsage(first!.scope, { ...period, customerId: second!.id })).totals).toEqual(own.totals);
});

it('shows another partner nothing of this partner’s usage, even with this partner’s customer id', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 2, seconds: 120, cost: '1', sell: '2' }]);
  const other = await seedChartsTenant({ slug: 'south', currency: 'EUR', timeZone: 'Europe/Paris', customerCurrencies: ['EUR'] });
  const period = { from: '2026-03-01', to: '2026-03-01' };
  expect((await getDailyUsage(other.staff, period)).totals).toEqual({ calls: 0, minutes: '0.00', money: [] });
  expect((await getDailyUsage(other.staff, { ...period, customerId: tenant.customers[0]!.id })).totals.calls).toBe(0);
  expect(await hasUsage(other.staff)).toBe(false);
  expect(await hasUsage(tenant.staff)).toBe(true);
  expect(await hasUsage(tenant.customers[0]!.scope)).toBe(true);
  expect(await hasUsage(tenant.customers[1]!.scope)).toBe(false);
});

it('refuses a period that is not one', async () => {
  await expect(getDailyUsage(tenant.staff, { from: '2026-03-05', to: '2026-03-01' })).rejects.toThrow(/Not a usage period/);
  await expect(getDailyUsage(tenant.staff, { from: '2026-02-30', to: '2026-03-01' })).rejects.toThrow(/Not a usage period/);
  await expect(getDailyUsage(tenant.staff, { from: '2024-01-01', to: '2026-03-01' })).rejects.toThrow(/Not a usage period/);
});
