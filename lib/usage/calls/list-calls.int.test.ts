import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { CallFilters } from './call-filters';
import { insertCalls, seedCallsTenant, type CallsTenant } from './calls-test-fixture';
import { listCalls, type CallRow } from './list-calls';
import type { CallScope } from './call-scope';

let alpha: CallsTenant;
let beta: CallsTenant;

const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  await resetDatabase();
  alpha = await seedCallsTenant('alpha', { timeZone: 'America/New_York' });
  beta = await seedCallsTenant('beta', { timeZone: 'Europe/Paris' });
});

/** Every call the filters select, page by page through the Next cursors. */
async function walkForward(scope: CallScope, filters: CallFilters): Promise<{ pages: CallRow[][]; cursors: string[] }> {
  const pages: CallRow[][] = [];
  const cursors: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await listCalls(scope, { ...filters, cursor }, testDb());
    pages.push(page.items);
    if (!page.nextCursor) return { pages, cursors };
    cursor = page.nextCursor;
    cursors.push(cursor);
  }
  throw new Error('pagination did not end');
}

const ids = (rows: CallRow[]) => rows.map((row) => row.id);

describe('tenancy', () => {
  beforeEach(async () => {
    await insertCalls(alpha, 0, [{ startedAt: at('2026-03-10T12:00:00Z'), providerCallId: 'alpha-one' }]);
    await insertCalls(alpha, 1, [{ startedAt: at('2026-03-10T13:00:00Z'), providerCallId: 'alpha-two' }]);
    await insertCalls(beta, 0, [{ startedAt: at('2026-03-10T14:00:00Z'), providerCallId: 'beta-one' }]);
  });

  const callIds = async (scope: CallScope, filters: CallFilters = {}) => {
    const page = await listCalls(scope, filters, testDb());
    const rows = await testDb().cdr.findMany({ where: { id: { in: page.items.map((row) => BigInt(row.id)) } }, select: { providerCallId: true } });
    return rows.map((row) => row.providerCallId).sort();
  };

  it('shows partner staff all their customers’ calls and never another partner’s', async () => {
    expect(await callIds(alpha.staff)).toEqual(['alpha-one', 'alpha-two']);
    expect(await callIds(beta.staff)).toEqual(['beta-one']);
    // Asking for the other partner's customer finds nothing rather than their calls.
    expect(await callIds(alpha.staff, { customerId: beta.customers[0]!.id })).toEqual([]);
  });

  it('shows a customer only their own calls, whatever customer the URL names', async () => {
    const [first, second] = alpha.customers;
    expect(await callIds(first!.scope)).toEqual(['alpha-one']);
    expect(await callIds(first!.scope, { customerId: second!.id })).toEqual(['alpha-one']);
    expect(await callIds(first!.scope, { customerId: beta.customers[0]!.id })).toEqual(['alpha-one']);
    expect(await callIds(second!.scope)).toEqual(['alpha-two']);
  });

  it('names the customer for staff and gives customers their price without the partner’s cost', async () => {
    const [staffRow] = (await listCalls(alpha.staff, { customerId: alpha.customers[0]!.id }, testDb())).items;
    expect(staffRow).toMatchObject({ customerName: 'alpha one', cost: '0.010000', sellPrice: '0.015000', margin: '0.005000', currency: 'USD' });
    const [customerRow] = (await listCalls(alpha.customers[0]!.scope, {}, testDb())).items;
    expect(customerRow).toMatchObject({ sellPrice: '0.015000', cost: null, margin: null });
  });
});

describe('keyset pagination', () => {
  // 137 calls in groups of five sharing a start time, and durations repeating: ties everywhere.
  beforeEach(async () => {
    const calls = Array.from({ length: 137 }, (_, index) => ({
      startedAt: new Date(Date.UTC(2026, 2, 1) + Math.floor(index / 5) * 60_000),
      billableSeconds: (index % 4) * 60,
    }));
    await insertCalls(alpha, 0, calls.slice(0, 70));
    await insertCalls(alpha, 1, calls.slice(70));
    await insertCalls(beta, 0, calls.slice(0, 10));
  });

  it('visits every call once, newest first, with ties broken by id', async () => {
    const { pages } = await walkForward(alpha.staff, {});
    expect(pages.map((page) => page.length)).toEqual([50, 50, 37]);
    const all = pages.flat();
    expect(new Set(ids(all)).size).toBe(137);
    const expected = [...all].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || Number(BigInt(b.id) - BigInt(a.id)));
    expect(ids(all)).toEqual(ids(expected));
  });

  it('comes back the same way with Previous', async () => {
    const { pages } = await walkForward(alpha.staff, { sort: 'billableSeconds', dir: 'asc' });
    let page = await listCalls(alpha.staff, { sort: 'billableSeconds', dir: 'asc', cursor: undefined }, testDb());
    page = await listCalls(alpha.staff, { sort: 'billableSeconds', dir: 'asc', cursor: page.nextCursor! }, testDb());
    page = await listCalls(alpha.staff, { sort: 'billableSeconds', dir: 'asc', cursor: page.nextCursor! }, testDb());
    expect(ids(page.items)).toEqual(ids(pages[2]!));
    page = await listCalls(alpha.staff, { sort: 'billableSeconds', dir: 'asc', cursor: page.previousCursor! }, testDb());
    expect(ids(page.items)).toEqual(ids(pages[1]!));
    page = await listCalls(alpha.staff, { sort: 'billableSeconds', dir: 'asc', cursor: page.previousCursor! }, testDb());
    expect(ids(page.items)).toEqual(ids(pages[0]!));
    expect(page.previousCursor).toBeNull();
    const durations = pages.flat().map((row) => row.billableSeconds);
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
  });

  it('starts at the first page for a token that is garbage or made for another sort', async () => {
    const first = await listCalls(alpha.staff, {}, testDb());
    const byDuration = await listCalls(alpha.staff, { sort: 'billableSeconds' }, testDb());
    for (const cursor of ['not-a-cursor', Buffer.from('{"s":"startedAt"}').toString('base64url'), byDuration.nextCursor!]) {
      const page = await listCalls(alpha.staff, { cursor }, testDb());
      expect(ids(page.items)).toEqual(ids(first.items));
      expect(page.previousCursor).toBeNull();
    }
  });
});

