import type { ScopedDb } from '../../tenancy/scoped-db.ts';
import { dayAsDate, firstOfMonth, lastOfMonth } from './calendar-days.ts';
import type { UsagePeriod } from './usage-period.ts';

/**
 * Partner-wide rankings (top customers, top numbers) would have to add up every customer's
 * every day. The monthly customer rollup gives each customer an upper bound instead: its
 * sums over the whole months around the period (sums never go below zero). They are
 * trusted only when they add up to the daily partner rollup over the same months, so a
 * month the monthly rollups do not hold (yet) means falling back to the daily rows.
 */
export type MonthSpan = { months: { gte: Date; lte: Date }; days: { gte: Date; lte: Date } };

export function monthSpan(period: Pick<UsagePeriod, 'from' | 'to'>): MonthSpan {
  return {
    months: { gte: dayAsDate(firstOfMonth(period.from)), lte: dayAsDate(firstOfMonth(period.to)) },
    days: { gte: dayAsDate(firstOfMonth(period.from)), lte: dayAsDate(lastOfMonth(period.to)) },
  };
}

type Totals = Map<string, { calls: number; seconds: bigint }>;
type SumRow = { currency: string; _sum: { calls: number | null; billableSeconds: bigint | null } };

export function totalsByCurrency(rows: SumRow[]): Totals {
  const totals: Totals = new Map();
  for (const row of rows) {
    const total = totals.get(row.currency) ?? { calls: 0, seconds: BigInt(0) };
    totals.set(row.currency, { calls: total.calls + (row._sum.calls ?? 0), seconds: total.seconds + (row._sum.billableSeconds ?? BigInt(0)) });
  }
  return totals;
}

/** The partner's daily totals over the months of the span, per currency: what the monthly rows must add up to. */
export async function dailyTotalsOverMonths(db: ScopedDb, span: MonthSpan): Promise<Totals> {
  return totalsByCurrency(await db.partnerUsageDaily.groupBy({ by: ['currency'], where: { day: span.days }, _sum: { calls: true, billableSeconds: true } }));
}

export function sameTotals(a: Totals, b: Totals): boolean {
  const currencies = new Set([...a.keys(), ...b.keys()]);
  return [...currencies].every((currency) => {
    const left = a.get(currency) ?? { calls: 0, seconds: BigInt(0) };
    const right = b.get(currency) ?? { calls: 0, seconds: BigInt(0) };
    return left.calls === right.calls && left.seconds === right.seconds;
  });
}
