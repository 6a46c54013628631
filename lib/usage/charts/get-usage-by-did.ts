import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { dayAsDate } from './calendar-days.ts';
import { rankDids } from './rank-dids.ts';
import { UsageTally, orderCurrencies, type UsageFigures } from './usage-figures.ts';
import { assertUsagePeriod, type UsagePeriod } from './usage-period.ts';
import { usageSource, type UsageScope, type UsageSource } from './usage-source.ts';

export type DidRow = UsageFigures & {
  /** E.164, or "" for calls without a number of the customer's. */
  did: string;
  label: string;
  customerId: string;
  /** The number's customer, for partner staff; null for a customer's own view. */
  customerName: string | null;
};

export type UsageByDid = {
  currencies: string[];
  /** The busiest numbers by minutes. */
  top: DidRow[];
  /** Everything beyond the top ones; null when there is nothing more. */
  others: UsageFigures | null;
  totals: UsageFigures;
};

export const TOP_DIDS = 10;

export function didLabel(did: string): string {
  if (did === '') return 'No number';
  return parsePhoneNumberFromString(did)?.formatInternational() ?? did;
}

/**
 * Usage per DID over the period, from the DID rollups. Only the top rows leave the
 * database; the rest is the period's total (from the smaller daily rollups) minus them.
 */
export async function getUsageByDid(scope: UsageScope, period: UsagePeriod, { limit = TOP_DIDS }: { limit?: number } = {}): Promise<UsageByDid> {
  assertUsagePeriod(period);
  const source = await usageSource(scope, period.customerId);
  const day = { gte: dayAsDate(period.from), lte: dayAsDate(period.to) };
  const sums = { calls: true, billableSeconds: true, sell: true, cost: true } as const;
  const [groups, totalGroups] = await Promise.all([
    rankDids(source.db, source.customerId, period, day, limit),
    source.customerId
      ? source.db.usageDaily.groupBy({ by: ['currency'], where: { customerId: source.customerId, day }, _sum: sums })
      : source.db.partnerUsageDaily.groupBy({ by: ['currency'], where: { day }, _sum: sums }),
  ]);

  const totals = new UsageTally();
  for (const group of totalGroups) totals.add({ currency: group.currency, ...group._sum });
  const topTally = new UsageTally();
  for (const group of groups) topTally.add({ currency: group.currency, ...group._sum });
  const currencies = orderCurrencies([...totalGroups, ...groups].map((group) => group.currency), source.partnerCurrency);

  const forPartner = scope.area === 'partner';
  const names = forPartner && groups.length > 0 ? await customerNames(source.db, groups.map((group) => group.customerId)) : new Map<string, string>();
  const rest = totals.minus(topTally);
  return {
    currencies,
    top: groups.map((group) => ({
      did: group.did,
      label: didLabel(group.did),
      customerId: group.customerId,
      customerName: forPartner ? (names.get(group.customerId) ?? null) : null,
      ...new UsageTally().add({ currency: group.currency, ...group._sum }).figures(currencies, source.showCost),
    })),
    // Rollups are written in one transaction, so the rest is never negative.
    others: rest.calls > 0 ? rest.figures(currencies, source.showCost) : null,
    totals: totals.figures(currencies, source.showCost),
  };
}

async function customerNames(db: UsageSource['db'], ids: string[]): Promise<Map<string, string>> {
  const rows = await db.customer.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}