describe('filters', () => {
  beforeEach(async () => {
    await insertCalls(alpha, 0, [
      { startedAt: at('2026-03-10T03:59:59.999Z'), providerCallId: 'mar9-late', destination: '4420711111', destinationCountry: 'GB' },
      { startedAt: at('2026-03-10T04:00:00Z'), providerCallId: 'mar10-start', destination: '33140000000', destinationCountry: 'FR', status: 'BUSY', billableSeconds: 0, durationSeconds: 0 },
      { startedAt: at('2026-03-10T15:30:00Z'), providerCallId: 'mar10-mid', destination: '4416100000', destinationCountry: 'GB', billableSeconds: 600 },
      { startedAt: at('2026-03-11T03:59:59Z'), providerCallId: 'mar10-end', destination: '12125550000', destinationCountry: 'US', did: '+12125559999' },
      { startedAt: at('2026-03-11T04:00:00Z'), providerCallId: 'mar11-start', destination: '99912345', destinationCountry: null, did: null },
    ]);
    await insertCalls(alpha, 1, [{ startedAt: at('2026-03-10T16:00:00Z'), providerCallId: 'other-customer', destination: '4420799999' }]);
  });

  const matching = async (scope: CallScope, filters: CallFilters) => {
    const { pages } = await walkForward(scope, filters);
    const rows = await testDb().cdr.findMany({ where: { id: { in: pages.flat().map((row) => BigInt(row.id)) } }, select: { providerCallId: true } });
    return rows.map((row) => row.providerCallId).sort();
  };

  it('reads a date range as whole days in the viewer’s time zone', async () => {
    // 10 March in New York (UTC-4 after the clocks changed on 8 March) is 04:00Z to 04:00Z.
    expect(await matching(alpha.customers[0]!.scope, { from: '2026-03-10', to: '2026-03-10', tz: 'America/New_York' })).toEqual(['mar10-end', 'mar10-mid', 'mar10-start']);
    // The same dates in Paris (UTC+1) are 9 March 23:00Z to 10 March 23:00Z.
    expect(await matching(alpha.customers[0]!.scope, { from: '2026-03-10', to: '2026-03-10', tz: 'Europe/Paris' })).toEqual(['mar10-mid', 'mar10-start', 'mar9-late']);
    // Without a zone from the browser, the partner's zone (New York) applies.
    expect(await matching(alpha.customers[0]!.scope, { from: '2026-03-10', to: '2026-03-10' })).toEqual(['mar10-end', 'mar10-mid', 'mar10-start']);
  });

  it('reads times of day as local times, the end time excluded', async () => {
    expect(await matching(alpha.customers[0]!.scope, { from: '2026-03-10T11:30', to: '2026-03-11T00:00', tz: 'America/New_York' })).toEqual(['mar10-end', 'mar10-mid']);
    expect(await matching(alpha.customers[0]!.scope, { from: '2026-03-10T00:00', to: '2026-03-10T11:30', tz: 'America/New_York' })).toEqual(['mar10-start']);
  });

  it('filters by customer, DID, destination country or prefix, status and minimum duration', async () => {
    const scope = alpha.staff;
    expect(await matching(scope, { customerId: alpha.customers[1]!.id })).toEqual(['other-customer']);
    expect(await matching(scope, { did: '+12125559999' })).toEqual(['mar10-end']);
    expect(await matching(scope, { destination: 'GB' })).toEqual(['mar10-mid', 'mar9-late', 'other-customer']);
    expect(await matching(scope, { destination: '4420' })).toEqual(['mar9-late', 'other-customer']);
    expect(await matching(scope, { destination: '999' })).toEqual(['mar11-start']);
    expect(await matching(scope, { status: 'BUSY' })).toEqual(['mar10-start']);
    expect(await matching(scope, { minDuration: 300 })).toEqual(['mar10-mid']);
    expect(await matching(scope, { destination: 'GB', minDuration: 300, customerId: alpha.customers[0]!.id })).toEqual(['mar10-mid']);
  });

  it('uses the DID index order and still pages by time when a DID is chosen', async () => {
    await insertCalls(alpha, 0, Array.from({ length: 60 }, (_, index) => ({ startedAt: new Date(Date.UTC(2026, 3, 1) + (index % 7) * 1000), did: '+12125551234' })));
    const { pages } = await walkForward(alpha.staff, { did: '+12125551234' });
    expect(pages.map((page) => page.length)).toEqual([50, 10]);
    const times = pages.flat().map((row) => row.startedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(ids(pages.flat())).size).toBe(60);
  });
});
