import { systemDb, type PrismaClient } from '../../db/client.ts';
import { logger } from '../../log/logger.ts';
import { ProviderError, ProviderRateLimited } from '../../providers/errors.ts';
import type { CallRecord } from '../../providers/types.ts';
import type { HttpOverrides } from '../../wallet/customer-provider-account.ts';
import { customerOfCall, type CurrencyMismatch, type IngestTarget } from './cdr-batch.ts';
import { ingestCalls, type IngestResult } from './ingest-calls.ts';
import { loadSyncContext, SyncCustomerGone, type SyncContext } from './load-sync-context.ts';
import { INGEST_BATCH_CALLS, LATE_CALL_OVERLAP_MS, SYNC_POLICIES } from './sync-policies.ts';

const DAY_MS = 86_400_000;
/** A provider that keeps answering "more" for this many pages of one window is not trusted further. */
const MAX_PAGES_PER_WINDOW = 2_000;

export type SyncCounts = { inserted: number; unknownAccount: number; currencyMismatch: number };

export type SyncOutcome =
  | ({ status: 'synced'; syncedUntil: Date } & SyncCounts)
  /** The provider's budget is spent: nothing more was sent; the cursor keeps its progress. */
  | ({ status: 'waiting'; retryAt: Date; syncedUntil: Date } & SyncCounts)
  | ({ status: 'failed'; error: string } & SyncCounts)
  | { status: 'skipped'; reason: string };

export type SyncOptions = { db?: PrismaClient; now?: () => Date; http?: HttpOverrides };

export class ProviderPagingRunaway extends Error {
  constructor() {
    super(`The provider kept announcing more call records after ${MAX_PAGES_PER_WINDOW} pages; the sync stopped to try again later.`);
    this.name = 'ProviderPagingRunaway';
  }
}

function mismatchMessage(count: number, example: CurrencyMismatch): string {
  const account = example.providerAccountId ? ` of account ${example.providerAccountId}` : '';
  return `${count} call${count === 1 ? '' : 's'} skipped: the provider charged ${example.callCurrency}, but the customer is billed in ${example.customerCurrency} (e.g. call ${example.providerCallId}${account}). Check the customer's currency.`;
}

/**
 * Pulls one cursor's calls from its provider: from the cursor (less an overlap for calls
 * recorded late) up to now, window by window in spans the provider accepts, page by page,
 * stored through ingestCalls in batches. After each window the cursor advances, so a stop
 * loses nothing. When the provider's rate budget is spent no further request is sent: the
 * cursor waits (WAITING_FOR_BUDGET until nextAllowedAt) and the caller schedules the next
 * run then. Background code: reads and writes only the cursor's partner's rows.
 */
