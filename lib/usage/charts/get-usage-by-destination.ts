import { dayAsDate } from './calendar-days.ts';
import { countryName } from './country-name.ts';
import { UsageTally, orderCurrencies, type UsageFigures } from './usage-figures.ts';
import { assertUsagePeriod, type UsagePeriod } from './usage-period.ts';
import { usageSource, type UsageScope } from './usage-source.ts';

export type DestinationRow = UsageFigures & { country: string; name: string };

export type UsageByDestination = {
  currencies: string[];
  /** The busiest destination countries by minutes, then calls. */
  top: DestinationRow[];
  /** Everything beyond the top ones; null when there is nothing more. */
  others: (UsageFigures & { countries: number }) | null;
  totals: UsageFigures;
};

export const TOP_DESTINATIONS = 10;

/** Usage per destination country over the period, from the destination rollups. */
export async function getUsageByDestination(scope: UsageScope, period: UsagePeriod, { limit = TOP_DESTINATIONS }: { limit?: number } = {}): Promise<UsageByDestination> {
  assertUsagePeriod(period);
  const source = await usageSource(scope, period.customerId);
  const day = { gte: dayAsDate(period.from), lte: dayAsDate(period.to) };
  const sums = { calls: true, billableSeconds: true, sell: true, cost: true } as const;
  const groups = source.customerId
    ? await source.db.usageDestinationDaily.groupBy({ by: ['country', 'currency'], where: { customerId: source.customerId, day }, _sum: sums })
    : await source.db.partnerUsageDestinationDaily.groupBy({ by: ['country', 'currency'], where: { day }, _sum: sums });

  const byCountry = new Map<string, UsageTally>();
  const totals = new UsageTally();
  for (const group of groups) {
    const row = { currency: group.currency, ...group._sum };
    byCountry.set(group.country, (byCountry.get(group.country) ?? new UsageTally()).add(row));
    totals.add(row);
  }
  const currencies = orderCurrencies(groups.map((group) => group.currency), source.partnerCurrency);
  const ranked = [...byCountry.entries()].sort(([countryA, a], [countryB, b]) => (b.seconds > a.seconds ? 1 : b.seconds < a.seconds ? -1 : b.calls - a.calls || countryA.localeCompare(countryB)));
  const rest = ranked.slice(limit);
  return {
    currencies,
    top: ranked.slice(0, limit).map(([country, tally]) => ({ country, name: countryName(country), ...tally.figures(currencies, source.showCost) })),
    others: rest.length === 0 ? null : { countries: rest.length, ...rest.reduce((sum, [, tally]) => sum.addTally(tally), new UsageTally()).figures(currencies, source.showCost) },
    totals: totals.figures(currencies, source.showCost),
  };
}
