import { Prisma, type PrismaClient } from '../../db/client.ts';
import { formatDateInZone, parseInZone } from '../../providers/billing-platform/zoned-time.ts';
import { scopedDb, type ScopedDb } from '../../tenancy/scoped-db.ts';
import type { CallFilters } from './call-filters.ts';
import { seesCost, type CallScope } from './call-scope.ts';
import { callWhereSql } from './call-where-sql.ts';
import { resolveCallFilters, type ResolvedCallFilters } from './resolve-call-filters.ts';

export type CurrencyTotals = {
  currency: string;
  calls: number;
  /** Decimal strings with 6 places. Cost and margin are null for customers. */
  cost: string | null;
  /** What the partner charges: unrated calls count as 0, as in the usage rollups. */
  sell: string;
  margin: string | null;
};

export type CallTotals = {
  calls: number;
  answered: number;
  billableSeconds: number;
  /** Money never adds up across currencies. */
  byCurrency: CurrencyTotals[];
  /** "rollups" when the daily usage tables answered (whole days, no call-level filter). */
  source: 'rollups' | 'calls';
};

type SumRow = { currency: string; calls: number; answered: number; billableSeconds: bigint | number; cost: Prisma.Decimal | string; sell: Prisma.Decimal | string };

function toTotals(scope: CallScope, rows: SumRow[], source: CallTotals['source']): CallTotals {
  const byCurrency = rows
    .filter((row) => Number(row.calls) > 0)
    .map((row) => {
      const cost = new Prisma.Decimal(row.cost);
      const sell = new Prisma.Decimal(row.sell);
      return {
        currency: row.currency,
        calls: Number(row.calls),
        cost: seesCost(scope) ? cost.toFixed(6) : null,
        sell: sell.toFixed(6),
        margin: seesCost(scope) ? sell.minus(cost).toFixed(6) : null,
      };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return {
    calls: rows.reduce((sum, row) => sum + Number(row.calls), 0),
    answered: rows.reduce((sum, row) => sum + Number(row.answered), 0),
    billableSeconds: rows.reduce((sum, row) => sum + Number(row.billableSeconds), 0),
    byCurrency,
    source,
  };
}

/** The partner-zone day an instant starts, or null when it is not that day's midnight. */
function partnerDayAt(instant: Date, timeZone: string): string | null {
  const day = formatDateInZone(instant, timeZone);
  return parseInZone(day, timeZone)?.getTime() === instant.getTime() ? day : null;
}

/**
 * The daily rollups hold exactly these totals when the filter is whole days of the
 * partner's calendar (their day boundaries) and at most a customer: then a few hundred
 * rollup rows answer instead of a scan of every call in the period.
 */
function rollupDays(filters: ResolvedCallFilters): { from?: Date; to?: Date } | null {
  if (filters.did || filters.destination || filters.status || filters.minDuration) return null;
  const from = filters.from ? partnerDayAt(filters.from, filters.partnerTimeZone) : undefined;
  const to = filters.to ? partnerDayAt(filters.to, filters.partnerTimeZone) : undefined;
  if (from === null || to === null) return null;
  // Rollup days are `date` columns, which Prisma reads and writes as UTC midnights.
  return { from: from ? new Date(`${from}T00:00:00Z`) : undefined, to: to ? new Date(`${to}T00:00:00Z`) : undefined };
}

async function totalsFromRollups(db: ScopedDb, scope: CallScope, customerId: string | undefined, days: { from?: Date; to?: Date }): Promise<SumRow[]> {
  const day = { ...(days.from ? { gte: days.from } : {}), ...(days.to ? { lt: days.to } : {}) };
  const _sum = { calls: true, answeredCalls: true, billableSeconds: true, cost: true, sell: true } as const;
  const groups =
    scope.area === 'customer' || customerId
      ? await db.usageDaily.groupBy({ by: ['currency'], where: { ...(customerId ? { customerId } : {}), day }, _sum })
      : await db.partnerUsageDaily.groupBy({ by: ['currency'], where: { day }, _sum });
  return groups.map((group) => ({
    currency: group.currency,
    calls: group._sum.calls ?? 0,
    answered: group._sum.answeredCalls ?? 0,
    billableSeconds: group._sum.billableSeconds ?? 0,
    cost: group._sum.cost ?? '0',
    sell: group._sum.sell ?? '0',
  }));
}

function totalsFromCalls(db: ScopedDb, scope: CallScope, filters: ResolvedCallFilters): Promise<SumRow[]> {
  return db.$queryRaw<SumRow[]>`
    SELECT c.currency,
           count(*)::int AS calls,
           (count(*) FILTER (WHERE c.status = 'ANSWERED'))::int AS answered,
           coalesce(sum(c."billableSeconds"), 0)::bigint AS "billableSeconds",
           coalesce(sum(c.cost), 0)::text AS cost,
           coalesce(sum(coalesce(c."sellPrice", 0)), 0)::text AS sell
    FROM "Cdr" c
    WHERE ${callWhereSql(scope, filters)}
    GROUP BY c.currency`;
}

/**
 * Count, answered calls, billable seconds and money per currency of the filtered calls (the
 * sort and page do not matter). Over a long period this scans many calls, so pages load it
 * apart from the rows; whole-day filters read the daily rollups instead.
 */
export async function getCallTotals(scope: CallScope, filters: CallFilters, base?: PrismaClient): Promise<CallTotals> {
  // Raw SQL is not filtered by the scoped client: callWhereSql carries the tenant predicate.
  const db = scopedDb(scope, base);
  const resolved = await resolveCallFilters(scope, filters, base);
  const days = rollupDays(resolved);
  if (days) return toTotals(scope, await totalsFromRollups(db, scope, resolved.customerId, days), 'rollups');
  return toTotals(scope, await totalsFromCalls(db, scope, resolved), 'calls');
}
