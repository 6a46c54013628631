import { beforeEach, expect, it } from 'vitest';
import { resetDatabase } from '@/test/integration/test-db';
import { getUsageByDestination } from './get-usage-by-destination';
import { addUsage, seedChartsTenant, type ChartsTenant } from './usage-charts-test-fixture';

let tenant: ChartsTenant;
const period = { from: '2026-03-01', to: '2026-03-31' };

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedChartsTenant({ slug: 'north', currency: 'USD', timeZone: 'America/New_York', customerCurrencies: ['USD', 'EUR'] });
});

it('ranks destination countries by minutes, names them, and sums the rest as others', async () => {
  const countries = ['US', 'GB', 'DE', 'FR', 'IN', 'MX', 'BR', 'ES', 'IT', 'NL', 'JP', 'ZZ'];
  // Minutes grow with the index, so the ranking is the list reversed.
  await addUsage(tenant, 0, countries.map((country, index) => ({ day: '2026-03-10', country, calls: 1, seconds: 60 * (index + 1), cost: '0.10', sell: '0.25' })));
  const usage = await getUsageByDestination(tenant.staff, period);
  expect(usage.top.map((row) => [row.country, row.name, row.minutes])).toEqual([
    ['ZZ', 'Unknown destination', '12.00'],
    ['JP', 'Japan', '11.00'],
    ['NL', 'Netherlands', '10.00'],
    ['IT', 'Italy', '9.00'],
    ['ES', 'Spain', '8.00'],
    ['BR', 'Brazil', '7.00'],
    ['MX', 'Mexico', '6.00'],
    ['IN', 'India', '5.00'],
    ['FR', 'France', '4.00'],
    ['DE', 'Germany', '3.00'],
  ]);
  expect(usage.others).toEqual({ countries: 2, calls: 2, minutes: '3.00', money: [{ currency: 'USD', sell: '0.5', cost: '0.2', margin: '0.3' }] });
  expect(usage.totals).toMatchObject({ calls: 12, minutes: '78.00' });
});

it('merges a country’s currencies into one row with money per currency, the partner’s first', async () => {
  await addUsage(tenant, 1, [{ day: '2026-03-01', country: 'FR', calls: 1, seconds: 60, cost: '0.5', sell: '1' }]);
  await addUsage(tenant, 0, [{ day: '2026-03-31', country: 'FR', calls: 2, seconds: 30, cost: '0.25', sell: '0.5' }]);
  const usage = await getUsageByDestination(tenant.staff, period);
  expect(usage.others).toBeNull();
  expect(usage.top).toEqual([
    {
      country: 'FR',
      name: 'France',
      calls: 3,
      minutes: '1.50',
      money: [
        { currency: 'USD', sell: '0.5', cost: '0.25', margin: '0.25' },
        { currency: 'EUR', sell: '1', cost: '0.5', margin: '0.5' },
      ],
    },
  ]);
});

it('shows one customer their own destinations only, without cost', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-05', country: 'GB', calls: 1, seconds: 60, cost: '0.5', sell: '1' }]);
  await addUsage(tenant, 1, [{ day: '2026-03-05', country: 'DE', calls: 1, seconds: 60, cost: '0.5', sell: '1' }]);
  const own = await getUsageByDestination(tenant.customers[0]!.scope, { ...period, customerId: tenant.customers[1]!.id });
  expect(own.top.map((row) => [row.country, row.money])).toEqual([['GB', [{ currency: 'USD', sell: '1', cost: null, margin: null }]]]);
  const chosen = await getUsageByDestination(tenant.staff, { ...period, customerId: tenant.customers[1]!.id });
  expect(chosen.top.map((row) => row.country)).toEqual(['DE']);
  const other = await seedChartsTenant({ slug: 'south', currency: 'EUR', timeZone: 'Europe/Paris', customerCurrencies: [] });
  expect((await getUsageByDestination(other.staff, period)).top).toEqual([]);
  expect((await getUsageByDestination(other.staff, { ...period, customerId: tenant.customers[0]!.id })).top).toEqual([]);
});
