import type { PartnerScope } from '../lib/auth/require-partner-admin.ts';
import { callFiltersSchema } from '../lib/usage/calls/call-filters.ts';
import { getCallTotals, listCalls } from '../lib/usage/calls/list-calls.ts';
import { addDays, dayInZone } from '../lib/usage/charts/calendar-days.ts';
import type { PageFigure, TotalsFigure } from './bench-results.ts';
import type { SeededTenant } from './bench-tenants.ts';
import type { TenantPlan } from './cdr-generator.ts';
import { measureLatency } from './latency.ts';

/**
 * The CDR browser's typical requests, as search params the way the page sends them (the
 * browser always adds its zone): the first page and a page deep in the set, reached by
 * following "Next" cursors, with each filter on its own and combined.
 */
type Timing = { warmup: number; iterations: number };

export type BenchSamples = {
  today: string;
  customerId: string;
  /** What the export probe downloads: every call of the partner. */
  exportFilters: Record<string, string>;
  cases: Array<{ label: string; params: Record<string, string>; sorts: boolean }>;
};

/** The tenth-biggest customer: busy enough for hundreds of pages, far from the only one. */
const SAMPLE_CUSTOMER_RANK = 10;

export function sampleFilters(plan: TenantPlan, tenant: SeededTenant): BenchSamples {
  const tz = plan.timeZone;
  const today = dayInZone(plan.now, tz);
  const customer = plan.customerList[Math.min(SAMPLE_CUSTOMER_RANK, plan.customerList.length) - 1]!;
  const customerId = tenant.customerIds[customer.index]!;
  const week = { from: addDays(today, -36), to: addDays(today, -30) };
  const cases: BenchSamples['cases'] = [
    { label: 'all calls', params: {}, sorts: false },
    { label: 'one customer', params: { customerId }, sorts: false },
    { label: 'one DID', params: { did: customer.dids[0]! }, sorts: false },
    { label: 'destination country GB', params: { destination: 'GB' }, sorts: false },
    { label: 'destination prefix 52 (Mexico)', params: { destination: '52' }, sorts: false },
    { label: 'answered, at least 5 min', params: { status: 'ANSWERED', minDuration: '300' }, sorts: false },
    { label: 'one week (a month ago)', params: week, sorts: false },
    { label: 'customer + week', params: { customerId, ...week }, sorts: false },
    { label: 'longest first', params: { sort: 'billableSeconds', dir: 'desc' }, sorts: true },
    { label: 'customer, longest first', params: { customerId, sort: 'billableSeconds', dir: 'desc' }, sorts: true },
  ];
  for (const entry of cases) entry.params = { ...entry.params, tz };
  return { today, customerId, exportFilters: { tz }, cases };
}

const filtersOf = (params: Record<string, string>) => callFiltersSchema.parse(params);

/** The cursor of page `target` (or of the last page when the set is shorter), found by following "Next". */
async function cursorOfPage(scope: PartnerScope, params: Record<string, string>, target: number): Promise<{ page: number; cursor: string | undefined }> {
  let cursor: string | undefined;
  let page = 1;
  while (page < target) {
    const next = (await listCalls(scope, filtersOf({ ...params, ...(cursor ? { cursor } : {}) }))).nextCursor;
    if (!next) break;
    cursor = next;
    page += 1;
  }
  return { page, cursor };
}

export async function measureCallPages(scope: PartnerScope, samples: BenchSamples, timing: Timing, deepPage: number): Promise<PageFigure[]> {
  const figures: PageFigure[] = [];
  for (const { label, params } of samples.cases) {
    const deep = await cursorOfPage(scope, params, deepPage);
    const pages = deep.page > 1 ? [{ page: 1, cursor: undefined }, deep] : [{ page: 1, cursor: undefined }];
    for (const { page, cursor } of pages) {
      const filters = filtersOf({ ...params, ...(cursor ? { cursor } : {}) });
      const rowsOnPage = (await listCalls(scope, filters)).items.length;
      figures.push({ case: label, page, rowsOnPage, latency: await measureLatency(() => listCalls(scope, filters), timing) });
    }
  }
  return figures;
}

export async function measureCallTotals(scope: PartnerScope, samples: BenchSamples, timing: Timing): Promise<TotalsFigure[]> {
  const figures: TotalsFigure[] = [];
  for (const { label, params, sorts } of samples.cases) {
    // The sort changes the page, never the totals.
    if (sorts) continue;
    const filters = filtersOf(params);
    const totals = await getCallTotals(scope, filters);
    figures.push({ case: `${label} (${totals.source})`, calls: totals.calls, latency: await measureLatency(() => getCallTotals(scope, filters), timing) });
  }
  return figures;
}
