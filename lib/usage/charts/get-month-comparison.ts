import { dateAsDay, dayAsDate, dayInZone, dayOfMonth, firstOfMonth, lastOfMonth, shiftMonth } from './calendar-days.ts';
import { UsageTally, orderCurrencies, type RollupSums, type UsageFigures } from './usage-figures.ts';
import { usageSource, type UsageScope } from './usage-source.ts';

export type MonthUsage = {
  /** YYYY-MM in the partner's time zone. */
  month: string;
  from: string;
  to: string;
  totals: UsageFigures;
};

export type MonthComparison = {
  timeZone: string;
  currencies: string[];
  /** From the 1st to today. */
  thisMonth: MonthUsage;
  /** The whole of last month. */
  lastMonth: MonthUsage;
  /** Last month from the 1st to the same day of the month as today: the fair comparison for deltas. */
  lastMonthToDate: MonthUsage;
  /** Running totals per day of the month; null where a month has not reached (or has no) such day. */
  cumulative: Array<{ dayOfMonth: number; thisMonth: UsageFigures | null; lastMonth: UsageFigures | null }>;
};

/** This month so far against last month, days in the partner's time zone, from the daily rollups. */
export async function getMonthComparison(scope: UsageScope, { customerId, now = new Date() }: { customerId?: string; now?: Date } = {}): Promise<MonthComparison> {
  const source = await usageSource(scope, customerId);
  const today = dayInZone(now, source.timeZone);
  const thisFrom = firstOfMonth(today);
  const lastFrom = shiftMonth(today, -1);
  const lastTo = lastOfMonth(lastFrom);
  const lastToDateTo = `${lastFrom.slice(0, 8)}${String(Math.min(dayOfMonth(today), dayOfMonth(lastTo))).padStart(2, '0')}`;

  const day = { gte: dayAsDate(lastFrom), lte: dayAsDate(today) };
  const select = { day: true, currency: true, calls: true, billableSeconds: true, sell: true, cost: true } as const;
  const rows: Array<RollupSums & { day: Date }> = source.customerId
    ? await source.db.usageDaily.findMany({ where: { customerId: source.customerId, day }, select })
    : await source.db.partnerUsageDaily.findMany({ where: { day }, select });

  const daily = { this: new Map<number, UsageTally>(), last: new Map<number, UsageTally>() };
  for (const row of rows) {
    const key = dateAsDay(row.day);
    const month = key >= thisFrom ? daily.this : daily.last;
    month.set(dayOfMonth(key), (month.get(dayOfMonth(key)) ?? new UsageTally()).add(row));
  }
  const currencies = orderCurrencies(rows.map((row) => row.currency), source.partnerCurrency);
  const figures = (tally: UsageTally) => tally.figures(currencies, source.showCost);

  const running = { this: new UsageTally(), last: new UsageTally() };
  let lastToDate = new UsageTally();
  const cumulative: MonthComparison['cumulative'] = [];
  for (let dayNumber = 1; dayNumber <= Math.max(dayOfMonth(lastOfMonth(today)), dayOfMonth(lastTo)); dayNumber += 1) {
    running.this.addTally(daily.this.get(dayNumber) ?? new UsageTally());
    running.last.addTally(daily.last.get(dayNumber) ?? new UsageTally());
    if (dayNumber === dayOfMonth(lastToDateTo)) lastToDate = new UsageTally().addTally(running.last);
    cumulative.push({
      dayOfMonth: dayNumber,
      thisMonth: dayNumber <= dayOfMonth(today) ? figures(running.this) : null,
      lastMonth: dayNumber <= dayOfMonth(lastTo) ? figures(running.last) : null,
    });
  }
  return {
    timeZone: source.timeZone,
    currencies,
    thisMonth: { month: thisFrom.slice(0, 7), from: thisFrom, to: today, totals: figures(running.this) },
    lastMonth: { month: lastFrom.slice(0, 7), from: lastFrom, to: lastTo, totals: figures(running.last) },
    lastMonthToDate: { month: lastFrom.slice(0, 7), from: lastFrom, to: lastToDateTo, totals: figures(lastToDate) },
    cumulative,
  };
}
