import { performance } from 'node:perf_hooks';
import type { PrismaClient } from '../lib/db/client.ts';
import type { CallRecord, ProviderKind } from '../lib/providers/types.ts';
import type { Rater } from '../lib/rating/rate-call.ts';
import type { IngestTarget } from '../lib/usage/sync/ingest-calls.ts';
import { ingestCalls } from '../lib/usage/sync/ingest-calls.ts';
import { INGEST_BATCH_CALLS, SYNC_POLICIES } from '../lib/usage/sync/sync-policies.ts';
import { connectionCallPages, type TenantPlan } from './cdr-generator.ts';
import type { SeededTenant } from './bench-tenants.ts';

/**
 * Feeds calls to the real ingestion path the way the sync does: each connection's calls
 * oldest first, in provider pages of the size the sync asks that provider for, gathered
 * into batches of up to INGEST_BATCH_CALLS and flushed at the end of each sync window
 * (syncCdrCursor); as many connections at once as the job runner runs sync workers.
 */
export type ConnectionIngestion = { partner: string; kind: ProviderKind; pageSize: number; batchSize: number; rows: number; inserted: number; skipped: number; batches: number };

export type IngestStream = { figure: ConnectionIngestion; target: IngestTarget; raters: Map<string, Rater | null>; batches: Iterator<CallRecord[]> };

const DAY_MS = 86_400_000;

/** Provider pages, gathered as the sync gathers them: flushed when full or when a window ends. */
function* syncBatches(pages: Iterable<CallRecord[]>, batchSize: number, windowMs: number): Generator<CallRecord[]> {
  let pending: CallRecord[] = [];
  let windowEnd = Number.NEGATIVE_INFINITY;
  for (const page of pages) {
    const first = page[0]!.startedAt.getTime();
    if (first >= windowEnd) {
      if (pending.length > 0) yield pending;
      pending = [];
      windowEnd = first + windowMs;
    }
    pending.push(...page);
    if (pending.length >= batchSize) {
      yield pending;
      pending = [];
    }
  }
  if (pending.length > 0) yield pending;
}

/** One stream of batches per connection of the tenant, as its sync cursor would store them. */
export function connectionStreams(
  plan: TenantPlan,
  tenant: SeededTenant,
  raters: Map<string, Rater | null>,
  options: { batchSize?: number; currencyRate?: number },
): IngestStream[] {
  return tenant.connections.map(({ kind, target }, connection) => {
    const policy = SYNC_POLICIES[kind];
    // The generator lists a connection's calls as one stream, as connection-wide listings do.
    if (policy.scope !== 'connection') throw new Error(`The benchmark generates connection-wide listings; ${kind} lists calls per customer.`);
    const batchSize = options.batchSize ?? INGEST_BATCH_CALLS;
    const pages = connectionCallPages(plan, connection, policy.perPage, options.currencyRate);
    return {
      figure: { partner: plan.slug, kind, pageSize: policy.perPage, batchSize, rows: 0, inserted: 0, skipped: 0, batches: 0 },
      target,
      raters,
      batches: syncBatches(pages, batchSize, policy.windowDays * DAY_MS),
    };
  });
}

/**
 * Runs the streams with `workers` of them in flight at a time, in rounds: the next batch of
 * each active stream is generated (not timed), then stored side by side (timed, until the
 * slowest of the round is done). Returns the timed milliseconds.
 */
export async function ingestStreams(db: PrismaClient, streams: IngestStream[], workers: number, onProgress?: (rows: number) => void): Promise<number> {
  const waiting = [...streams];
  let active: IngestStream[] = [];
  let ms = 0;
  let rows = 0;
  for (;;) {
    while (active.length < workers && waiting.length > 0) active.push(waiting.shift()!);
    if (active.length === 0) return ms;
    const round = active.map((stream) => ({ stream, next: stream.batches.next() }));
    active = round.filter(({ next }) => !next.done).map(({ stream }) => stream);
    const work = round.flatMap(({ stream, next }) => (next.done ? [] : [{ stream, calls: next.value }]));
    if (work.length === 0) continue;
    const started = performance.now();
    const results = await Promise.all(work.map(({ stream, calls }) => ingestCalls(db, stream.target, calls, stream.raters)));
    ms += performance.now() - started;
    for (const [index, { stream, calls }] of work.entries()) {
      stream.figure.rows += calls.length;
      stream.figure.inserted += results[index]!.inserted;
      stream.figure.skipped += results[index]!.skipped;
      stream.figure.batches += 1;
      rows += calls.length;
    }
    onProgress?.(rows);
  }
}
