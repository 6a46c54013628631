import pg from 'pg';
import type { PrismaClient } from '../lib/db/client.ts';
import { createRater } from '../lib/rating/rate-call.ts';
import { benchRateCard } from './bench-price-list.ts';
import { ingestionFigures, type IngestionFigures } from './bench-results.ts';
import type { SeededTenant } from './bench-tenants.ts';
import type { TenantPlan } from './cdr-generator.ts';
import { checkpoint, copyBaseline } from './copy-baseline.ts';
import { EUR_PER_USD } from './dialling-plans.ts';
import { connectionStreams, ingestStreams } from './ingest-phase.ts';
import { thousands } from './text-table.ts';

export type BenchTenant = { plan: TenantPlan; seeded: SeededTenant };

/**
 * The ingestion measurement, in a fair order: both tenants' calls through ingestCalls into
 * the empty tables, then the same stored rows through COPY into the emptied Cdr table (same
 * indexes), each after a checkpoint. Ends with VACUUM ANALYZE, so the read measurements see
 * the statistics and visibility map a settled database has (autovacuum may be off or late).
 */
export async function ingestThenCopy(
  db: PrismaClient,
  databaseUrl: string,
  tenants: { main: BenchTenant; other: BenchTenant },
  options: { batchSize?: number; workers: number; say: (line: string) => void; progress: (line: string) => void },
): Promise<IngestionFigures> {
  const { main, other } = tenants;
  const streams = [
    ...connectionStreams(main.plan, main.seeded, new Map([['USD', createRater(benchRateCard('USD'))]]), { batchSize: options.batchSize }),
    ...connectionStreams(other.plan, other.seeded, new Map([['EUR', createRater(benchRateCard('EUR', EUR_PER_USD))]]), {
      batchSize: options.batchSize,
      currencyRate: EUR_PER_USD,
    }),
  ];
  const total = main.plan.rows + other.plan.rows;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await checkpoint(admin);
    const ms = await ingestStreams(db, streams, options.workers, (done) => options.progress(`ingesting ${thousands(done)} / ${thousands(total)}`));
    options.progress('\n');
    const byConnection = streams.map((stream) => stream.figure);
    options.say(`ingested ${thousands(byConnection.reduce((sum, figure) => sum + figure.inserted, 0))} calls in ${(ms / 1000).toFixed(1)} s; loading the same rows with COPY`);
    const copy = await copyBaseline(databaseUrl);
    options.say('VACUUM ANALYZE');
    await admin.query('VACUUM ANALYZE');
    return ingestionFigures(byConnection, ms, options.workers, copy);
  } finally {
    await admin.end();
  }
}