export async function syncCdrCursor(cursorId: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  const db = options.db ?? systemDb();
  const now = options.now ?? (() => new Date());
  const cursor = await db.cdrSyncCursor.findUnique({ where: { id: cursorId } });
  if (!cursor) return { status: 'skipped', reason: 'The cursor no longer exists.' };
  const partner = await db.partner.findUnique({ where: { id: cursor.partnerId }, select: { status: true } });
  if (partner?.status !== 'ACTIVE') return { status: 'skipped', reason: 'The partner is suspended.' };

  const startedAt = now();
  await db.cdrSyncCursor.update({ where: { id: cursor.id }, data: { state: 'RUNNING', lastRunAt: startedAt } });
  let progress: RunProgress | null = null;
  try {
    const context = await loadSyncContext(db, cursor, options.http);
    const run = runProgress(db, cursor, context.target, (calls) => ingestCalls(db, context.target, calls, context.raters));
    progress = run;
    const policy = SYNC_POLICIES[context.kind];
    let from = new Date(cursor.syncedUntil.getTime() - LATE_CALL_OVERLAP_MS);
    while (from < startedAt) {
      const to = new Date(Math.min(from.getTime() + policy.windowDays * DAY_MS, startedAt.getTime()));
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES_PER_WINDOW) throw new ProviderPagingRunaway();
        const result = await context.adapter.listCdrs(context.ref, { from, to, page, perPage: policy.perPage });
        await run.add(result.items);
        if (!result.hasMore || result.items.length === 0) break;
      }
      await run.advance(to);
      from = to;
    }
    const lastError = run.firstMismatch ? mismatchMessage(run.counts.currencyMismatch, run.firstMismatch) : null;
    await db.cdrSyncCursor.update({ where: { id: cursor.id }, data: { state: 'IDLE', lastSuccessAt: now(), lastError, nextAllowedAt: null } });
    logSync(cursor.id, context, run.counts);
    return { status: 'synced', syncedUntil: run.syncedUntil, ...run.counts };
  } catch (error) {
    // Calls already fetched are kept if they can be; the cursor itself stays at the last whole window.
    await progress?.flush().catch(() => undefined);
    const counts = progress?.counts ?? { inserted: 0, unknownAccount: 0, currencyMismatch: 0 };
    const imported = { callsImported: { increment: progress?.uncounted ?? 0 } };
    if (error instanceof ProviderRateLimited) {
      await db.cdrSyncCursor.update({ where: { id: cursor.id }, data: { state: 'WAITING_FOR_BUDGET', nextAllowedAt: error.retryAt, ...imported } });
      return { status: 'waiting', retryAt: error.retryAt, syncedUntil: progress?.syncedUntil ?? cursor.syncedUntil, ...counts };
    }
    const known = error instanceof ProviderError || error instanceof SyncCustomerGone || error instanceof ProviderPagingRunaway;
    const message = known ? error.message : 'The sync stopped on an unexpected error; the worker log has the details.';
    await db.cdrSyncCursor.update({ where: { id: cursor.id }, data: { state: 'FAILED', lastError: message, ...imported } });
    // Unexpected errors fail the job too, so they show in the job history and are retried.
    if (!known) throw error;
    logger.warn({ cursorId: cursor.id, error: (error as ProviderError | Error).name }, 'cdr sync failed');
    return { status: 'failed', error: message, ...counts };
  }
}

type RunProgress = ReturnType<typeof runProgress>;

/**
 * One run's calls on their way in: provider pages are gathered into batches of up to
 * INGEST_BATCH_CALLS for ingestCalls (pages of 100 would each cost a statement), and the
 * cursor moves only when a whole window is stored.
 */
function runProgress(db: PrismaClient, cursor: { id: string; syncedUntil: Date }, target: IngestTarget, store: (calls: CallRecord[]) => Promise<IngestResult>) {
  const counts: SyncCounts = { inserted: 0, unknownAccount: 0, currencyMismatch: 0 };
  let firstMismatch: CurrencyMismatch | null = null;
  let syncedUntil = cursor.syncedUntil;
  let pending: CallRecord[] = [];
  // Inserted calls, and unknown accounts' calls, not yet added to the cursor's counts.
  let uncounted = 0;
  let unskipped = 0;

  const flush = async () => {
    if (pending.length === 0) return;
    const stored = await store(pending);
    pending = [];
    counts.inserted += stored.inserted;
    counts.unknownAccount += stored.unknownAccount;
    counts.currencyMismatch += stored.currencyMismatch;
    firstMismatch ??= stored.firstMismatch;
    uncounted += stored.inserted;
  };

  return {
    counts,
    get firstMismatch() {
      return firstMismatch;
    },
    get syncedUntil() {
      return syncedUntil;
    },
    get uncounted() {
      return uncounted;
    },
    flush,
    async add(calls: CallRecord[]) {
      // Calls before the cursor were seen by an earlier run (the overlap): counted then.
      for (const call of calls) if (call.startedAt >= cursor.syncedUntil && !customerOfCall(target, call)) unskipped++;
      pending.push(...calls);
      if (pending.length >= INGEST_BATCH_CALLS) await flush();
    },
    async advance(until: Date) {
      await flush();
      if (until > syncedUntil) syncedUntil = until;
      await db.cdrSyncCursor.update({ where: { id: cursor.id }, data: { syncedUntil, callsImported: { increment: uncounted }, callsSkipped: { increment: unskipped } } });
      uncounted = 0;
      unskipped = 0;
    },
  };
}

function logSync(cursorId: string, context: SyncContext, counts: SyncCounts): void {
  logger.info({ cursorId, provider: context.kind, ...counts }, 'cdr sync done');
  // Calls of accounts the portal does not manage (another reseller's, or not yet linked).
  if (counts.unknownAccount > 0) logger.info({ cursorId, skipped: counts.unknownAccount }, 'cdr sync skipped calls of unknown provider accounts');
}
