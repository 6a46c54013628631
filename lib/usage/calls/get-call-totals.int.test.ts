import { beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/client';
import { rebuildRollups } from '@/lib/usage/rollups/rebuild-rollups';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { CallFilters } from './call-filters';
import type { CallScope } from './call-scope';
import { insertCalls, seedCallsTenant, type CallsTenant } from './calls-test-fixture';
import { getCallTotals, listCalls, type CallRow } from './list-calls';

let tenant: CallsTenant;
let other: CallsTenant;

const STATUSES = ['ANSWERED', 'ANSWERED', 'NO_ANSWER', 'BUSY', 'FAILED'] as const;
const COUNTRIES = ['GB', 'US', 'FR', null] as const;

/** Calls every 5 hours over 20 days: statuses, countries, DIDs, durations and prices vary; some are unrated. */
function calls(count: number, seed: number) {
  return Array.from({ length: count }, (_, index) => {
    const status = STATUSES[(index + seed) % STATUSES.length]!;
    const billableSeconds = status === 'ANSWERED' ? ((index * 37 + seed) % 20) * 30 : 0;
    return {
      startedAt: new Date(Date.UTC(2026, 2, 1) + index * 5 * 3_600_000 + seed * 60_000),
      status,
      billableSeconds,
      durationSeconds: billableSeconds,
      destinationCountry: COUNTRIES[index % COUNTRIES.length]!,
      destination: `${['44', '1', '33', '999'][index % 4]}20${String(index).padStart(6, '0')}`,
      did: `+1212555000${index % 3}`,
      cost: (billableSeconds * 0.000123).toFixed(6),
      sellPrice: index % 11 === 0 ? null : (billableSeconds * 0.000171).toFixed(6),
    };
  });
}

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedCallsTenant('totals', { timeZone: 'Europe/Paris', customers: [{ name: 'Dollar Co' }, { name: 'Euro GmbH', currency: 'EUR' }] });
  other = await seedCallsTenant('other');
  await insertCalls(tenant, 0, calls(90, 1));
  await insertCalls(tenant, 1, calls(70, 2));
  await insertCalls(other, 0, calls(40, 3));
  // As the sync keeps them: the rollups hold the same calls.
  await rebuildRollups(testDb(), tenant.partnerId, '2026-02-25', '2026-03-31');
  await rebuildRollups(testDb(), other.partnerId, '2026-02-25', '2026-03-31');
});

async function allRows(scope: CallScope, filters: CallFilters): Promise<CallRow[]> {
  const rows: CallRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCalls(scope, { ...filters, cursor }, testDb());
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** The totals the listed rows add up to, computed here independently. */
function sumOf(rows: CallRow[]) {
  const byCurrency = new Map<string, { calls: number; cost: Prisma.Decimal; sell: Prisma.Decimal }>();
  for (const row of rows) {
    const entry = byCurrency.get(row.currency) ?? { calls: 0, cost: new Prisma.Decimal(0), sell: new Prisma.Decimal(0) };
    entry.calls += 1;
    entry.cost = entry.cost.plus(row.cost ?? 0);
    entry.sell = entry.sell.plus(row.sellPrice ?? 0);
    byCurrency.set(row.currency, entry);
  }
  return {
    calls: rows.length,
    answered: rows.filter((row) => row.status === 'ANSWERED').length,
    billableSeconds: rows.reduce((sum, row) => sum + row.billableSeconds, 0),
    byCurrency: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, entry]) => ({ currency, calls: entry.calls, cost: entry.cost.toFixed(6), sell: entry.sell.toFixed(6), margin: entry.sell.minus(entry.cost).toFixed(6) })),
  };
}

describe('getCallTotals', () => {
  const filterSets: Array<[CallFilters, 'calls' | 'rollups']> = [
    [{}, 'rollups'],
    [{ status: 'ANSWERED' }, 'calls'],
    [{ destination: 'GB', minDuration: 120 }, 'calls'],
    [{ destination: '44' }, 'calls'],
    [{ did: '+12125550001', from: '2026-03-05', to: '2026-03-12', tz: 'America/New_York' }, 'calls'],
    [{ from: '2026-03-03T10:15', to: '2026-03-09T18:00', tz: 'Asia/Tokyo' }, 'calls'],
  ];

  it.each(filterSets)('matches the rows the browser lists for %o', async (filters, source) => {
    const totals = await getCallTotals(tenant.staff, filters, testDb());
    expect(totals).toEqual({ ...sumOf(await allRows(tenant.staff, filters)), source });
  });

  it('keeps currencies apart and counts a customer’s calls only, without cost or margin', async () => {
    const staffTotals = await getCallTotals(tenant.staff, { status: 'ANSWERED' }, testDb());
    expect(staffTotals.byCurrency.map((entry) => entry.currency)).toEqual(['EUR', 'USD']);

    const euro = tenant.customers[1]!.scope;
    const totals = await getCallTotals(euro, { status: 'ANSWERED', customerId: tenant.customers[0]!.id }, testDb());
    const expected = sumOf(await allRows(euro, { status: 'ANSWERED' }));
    expect(totals.calls).toBe(expected.calls);
    expect(totals.byCurrency).toEqual([{ currency: 'EUR', calls: expected.calls, cost: null, sell: expected.byCurrency[0]!.sell, margin: null }]);
  });

  it('never counts another partner’s calls', async () => {
    expect((await getCallTotals(other.staff, {}, testDb())).calls).toBe(40);
    expect((await getCallTotals(other.staff, { customerId: tenant.customers[0]!.id }, testDb())).calls).toBe(0);
  });

  describe('from the daily rollups', () => {
    it('answers whole days of the partner’s calendar from the rollups, with the same figures', async () => {
      for (const filters of [{}, { from: '2026-03-04', to: '2026-03-10', tz: 'Europe/Paris' }, { to: '2026-03-07' }, { customerId: tenant.customers[1]!.id, from: '2026-03-02' }] satisfies CallFilters[]) {
        const totals = await getCallTotals(tenant.staff, filters, testDb());
        expect(totals, JSON.stringify(filters)).toEqual({ ...sumOf(await allRows(tenant.staff, filters)), source: 'rollups' });
      }
      const customer = tenant.customers[0]!.scope;
      const filters = { from: '2026-03-04', to: '2026-03-10' };
      const totals = await getCallTotals(customer, filters, testDb());
      const expected = sumOf(await allRows(customer, filters));
      expect(totals).toMatchObject({ calls: expected.calls, answered: expected.answered, billableSeconds: expected.billableSeconds, source: 'rollups' });
      expect(totals.byCurrency).toEqual([{ currency: 'USD', calls: expected.calls, cost: null, sell: expected.byCurrency[0]!.sell, margin: null }]);
    });

    it('scans the calls when the days are not the partner’s days or a call-level filter applies', async () => {
      expect((await getCallTotals(tenant.staff, { from: '2026-03-04', to: '2026-03-10', tz: 'America/New_York' }, testDb())).source).toBe('calls');
      expect((await getCallTotals(tenant.staff, { from: '2026-03-04T08:00', tz: 'Europe/Paris' }, testDb())).source).toBe('calls');
      expect((await getCallTotals(tenant.staff, { from: '2026-03-04', status: 'BUSY' }, testDb())).source).toBe('calls');
    });
  });
});
