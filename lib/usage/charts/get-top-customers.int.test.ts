import { beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { scopedDb } from '@/lib/tenancy/scoped-db';
import { getTopCustomers, rankCustomersWithMonthlyBounds } from './get-top-customers';
import { addUsage, seedChartsTenant, type ChartsTenant } from './usage-charts-test-fixture';

let tenant: ChartsTenant;
const period = { from: '2026-03-01', to: '2026-03-31' };

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedChartsTenant({ slug: 'north', currency: 'USD', timeZone: 'America/New_York', customerCurrencies: ['USD', 'USD', 'USD', 'EUR'] });
});

it('ranks customers by revenue within each currency, the partner’s currency first', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 1, seconds: 60, cost: '1', sell: '3' }]);
  await addUsage(tenant, 1, [
    { day: '2026-03-01', calls: 1, seconds: 60, cost: '2', sell: '4' },
    { day: '2026-03-31', calls: 1, seconds: 60, cost: '2', sell: '4' },
    // Outside the period: does not count.
    { day: '2026-04-01', calls: 1, seconds: 60, cost: '2', sell: '400' },
  ]);
  await addUsage(tenant, 2, [{ day: '2026-03-15', calls: 9, seconds: 6000, cost: '0.5', sell: '1' }]);
  await addUsage(tenant, 3, [{ day: '2026-03-15', calls: 1, seconds: 60, cost: '1', sell: '5' }]);
  const top = await getTopCustomers(tenant.staff, period, { limit: 2 });
  expect(top).toEqual([
    {
      currency: 'USD',
      customers: [
        { customerId: tenant.customers[1]!.id, name: 'north customer 2', calls: 2, minutes: '2.00', money: [{ currency: 'USD', sell: '8', cost: '4', margin: '4' }] },
        { customerId: tenant.customers[0]!.id, name: 'north customer 1', calls: 1, minutes: '1.00', money: [{ currency: 'USD', sell: '3', cost: '1', margin: '2' }] },
      ],
    },
    { currency: 'EUR', customers: [{ customerId: tenant.customers[3]!.id, name: 'north customer 4', calls: 1, minutes: '1.00', money: [{ currency: 'EUR', sell: '5', cost: '1', margin: '4' }] }] },
  ]);
});

it('lists no other partner’s customers', async () => {
  await addUsage(tenant, 0, [{ day: '2026-03-01', calls: 1, seconds: 60, cost: '1', sell: '3' }]);
  const other = await seedChartsTenant({ slug: 'south', currency: 'EUR', timeZone: 'Europe/Paris', customerCurrencies: ['EUR'] });
  await addUsage(other, 0, [{ day: '2026-03-01', calls: 1, seconds: 60, cost: '1', sell: '3' }]);
  const top = await getTopCustomers(other.staff, period);
  expect(top).toEqual([{ currency: 'EUR', customers: [expect.objectContaining({ customerId: other.customers[0]!.id })] }]);
});

it('ranks the same from the monthly rollups as from the daily rows, whatever falls outside the period in the same months', async () => {
  const many = await seedChartsTenant({ slug: 'many', currency: 'USD', timeZone: 'UTC', customerCurrencies: Array.from({ length: 14 }, () => 'USD') });
  for (let index = 0; index < 14; index += 1) {
    await addUsage(many, index, [
      // Inside the period: revenue grows with the index.
      { day: '2026-03-20', calls: 1, seconds: 60, cost: '0.1', sell: String(index + 1) },
      { day: '2026-04-10', calls: 1, seconds: 60, cost: '0.1', sell: '0.5' },
      // Outside it but in the same months: the even customers get a lot, which must not count.
      { day: '2026-03-02', calls: 1, seconds: 60, cost: '0.1', sell: index % 2 === 0 ? '100' : '0' },
      { day: '2026-04-28', calls: 1, seconds: 60, cost: '0.1', sell: index % 2 === 0 ? '100' : '0' },
    ]);
  }
  const period = { from: '2026-03-15', to: '2026-04-20' };
  const fromMonthly = await getTopCustomers(many.staff, period, { limit: 3 });
  expect(fromMonthly[0]?.customers.map((customer) => [customer.name, customer.money[0]?.sell])).toEqual([
    ['many customer 14', '14.5'],
    ['many customer 13', '13.5'],
    ['many customer 12', '12.5'],
  ]);

  const db = scopedDb(many.staff);
  const day = { gte: new Date('2026-03-15'), lte: new Date('2026-04-20') };
  expect((await rankCustomersWithMonthlyBounds(db, period, day, 3))?.get('USD')?.map((row) => row.customerId)).toEqual(fromMonthly[0]?.customers.map((customer) => customer.customerId));

  // Monthly rollups that do not add up (a sync that predates them) are not used; the daily rows give the same answer.
  await testDb().usageMonthly.deleteMany({ where: { partnerId: many.partnerId, customerId: many.customers[0]!.id } });
  expect(await rankCustomersWithMonthlyBounds(db, period, day, 3)).toBeNull();
  expect(await getTopCustomers(many.staff, period, { limit: 3 })).toEqual(fromMonthly);
  await testDb().usageMonthly.deleteMany({ where: { partnerId: many.partnerId } });
  expect(await getTopCustomers(many.staff, period, { limit: 3 })).toEqual(fromMonthly);
});
