import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { getJobRunner } from '@/lib/jobs/job-runner';
import type { CallRecord } from '@/lib/providers/types';
import { ingestCalls } from '@/lib/usage/sync/ingest-calls';
import { createPriceList } from './create-price-list';
import { listRerateRuns } from './list-rerate-runs';
import { loadRater } from './load-rater';
import { ENTRY, seedRatingTenant, type RatingTenant } from './rating-test-fixture';
import { requestRerate } from './request-rerate';
import { rerateCalls } from './rerate-calls';
import { savePriceListEntry } from './save-price-list-entry';

const db = testDb();
const ip = { ip: null };
const TIME_ZONE = 'America/New_York';
let alpha: RatingTenant;
let beta: RatingTenant;
let alphaList: string;
let alphaEntry: string;

afterAll(async () => {
  await (await getJobRunner()).stop();
});

/** A two-minute answered call to London from the customer's number, at `startedAt`, costing 0.02. */
function call(id: string, startedAt: string, currency: string): CallRecord {
  const start = new Date(startedAt);
  return {
    id,
    direction: 'outbound',
    from: '+14155550101',
    to: '+442079460123',
    startedAt: start,
    answeredAt: start,
    endedAt: new Date(start.getTime() + 120_000),
    durationSeconds: 120,
    billableSeconds: 120,
    status: 'answered',
    cost: { amount: '0.02', currency },
    providerAccountId: null,
  };
}

async function ingest(tenant: RatingTenant, customer: { customerId: string; currency: string }, calls: CallRecord[]) {
  const raters = new Map([[customer.currency, await loadRater(db, tenant.partnerId, customer.currency)]]);
  await ingestCalls(db, { partnerId: tenant.partnerId, connectionId: tenant.connectionId, timeZone: TIME_ZONE, customers: new Map(), defaultCustomer: customer }, calls, raters);
}

async function sellPrices(partnerId: string) {
  const rows = await db.cdr.findMany({ where: { partnerId }, orderBy: { providerCallId: 'asc' }, select: { providerCallId: true, sellPrice: true } });
  return Object.fromEntries(rows.map((row) => [row.providerCallId, row.sellPrice?.toFixed(2) ?? null]));
}

async function partnerSellByDay(partnerId: string) {
  const rows = await db.partnerUsageDaily.findMany({ where: { partnerId }, orderBy: [{ day: 'asc' }, { currency: 'asc' }] });
  return Object.fromEntries(rows.map((row) => [`${row.day.toISOString().slice(0, 10)} ${row.currency}`, `${row.calls} ${row.sell.toFixed(2)}`]));
}

async function customerSellByDay(customerId: string) {
  const rows = await db.usageDaily.findMany({ where: { customerId }, orderBy: { day: 'asc' } });
  return Object.fromEntries(rows.map((row) => [row.day.toISOString().slice(0, 10), row.sell.toFixed(2)]));
}

beforeEach(async () => {
  await resetDatabase();
  alpha = await seedRatingTenant('alpha', { timeZone: TIME_ZONE });
  beta = await seedRatingTenant('beta', { timeZone: TIME_ZONE });
  const alphaEur = await db.customer.create({ data: { partnerId: alpha.partnerId, connectionId: alpha.connectionId, name: 'Euro customer', email: 'eur@alpha.test', currency: 'EUR' } });

  for (const tenant of [alpha, beta]) {
    const list = await createPriceList(tenant.admin, { name: 'Retail', currency: 'USD' }, ip);
    if (!list.ok) throw new Error('fixture: no price list');
    // 0.06 a minute: a two-minute call sells at 0.12.
    const entry = await savePriceListEntry(tenant.admin, { priceListId: list.priceListId }, { ...ENTRY, ratePerMinute: '0.06' }, ip);
    if (!entry.ok) throw new Error('fixture: no entry');
    if (tenant === alpha) [alphaList, alphaEntry] = [list.priceListId, entry.entryId];
  }

  // Noon on 10, 11 and 12 March in New York, plus the last half hour of the 11th
  // (already the 12th in UTC) and the first minutes of the 12th.
  await ingest(alpha, { customerId: alpha.customerId, currency: 'USD' }, [
    call('a-10-noon', '2026-03-10T16:00:00Z', 'USD'),
    call('a-11-noon', '2026-03-11T16:00:00Z', 'USD'),
    call('a-11-late', '2026-03-12T03:30:00Z', 'USD'),
    call('a-12-early', '2026-03-12T04:10:00Z', 'USD'),
    call('a-12-noon', '2026-03-12T16:00:00Z', 'USD'),
  ]);
  await ingest(alpha, { customerId: alphaEur.id, currency: 'EUR' }, [call('a-11-eur', '2026-03-11T16:00:00Z', 'EUR')]);
  await ingest(beta, { customerId: beta.customerId, currency: 'USD' }, [call('b-11-noon', '2026-03-11T16:00:00Z', 'USD')]);
});

