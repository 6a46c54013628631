import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { CallRecord, Page } from '../providers/types.ts';
import { readCustomerProviderData, reviveDate, type ProviderDataView } from './read-customer-provider-data.ts';

export const RECENT_CALLS_DAYS = 7;
export const RECENT_CALLS_PER_PAGE = 10;

function reviveCalls(json: unknown): Page<CallRecord> {
  const page = json as Page<CallRecord>;
  // Entries cached under an earlier page size may hold more calls than the page shows.
  const items = page.items.slice(0, RECENT_CALLS_PER_PAGE);
  return { ...page, items: items.map((call) => ({ ...call, startedAt: reviveDate(call.startedAt)!, answeredAt: reviveDate(call.answeredAt), endedAt: reviveDate(call.endedAt) })) };
}

/** The first page of the customer's calls of the last seven days, newest first. */
export async function getCustomerRecentCalls(scope: PartnerScope, customerId: string, now = new Date()): Promise<ProviderDataView<Page<CallRecord>> | null> {
  const from = new Date(now.getTime() - RECENT_CALLS_DAYS * 86_400_000);
  const result = await readCustomerProviderData(scope, customerId, {
    capability: 'usage.cdrs',
    cacheKey: (account) => `cdrs:recent:${account}`,
    fetch: async (adapter, ref) => {
      const page = await adapter.listCdrs(ref, { from, to: now, page: 1, perPage: RECENT_CALLS_PER_PAGE });
      // Providers differ in their order; staff look for the latest call first.
      const items = [...page.items].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()).slice(0, RECENT_CALLS_PER_PAGE);
      return { ...page, items };
    },
    revive: reviveCalls,
  });
  return result?.view ?? null;
}
