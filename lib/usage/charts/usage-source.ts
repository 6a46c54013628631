import { scopedDb, type ScopedDb } from '../../tenancy/scoped-db.ts';
import type { Scope } from '../../tenancy/scope.ts';

/** Charts are for partner staff (all their customers, or one) and for a customer (their own). */
export type UsageScope = Extract<Scope, { area: 'partner' | 'customer' }>;

export type UsageSource = {
  db: ScopedDb;
  /** null: the partner's whole business, read from the Partner* rollups. */
  customerId: string | null;
  timeZone: string;
  partnerCurrency: string;
  /** Cost and margin are the partner's business; customers see only their charges. */
  showCost: boolean;
};

/**
 * Where a chart reads from. Every query goes through the caller's scoped client, so a
 * partner's chosen customer outside their tenant matches no rows, and a customer always
 * reads their own rows whatever customer id is asked for.
 */
export async function usageSource(scope: UsageScope, customerId?: string): Promise<UsageSource> {
  const db = scopedDb(scope);
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true, currency: true } });
  return {
    db,
    customerId: scope.area === 'customer' ? scope.customerId : (customerId ?? null),
    timeZone: partner.timeZone,
    partnerCurrency: partner.currency,
    showCost: scope.area === 'partner',
  };
}

/** The partner's business calendar, in which the pages count "today" and "this month". */
export async function getUsageCalendar(scope: UsageScope): Promise<{ timeZone: string; currency: string }> {
  const { timeZone, partnerCurrency } = await usageSource(scope);
  return { timeZone, currency: partnerCurrency };
}
