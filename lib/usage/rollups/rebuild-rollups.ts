import type { PrismaClient } from '../../db/client.ts';
import { dailyRollupCtes, rollupLockKey } from './rollup-upserts-sql.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAILY_TABLES = ['UsageDaily', 'PartnerUsageDaily', 'UsageDestinationDaily', 'PartnerUsageDestinationDaily', 'UsageDidDaily'] as const;
const MONTHLY_TABLES = ['UsageMonthly', 'UsageDidMonthly'] as const;

export class InvalidRollupPeriod extends Error {
  constructor(from: string, to: string) {
    super(`Rollups are rebuilt for whole days, from ≤ to, as YYYY-MM-DD: got ${from} to ${to}.`);
    this.name = 'InvalidRollupPeriod';
  }
}

/** The partner's calls of the period, shaped as the rollup upserts read them; $1 partner, $2/$3 days, $4 zone. */
const PERIOD_CALLS = `
period_calls AS (
  SELECT "customerId", ("startedAt" AT TIME ZONE $4)::date AS day, currency::text AS currency, status, "billableSeconds", cost,
         COALESCE("sellPrice", 0) AS sell, COALESCE("destinationCountry", 'ZZ') AS country, COALESCE(did, '') AS did
  FROM "Cdr"
  WHERE "partnerId" = $1 AND "startedAt" >= ($2::date::timestamp AT TIME ZONE $4) AND "startedAt" < (($3::date + 1)::timestamp AT TIME ZONE $4)
)`;

/** The first day of the period's first month, and of the month after its last ($2/$3 days). */
const MONTHS = `months AS (SELECT date_trunc('month', $2::date)::date AS first, (date_trunc('month', $3::date) + interval '1 month')::date AS after)`;

/**
 * The months around the period, again from their (already rebuilt) days: whole months, so
 * days outside the period count as they stand. $1 partner, $2/$3 days.
 */
const REBUILD_MONTHS = `
WITH ${MONTHS},
customer_months AS (
  INSERT INTO "UsageMonthly" ("partnerId", month, "customerId", currency, calls, "answeredCalls", "billableSeconds", cost, sell)
  SELECT $1, date_trunc('month', day)::date, "customerId", min(currency), sum(calls)::int, sum("answeredCalls")::int, sum("billableSeconds")::bigint, sum(cost), sum(sell)
  FROM "UsageDaily" WHERE "partnerId" = $1 AND day >= (SELECT first FROM months) AND day < (SELECT after FROM months)
  GROUP BY 2, "customerId"
)
INSERT INTO "UsageDidMonthly" ("partnerId", month, "customerId", did, currency, calls, "billableSeconds", cost, sell)
SELECT $1, date_trunc('month', day)::date, "customerId", did, min(currency), sum(calls)::int, sum("billableSeconds")::bigint, sum(cost), sum(sell)
FROM "UsageDidDaily" WHERE "partnerId" = $1 AND day >= (SELECT first FROM months) AND day < (SELECT after FROM months)
GROUP BY 2, "customerId", did`;

/**
 * Recomputes one partner's rollups for whole days (YYYY-MM-DD, both included, in the
 * partner's time zone) from its Cdr rows, e.g. after a re-rate changed sell prices: the five
 * daily tables for those days, then the monthly ones for the months they fall in. One
 * transaction, holding the partner's rollup lock exclusively so no sync adds to the same
 * rows meanwhile. Background code: the caller names the partner.
 */
export async function rebuildRollups(db: PrismaClient, partnerId: string, fromDay: string, toDay: string): Promise<void> {
  if (!DAY.test(fromDay) || !DAY.test(toDay) || fromDay > toDay) throw new InvalidRollupPeriod(fromDay, toDay);
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${rollupLockKey(partnerId)}))`;
      const { timeZone } = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { timeZone: true } });
      for (const table of DAILY_TABLES) {
        await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "partnerId" = $1 AND day BETWEEN $2::date AND $3::date`, partnerId, fromDay, toDay);
      }
      await tx.$executeRawUnsafe(`WITH ${PERIOD_CALLS}, ${dailyRollupCtes('period_calls', '$1')} SELECT 1`, partnerId, fromDay, toDay, timeZone);
      for (const table of MONTHLY_TABLES) {
        await tx.$executeRawUnsafe(`WITH ${MONTHS} DELETE FROM "${table}" WHERE "partnerId" = $1 AND month >= (SELECT first FROM months) AND month < (SELECT after FROM months)`, partnerId, fromDay, toDay);
      }
      // Statements of their own: each must see what the one before wrote.
      await tx.$executeRawUnsafe(REBUILD_MONTHS, partnerId, fromDay, toDay);
    },
    // A busy partner's month is hundreds of thousands of calls.
    { timeout: 120_000, maxWait: 30_000 },
  );
}
