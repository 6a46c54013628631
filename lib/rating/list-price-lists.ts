import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type PriceListSummary = { id: string; name: string; currency: string; entryCount: number; updatedAt: Date };

export type PricingOverview = {
  partner: { currency: string; timeZone: string };
  priceLists: PriceListSummary[];
  /** Currencies the partner's customers are billed in that no price list covers: their calls stay unrated. */
  unpricedCurrencies: string[];
};

/** The partner's price lists (one per currency), and which customer currencies have none. */
export async function listPriceLists(scope: PartnerScope): Promise<PricingOverview> {
  const db = scopedDb(scope);
  const [partner, lists, currencies] = await Promise.all([
    db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { currency: true, timeZone: true } }),
    db.priceList.findMany({ orderBy: { currency: 'asc' }, select: { id: true, name: true, currency: true, updatedAt: true, _count: { select: { entries: true } } } }),
    db.customer.groupBy({ by: ['currency'] }),
  ]);
  const priced = new Set(lists.map((list) => list.currency));
  return {
    partner,
    priceLists: lists.map(({ _count, ...list }) => ({ ...list, entryCount: _count.entries })),
    unpricedCurrencies: currencies.map((row) => row.currency).filter((currency) => !priced.has(currency)).sort(),
  };
}
