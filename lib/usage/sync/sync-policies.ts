import type { ProviderKind } from '../../providers/types.ts';

/**
 * How each provider's call records are pulled (from its documentation and adapter):
 * - `connection`: one listing covers every customer (the partner's credential), one cursor
 *   for the connection; `customer`: only the customer's own credential lists its calls,
 *   one cursor per customer.
 * - `windowDays`: the span asked for at once; `perPage`: the provider's largest page.
 * - `everyMinutes`: how often the scheduler starts a sync; the VoIP account API allows six
 *   call-record requests an hour for all its customers together, so it is asked less often
 *   and "Sync now" still finds budget left.
 */
export type SyncPolicy = {
  scope: 'connection' | 'customer';
  windowDays: number;
  perPage: number;
  everyMinutes: number;
  /** For the sync page: the provider's own limit on these requests, where it has one. */
  budgetNote?: string;
};

export const SYNC_POLICIES: Record<ProviderKind, SyncPolicy> = {
  // Partner API: GET /cdrs lists all customers' calls, by whole days, at most 100 a page.
  VOBIZ: { scope: 'connection', windowDays: 7, perPage: 100, everyMinutes: 5 },
  // /v1/portal/usage/calls answers for the key's own account: each customer's key.
  CLIQTEL: { scope: 'customer', windowDays: 7, perPage: 100, everyMinutes: 5 },
  // One request returns the whole window (no paging) and spends one of six hourly calls.
  VOIP_ACCOUNT: {
    scope: 'customer',
    windowDays: 31,
    perPage: 1,
    everyMinutes: 20,
    budgetNote: 'The provider answers 6 call-record requests an hour for all customers together; a sync that finds none left waits for the next.',
  },
  // xdrs.search without a client filter covers all of the reseller's clients, 1000 a page.
  BILLING_PLATFORM: { scope: 'connection', windowDays: 7, perPage: 1000, everyMinutes: 5 },
};

/** The cursor key of a connection-wide cursor. */
export const CONNECTION_SCOPE_KEY = '*';

/** A new cursor starts this far back: all of last month, so "this month vs last" is complete. */
export const INITIAL_SYNC_DAYS = 62;

/** Provider pages are stored in batches of up to this many calls: one statement each (ingestCalls). */
export const INGEST_BATCH_CALLS = 5_000;

/** Each sync starts this much before the cursor: calls are recorded when they end, and long ones start earlier. */
export const LATE_CALL_OVERLAP_MS = 2 * 60 * 60_000;
