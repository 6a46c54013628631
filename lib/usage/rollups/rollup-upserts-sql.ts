/** Calls, billable seconds, cost and sell of a group. */
const sums = `count(*)::int, sum("billableSeconds")::bigint, sum(cost), sum(sell)`;

/** Adds the new group's sums to the stored row (`r`). */
const add = (table: string) =>
  `calls = ${table}.calls + EXCLUDED.calls, "billableSeconds" = ${table}."billableSeconds" + EXCLUDED."billableSeconds", cost = ${table}.cost + EXCLUDED.cost, sell = ${table}.sell + EXCLUDED.sell`;

/**
 * The rollup tables as data-modifying CTEs over a set of calls: five daily ones, so the sync
 * (new calls only) and a rebuild (a whole period) add to them with the same statement, and
 * two monthly ones the sync adds to as well (a rebuild recomputes those from the days).
 *
 * `source` names a CTE with the columns "customerId", day (in the partner's zone),
 * currency, status, "billableSeconds", cost, sell (0 when unrated), country ('ZZ' when
 * unknown) and did ('' when none); `partnerId` is the SQL placeholder of the partner's id.
 * Each upsert adds its group's sums to the existing row. Groups are written in key order,
 * so two syncs of one partner lock shared rows in the same order and cannot deadlock.
 */
export function dailyRollupCtes(source: string, partnerId: string): string {
  return `
customer_days AS (
  INSERT INTO "UsageDaily" AS r ("partnerId", "customerId", day, currency, calls, "billableSeconds", cost, sell, "answeredCalls")
  SELECT ${partnerId}, "customerId", day, min(currency), ${sums}, (count(*) FILTER (WHERE status = 'ANSWERED'))::int
  FROM ${source} GROUP BY "customerId", day ORDER BY "customerId", day
  ON CONFLICT ("partnerId", "customerId", day) DO UPDATE SET ${add('r')}, "answeredCalls" = r."answeredCalls" + EXCLUDED."answeredCalls"
),
partner_days AS (
  INSERT INTO "PartnerUsageDaily" AS r ("partnerId", day, currency, calls, "billableSeconds", cost, sell, "answeredCalls")
  SELECT ${partnerId}, day, currency, ${sums}, (count(*) FILTER (WHERE status = 'ANSWERED'))::int
  FROM ${source} GROUP BY day, currency ORDER BY day, currency
  ON CONFLICT ("partnerId", day, currency) DO UPDATE SET ${add('r')}, "answeredCalls" = r."answeredCalls" + EXCLUDED."answeredCalls"
),
customer_destinations AS (
  INSERT INTO "UsageDestinationDaily" AS r ("partnerId", "customerId", day, country, currency, calls, "billableSeconds", cost, sell)
  SELECT ${partnerId}, "customerId", day, country, min(currency), ${sums}
  FROM ${source} GROUP BY "customerId", day, country ORDER BY "customerId", day, country
  ON CONFLICT ("partnerId", "customerId", day, country) DO UPDATE SET ${add('r')}
),
partner_destinations AS (
  INSERT INTO "PartnerUsageDestinationDaily" AS r ("partnerId", day, currency, country, calls, "billableSeconds", cost, sell)
  SELECT ${partnerId}, day, currency, country, ${sums}
  FROM ${source} GROUP BY day, currency, country ORDER BY day, currency, country
  ON CONFLICT ("partnerId", day, currency, country) DO UPDATE SET ${add('r')}
),
customer_dids AS (
  INSERT INTO "UsageDidDaily" AS r ("partnerId", "customerId", day, did, currency, calls, "billableSeconds", cost, sell)
  SELECT ${partnerId}, "customerId", day, did, min(currency), ${sums}
  FROM ${source} GROUP BY "customerId", day, did ORDER BY "customerId", day, did
  ON CONFLICT ("partnerId", "customerId", day, did) DO UPDATE SET ${add('r')}
)`;
}

/** The monthly rollups (UsageMonthly, UsageDidMonthly), same `source` and placeholder; month = first day of the local month. */
export function monthlyRollupCtes(source: string, partnerId: string): string {
  return `
customer_months AS (
  INSERT INTO "UsageMonthly" AS r ("partnerId", month, "customerId", currency, calls, "billableSeconds", cost, sell, "answeredCalls")
  SELECT ${partnerId}, date_trunc('month', day)::date AS month, "customerId", min(currency), ${sums}, (count(*) FILTER (WHERE status = 'ANSWERED'))::int
  FROM ${source} GROUP BY 2, "customerId" ORDER BY 2, "customerId"
  ON CONFLICT ("partnerId", month, "customerId") DO UPDATE SET ${add('r')}, "answeredCalls" = r."answeredCalls" + EXCLUDED."answeredCalls"
),
customer_did_months AS (
  INSERT INTO "UsageDidMonthly" AS r ("partnerId", month, "customerId", did, currency, calls, "billableSeconds", cost, sell)
  SELECT ${partnerId}, date_trunc('month', day)::date AS month, "customerId", did, min(currency), ${sums}
  FROM ${source} GROUP BY 2, "customerId", did ORDER BY 2, "customerId", did
  ON CONFLICT ("partnerId", month, "customerId", did) DO UPDATE SET ${add('r')}
)`;
}

/** Every rollup, daily and monthly: what the sync adds its new calls to. */
export function rollupUpsertCtes(source: string, partnerId: string): string {
  return `${dailyRollupCtes(source, partnerId)},${monthlyRollupCtes(source, partnerId)}`;
}

/** Rebuilds and the sync serialise per partner through this advisory lock (rebuild exclusive, sync shared). */
export function rollupLockKey(partnerId: string): string {
  return `usage-rollups:${partnerId}`;
}