describe('re-rating a period', () => {
  it('reprices only the chosen days’ calls in the list’s currency, and rebuilds only those days’ rollups', async () => {
    expect(await sellPrices(alpha.partnerId)).toEqual({ 'a-10-noon': '0.12', 'a-11-eur': null, 'a-11-late': '0.12', 'a-11-noon': '0.12', 'a-12-early': '0.12', 'a-12-noon': '0.12' });
    const betaBefore = { prices: await sellPrices(beta.partnerId), rollups: await partnerSellByDay(beta.partnerId) };

    // 0.09 a minute from now on: a two-minute call sells at 0.18.
    await savePriceListEntry(alpha.admin, { priceListId: alphaList, entryId: alphaEntry }, { ...ENTRY, ratePerMinute: '0.09' }, ip);
    const requested = await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-11', to: '2026-03-11' }, ip);
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    await rerateCalls(db, requested.rerateRunId);

    expect(await sellPrices(alpha.partnerId)).toEqual({ 'a-10-noon': '0.12', 'a-11-eur': null, 'a-11-late': '0.18', 'a-11-noon': '0.18', 'a-12-early': '0.12', 'a-12-noon': '0.12' });
    expect(await partnerSellByDay(alpha.partnerId)).toEqual({
      '2026-03-10 USD': '1 0.12',
      '2026-03-11 EUR': '1 0.00',
      '2026-03-11 USD': '2 0.36',
      '2026-03-12 USD': '2 0.24',
    });
    expect(await customerSellByDay(alpha.customerId)).toEqual({ '2026-03-10': '0.12', '2026-03-11': '0.36', '2026-03-12': '0.24' });
    expect({ prices: await sellPrices(beta.partnerId), rollups: await partnerSellByDay(beta.partnerId) }).toEqual(betaBefore);

    const [run] = await listRerateRuns(alpha.admin);
    expect(run).toMatchObject({ id: requested.rerateRunId, status: 'DONE', from: '2026-03-11', to: '2026-03-11', ratedCalls: 2, currency: 'USD', requestedBy: 'admin@alpha.test', error: null });
    expect(run!.finishedAt).toBeInstanceOf(Date);
  });

  it('gives the same prices and rollups when run twice', async () => {
    await savePriceListEntry(alpha.admin, { priceListId: alphaList, entryId: alphaEntry }, { ...ENTRY, ratePerMinute: '0.09' }, ip);
    const requested = await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-10', to: '2026-03-12' }, ip);
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    await rerateCalls(db, requested.rerateRunId);
    const first = { prices: await sellPrices(alpha.partnerId), rollups: await partnerSellByDay(alpha.partnerId) };

    // A repeated delivery of the finished job changes nothing; so does running the same period again.
    await rerateCalls(db, requested.rerateRunId);
    const again = await db.rerateRun.create({ data: { partnerId: alpha.partnerId, priceListId: alphaList, from: new Date('2026-03-10T04:00:00Z'), to: new Date('2026-03-13T04:00:00Z') } });
    await rerateCalls(db, again.id);

    expect({ prices: await sellPrices(alpha.partnerId), rollups: await partnerSellByDay(alpha.partnerId) }).toEqual(first);
    expect(first.prices).toMatchObject({ 'a-10-noon': '0.18', 'a-12-noon': '0.18' });
    expect((await db.rerateRun.findUniqueOrThrow({ where: { id: again.id } })).ratedCalls).toBe(5);
  });

  it('leaves calls unrated when their prefix has gone from the list', async () => {
    const entry = await db.priceListEntry.findUniqueOrThrow({ where: { id: alphaEntry } });
    await db.priceListEntry.update({ where: { id: entry.id }, data: { prefix: '49' } });
    const requested = await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-11', to: '2026-03-11' }, ip);
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    await rerateCalls(db, requested.rerateRunId);
    expect(await sellPrices(alpha.partnerId)).toMatchObject({ 'a-11-noon': null, 'a-11-late': null, 'a-10-noon': '0.12' });
    expect(await db.rerateRun.findUniqueOrThrow({ where: { id: requested.rerateRunId } })).toMatchObject({ status: 'DONE', ratedCalls: 0 });
  });

  it('fails the run, saying why, when the price list was deleted meanwhile', async () => {
    const requested = await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-11', to: '2026-03-11' }, ip);
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    await db.priceList.delete({ where: { id: alphaList } });
    await expect(rerateCalls(db, requested.rerateRunId)).rejects.toThrow(/no longer exists/);
    expect(await db.rerateRun.findUniqueOrThrow({ where: { id: requested.rerateRunId } })).toMatchObject({
      status: 'FAILED',
      error: 'The price list of this re-rate no longer exists.',
      finishedAt: expect.any(Date),
    });
    expect(await sellPrices(alpha.partnerId)).toMatchObject({ 'a-11-noon': '0.12' });
  });
});

