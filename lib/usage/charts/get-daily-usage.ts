import { dateAsDay, dayAsDate, listDays } from './calendar-days.ts';
import { UsageTally, orderCurrencies, type RollupSums, type UsageFigures } from './usage-figures.ts';
import { assertUsagePeriod, type UsagePeriod } from './usage-period.ts';
import { usageSource, type UsageScope } from './usage-source.ts';

export type DailyUsage = {
  from: string;
  to: string;
  /** Every currency with usage in the period, the partner's first; each day lists them all. */
  currencies: string[];
  /** One entry per day of the period, zeros where there were no calls. */
  days: Array<UsageFigures & { day: string }>;
  totals: UsageFigures;
};

/** Calls, minutes and money per day of the period, from the daily rollups. */
export async function getDailyUsage(scope: UsageScope, period: UsagePeriod): Promise<DailyUsage> {
  assertUsagePeriod(period);
  const source = await usageSource(scope, period.customerId);
  const day = { gte: dayAsDate(period.from), lte: dayAsDate(period.to) };
  const select = { day: true, currency: true, calls: true, billableSeconds: true, sell: true, cost: true } as const;
  const rows: Array<RollupSums & { day: Date }> = source.customerId
    ? await source.db.usageDaily.findMany({ where: { customerId: source.customerId, day }, select })
    : await source.db.partnerUsageDaily.findMany({ where: { day }, select });

  const byDay = new Map<string, UsageTally>();
  const totals = new UsageTally();
  for (const row of rows) {
    const key = dateAsDay(row.day);
    byDay.set(key, (byDay.get(key) ?? new UsageTally()).add(row));
    totals.add(row);
  }
  const currencies = orderCurrencies(rows.map((row) => row.currency), source.partnerCurrency);
  return {
    from: period.from,
    to: period.to,
    currencies,
    days: listDays(period.from, period.to).map((key) => ({ day: key, ...(byDay.get(key) ?? new UsageTally()).figures(currencies, source.showCost) })),
    totals: totals.figures(currencies, source.showCost),
  };
}
