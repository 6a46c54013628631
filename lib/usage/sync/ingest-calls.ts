import type { PrismaClient } from '../../db/client.ts';
import type { CallRecord } from '../../providers/types.ts';
import type { Rater } from '../../rating/rate-call.ts';
import { rollupLockKey, rollupUpsertCtes } from '../rollups/rollup-upserts-sql.ts';
import { toCdrBatch, type CurrencyMismatch, type IngestTarget } from './cdr-batch.ts';
import { postgresArrayLiteral } from './postgres-array-literal.ts';

export type { IngestTarget } from './cdr-batch.ts';

export type IngestResult = {
  inserted: number;
  /** Every call not stored: unknown account or currency mismatch (calls already stored count as neither). */
  skipped: number;
  unknownAccount: number;
  currencyMismatch: number;
  firstMismatch: CurrencyMismatch | null;
};

/**
 * One statement per batch: the batch arrives as one typed array per column (each passed as
 * one array literal), is inserted with ON CONFLICT DO NOTHING, and only the rows actually
 * inserted (RETURNING) are added to the five rollup tables in the same statement, so a
 * repeated sync changes nothing.
 */
const INGEST_SQL = `
WITH input AS (
  SELECT * FROM unnest(
    $4::text[], $5::text[], $6::"CallDirection"[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
    $12::timestamptz[], $13::int[], $14::int[], $15::"CallStatus"[], $16::text[], $17::numeric[], $18::numeric[], $19::text[]
  ) AS t("providerCallId", "customerId", direction, "fromNumber", "toNumber", did, destination, "destinationCountry",
         "startedAt", "durationSeconds", "billableSeconds", status, currency, cost, "sellPrice", "ratedPrefix")
),
inserted AS (
  INSERT INTO "Cdr" ("partnerId", "connectionId", "providerCallId", "customerId", direction, "fromNumber", "toNumber", did, destination,
                     "destinationCountry", "startedAt", "durationSeconds", "billableSeconds", status, currency, cost, "sellPrice", "ratedPrefix")
  SELECT $1, $2, "providerCallId", "customerId", direction, "fromNumber", "toNumber", did, destination,
         "destinationCountry", "startedAt", "durationSeconds", "billableSeconds", status, currency, cost, "sellPrice", "ratedPrefix"
  FROM input
  ON CONFLICT ("connectionId", "providerCallId") DO NOTHING
  RETURNING "customerId", ("startedAt" AT TIME ZONE $3)::date AS day, currency::text AS currency, status, "billableSeconds", cost,
            COALESCE("sellPrice", 0) AS sell, COALESCE("destinationCountry", 'ZZ') AS country, COALESCE(did, '') AS did
),
${rollupUpsertCtes('inserted', '$1')}
SELECT count(*)::int AS inserted FROM inserted`;

/**
 * THE ingestion path of call records (the sync and the benchmark): maps and rates the batch
 * in memory, then stores it and its rollup deltas in one round trip. Rated with the
 * partner's price list in each customer's currency (`raters`, from lib/rating/load-rater).
 * Batches of a few thousand calls keep the statement's arrays at a comfortable size.
 */
export async function ingestCalls(db: PrismaClient, target: IngestTarget, calls: CallRecord[], raters: Map<string, Rater | null>): Promise<IngestResult> {
  const batch = toCdrBatch(target, calls, raters);
  const skipped = batch.unknownAccount + batch.currencyMismatch;
  const result = { skipped, unknownAccount: batch.unknownAccount, currencyMismatch: batch.currencyMismatch, firstMismatch: batch.firstMismatch };
  if (batch.rows === 0) return { inserted: 0, ...result };

  const c = batch.columns;
  const columns = [
    c.providerCallId,
    c.customerId,
    c.direction,
    c.fromNumber,
    c.toNumber,
    c.did,
    c.destination,
    c.destinationCountry,
    c.startedAt,
    c.durationSeconds,
    c.billableSeconds,
    c.status,
    c.currency,
    c.cost,
    c.sellPrice,
    c.ratedPrefix,
  ].map(postgresArrayLiteral);
  const [, rows] = await db.$transaction([
    // Shared: syncs of one partner run side by side; a rollup rebuild waits for them (and they for it).
    db.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${rollupLockKey(target.partnerId)}))`,
    db.$queryRawUnsafe<Array<{ inserted: number }>>(INGEST_SQL, target.partnerId, target.connectionId, target.timeZone, ...columns),
  ]);
  return { inserted: rows[0]?.inserted ?? 0, ...result };
}
