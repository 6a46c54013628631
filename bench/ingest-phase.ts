import { performance } from 'node:perf_hooks';
import type { PrismaClient } from '../lib/db/client.ts';
import type { ProviderKind } from '../lib/providers/types.ts';
import type { Rater } from '../lib/rating/rate-call.ts';
import { ingestCalls } from '../lib/usage/sync/ingest-calls.ts';
import { SYNC_POLICIES } from '../lib/usage/sync/sync-policies.ts';
import { connectionCallPages, type TenantPlan } from './cdr-generator.ts';
import type { SeededTenant } from './bench-tenants.ts';

/**
 * Feeds a tenant's calls to the real ingestion path, connection by connection, oldest page
 * first, one ingestCalls per provider page of the size the sync asks that provider for
 * (lib/usage/sync/sync-policies.ts), as syncCdrCursor does. Only the ingestCalls calls are
 * timed; generating the next page happens between them and is not counted.
 */
export type ConnectionIngestion = { kind: ProviderKind; pageSize: number; rows: number; inserted: number; skipped: number; batches: number; ms: number };

export async function ingestTenantCalls(
  db: PrismaClient,
  plan: TenantPlan,
  tenant: SeededTenant,
  raters: Map<string, Rater | null>,
  options: { pageSize?: number; currencyRate?: number; onProgress?: (rows: number) => void },
): Promise<ConnectionIngestion[]> {
  const figures: ConnectionIngestion[] = [];
  let rows = 0;
  for (const [connection, { kind, target }] of tenant.connections.entries()) {
    // The generator lists a connection's calls as one stream, as connection-wide listings do.
    if (SYNC_POLICIES[kind].scope !== 'connection') throw new Error(`The benchmark generates connection-wide listings; ${kind} lists calls per customer.`);
    const pageSize = options.pageSize ?? SYNC_POLICIES[kind].perPage;
    const figure: ConnectionIngestion = { kind, pageSize, rows: 0, inserted: 0, skipped: 0, batches: 0, ms: 0 };
    for (const page of connectionCallPages(plan, connection, pageSize, options.currencyRate)) {
      const started = performance.now();
      const { inserted, skipped } = await ingestCalls(db, target, page, raters);
      figure.ms += performance.now() - started;
      figure.rows += page.length;
      figure.inserted += inserted;
      figure.skipped += skipped;
      figure.batches += 1;
      rows += page.length;
      options.onProgress?.(rows);
    }
    figures.push(figure);
  }
  return figures;
}
