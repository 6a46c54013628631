import { Prisma } from '../../db/client.ts';
import type { ScopedDb } from '../../tenancy/scoped-db.ts';
import { dailyTotalsOverMonths, monthSpan, sameTotals, totalsByCurrency } from './monthly-bounds.ts';
import { maxValuedFor, topByBound } from './top-by-bound.ts';
import type { UsagePeriod } from './usage-period.ts';

export type DidSums = {
  customerId: string;
  did: string;
  currency: string;
  _sum: { calls: number | null; billableSeconds: bigint | null; sell: Prisma.Decimal | null; cost: Prisma.Decimal | null };
};

const SUMS = { calls: true, billableSeconds: true, sell: true, cost: true } as const;
type Day = { gte: Date; lte: Date };

// Ties go by number, as the daily ranking orders them; a NUL cannot occur in either part.
const keyOf = (row: { customerId: string; did: string }) => `${row.did}\u0000${row.customerId}`;

/** Every number of the customer (or of the whole partner) ranked on the daily rows: exact, and slow partner-wide. */
function rankOnDailyRows(db: ScopedDb, customerId: string | null, day: Day, limit: number): Promise<DidSums[]> {
  return db.usageDidDaily.groupBy({
    // A DID belongs to one customer, whose currency is fixed: grouping by them adds no groups.
    by: ['customerId', 'did', 'currency'],
    where: { ...(customerId ? { customerId } : {}), day },
    _sum: SUMS,
    orderBy: [{ _sum: { billableSeconds: 'desc' } }, { did: 'asc' }, { customerId: 'asc' }],
    take: limit,
  });
}

/**
 * The partner-wide ranking, reading the daily rows only of customers whose monthly minutes
 * could hold a top number: a number never has more minutes than its customer. Null when the
 * monthly rollups do not cover the months.
 */
export async function rankDidsWithMonthlyBounds(db: ScopedDb, period: Pick<UsagePeriod, 'from' | 'to'>, day: Day, limit: number): Promise<DidSums[] | null> {
  const span = monthSpan(period);
  const [bounds, monthlyTotals, dailyTotals] = await Promise.all([
    db.usageMonthly.groupBy({
      by: ['customerId'],
      where: { month: span.months },
      _sum: { billableSeconds: true },
      orderBy: [{ _sum: { billableSeconds: 'desc' } }],
      take: maxValuedFor(limit) + 1,
    }),
    db.usageMonthly.groupBy({ by: ['currency'], where: { month: span.months }, _sum: { calls: true, billableSeconds: true } }),
    dailyTotalsOverMonths(db, span),
  ]);
  if (!sameTotals(totalsByCurrency(monthlyTotals), dailyTotals)) return null;
  return topByBound(
    bounds.map((row) => ({ key: row.customerId, bound: new Prisma.Decimal((row._sum.billableSeconds ?? BigInt(0)).toString()) })),
    limit,
    async (customerIds) =>
      (await db.usageDidDaily.groupBy({ by: ['customerId', 'did', 'currency'], where: { day, customerId: { in: customerIds } }, _sum: SUMS })).map((row) => ({
        key: keyOf(row),
        value: new Prisma.Decimal((row._sum.billableSeconds ?? BigInt(0)).toString()),
        row,
      })),
  );
}

/** The `limit` numbers with the most minutes in the period, one customer's or the whole partner's. */
export async function rankDids(db: ScopedDb, customerId: string | null, period: Pick<UsagePeriod, 'from' | 'to'>, day: Day, limit: number): Promise<DidSums[]> {
  if (customerId) return rankOnDailyRows(db, customerId, day, limit);
  return (await rankDidsWithMonthlyBounds(db, period, day, limit)) ?? rankOnDailyRows(db, null, day, limit);
}