describe('requestRerate', () => {
  it('records the run with the period’s instants in the partner’s time zone, audits it and queues the job', async () => {
    const requested = await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-01', to: '2026-03-31' }, { ip: '192.0.2.9' });
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    expect(await db.rerateRun.findUniqueOrThrow({ where: { id: requested.rerateRunId } })).toMatchObject({
      partnerId: alpha.partnerId,
      priceListId: alphaList,
      status: 'QUEUED',
      from: new Date('2026-03-01T05:00:00Z'),
      to: new Date('2026-04-01T04:00:00Z'),
      requestedById: alpha.admin.userId,
    });
    expect(await db.auditEvent.findFirst({ where: { action: 'rerate.request' } })).toMatchObject({
      entityId: requested.rerateRunId,
      ip: '192.0.2.9',
      after: { priceListId: alphaList, from: '2026-03-01', to: '2026-03-31', timeZone: TIME_ZONE },
    });
    const jobs = await db.$queryRaw<Array<{ data: { rerateRunId: string } }>>`SELECT data FROM pgboss.job WHERE name = 'rerate'`;
    expect(jobs.map((job) => job.data.rerateRunId)).toContain(requested.rerateRunId);
  });

  it('validates the days: real dates, first before last, at most 366 days, not after today', async () => {
    const attempt = (from: string, to: string) => requestRerate(alpha.admin, { priceListId: alphaList, from, to }, ip);
    expect(await attempt('2026-02-30', 'soon')).toEqual({ ok: false, fieldErrors: { from: [expect.stringMatching(/first day/)], to: [expect.stringMatching(/last day/)] } });
    expect(await attempt('2026-03-12', '2026-03-11')).toEqual({ ok: false, fieldErrors: { to: ['The last day must be on or after the first day.'] } });
    expect(await attempt('2025-01-01', '2026-01-02')).toEqual({ ok: false, fieldErrors: { to: ['Re-rate at most 366 days at a time.'] } });
    expect(await attempt('2099-01-01', '2099-01-02')).toEqual({ ok: false, fieldErrors: { from: [expect.stringMatching(/^There are no calls after today/)] } });
    expect((await attempt('2024-01-01', '2024-12-31')).ok).toBe(true);
  });

  it('refuses a second run of the same list while one is queued', async () => {
    expect((await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-01', to: '2026-03-02' }, ip)).ok).toBe(true);
    expect(await requestRerate(alpha.admin, { priceListId: alphaList, from: '2026-03-03', to: '2026-03-04' }, ip)).toMatchObject({ ok: false, formError: expect.stringMatching(/already queued or running/) });
  });

  it('is for partner admins only, and another partner’s list is missing', async () => {
    await expect(requestRerate(alpha.staff, { priceListId: alphaList, from: '2026-03-11', to: '2026-03-11' }, ip)).rejects.toBeInstanceOf(NotAllowed);
    expect(await requestRerate(beta.admin, { priceListId: alphaList, from: '2026-03-11', to: '2026-03-11' }, ip)).toEqual({ ok: false, fieldErrors: {}, formError: 'This price list no longer exists.' });
    expect(await db.rerateRun.count()).toBe(0);
    expect(await listRerateRuns(beta.admin)).toEqual([]);
  });
});
