import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import { Prisma } from '../../db/client.ts';
import type { ScopedDb } from '../../tenancy/scoped-db.ts';
import { dayAsDate } from './calendar-days.ts';
import { dailyTotalsOverMonths, monthSpan, sameTotals, totalsByCurrency } from './monthly-bounds.ts';
import { maxValuedFor, topByBound } from './top-by-bound.ts';
import { UsageTally, orderCurrencies, type UsageFigures } from './usage-figures.ts';
import { assertUsagePeriod, type UsagePeriod } from './usage-period.ts';
import { usageSource } from './usage-source.ts';

export type TopCustomer = UsageFigures & { customerId: string; name: string };

/** Revenue cannot be ranked across currencies, so each currency has its own list. */
export type TopCustomers = Array<{ currency: string; customers: TopCustomer[] }>;

export const TOP_CUSTOMERS = 10;

const SUMS = { calls: true, billableSeconds: true, sell: true, cost: true } as const;
type CustomerSums = { customerId: string; _sum: { calls: number | null; billableSeconds: bigint | null; sell: Prisma.Decimal | null; cost: Prisma.Decimal | null } };
type Day = { gte: Date; lte: Date };

/** Ranks every customer of one currency on the daily rows: exact, and slow for a large partner over a long period. */
function rankOnDailyRows(db: ScopedDb, currency: string, day: Day, limit: number): Promise<CustomerSums[]> {
  return db.usageDaily.groupBy({ by: ['customerId'], where: { currency, day }, _sum: SUMS, orderBy: [{ _sum: { sell: 'desc' } }, { customerId: 'asc' }], take: limit });
}

/**
 * The same ranking, per currency, reading the daily rows of only the customers whose
 * monthly sums could make the list; null when the monthly rollups do not cover the months.
 */
export async function rankCustomersWithMonthlyBounds(db: ScopedDb, period: Pick<UsagePeriod, 'from' | 'to'>, day: Day, limit: number): Promise<Map<string, CustomerSums[]> | null> {
  const span = monthSpan(period);
  const [monthlyTotals, dailyTotals] = await Promise.all([
    db.usageMonthly.groupBy({ by: ['currency'], where: { month: span.months }, _sum: { calls: true, billableSeconds: true } }),
    dailyTotalsOverMonths(db, span),
  ]);
  if (!sameTotals(totalsByCurrency(monthlyTotals), dailyTotals)) return null;
  const ranked = await Promise.all(
    monthlyTotals.map(async ({ currency }) => {
      const bounds = await db.usageMonthly.groupBy({
        by: ['customerId'],
        where: { currency, month: span.months },
        _sum: { sell: true },
        orderBy: [{ _sum: { sell: 'desc' } }],
        take: maxValuedFor(limit) + 1,
      });
      const top = await topByBound(
        bounds.map((row) => ({ key: row.customerId, bound: row._sum.sell ?? new Prisma.Decimal(0) })),
        limit,
        async (customerIds) =>
          (await db.usageDaily.groupBy({ by: ['customerId'], where: { currency, day, customerId: { in: customerIds } }, _sum: SUMS })).map((row) => ({
            key: row.customerId,
            value: row._sum.sell ?? new Prisma.Decimal(0),
            row,
          })),
      );
      return [currency, top] as const;
    }),
  );
  if (ranked.some(([, top]) => top === null)) return null;
  return new Map(ranked.map(([currency, top]) => [currency, top ?? []]));
}

/** The partner's customers with the most revenue (sell) in the period, per currency, from the usage rollups. */
export async function getTopCustomers(scope: PartnerScope, period: Omit<UsagePeriod, 'customerId'>, { limit = TOP_CUSTOMERS }: { limit?: number } = {}): Promise<TopCustomers> {
  assertUsagePeriod(period);
  const { db, partnerCurrency } = await usageSource(scope);
  const day = { gte: dayAsDate(period.from), lte: dayAsDate(period.to) };
  const [monthly, currencyRows] = await Promise.all([rankCustomersWithMonthlyBounds(db, period, day, limit), db.partnerUsageDaily.groupBy({ by: ['currency'], where: { day } })]);
  const currencies = orderCurrencies(
    currencyRows.map((row) => row.currency),
    partnerCurrency,
  );
  const lists = await Promise.all(currencies.map((currency) => monthly?.get(currency) ?? (monthly ? [] : rankOnDailyRows(db, currency, day, limit))));
  const ids = [...new Set(lists.flat().map((row) => row.customerId))];
  const names = new Map((await db.customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => [row.id, row.name]));
  return currencies.map((currency, index) => ({
    currency,
    customers: lists[index]!.map((row) => ({
      customerId: row.customerId,
      name: names.get(row.customerId) ?? 'Unknown customer',
      ...new UsageTally().add({ currency, ...row._sum }).figures([currency], true),
    })),
  }));
}
