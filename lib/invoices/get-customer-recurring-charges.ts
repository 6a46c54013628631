import { readCustomerProviderData, type ProviderDataView } from '../customers/read-customer-provider-data.ts';
import { Prisma } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import type { Money, RecurringCharge } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { InvoiceViewerScope } from './invoice-views.ts';

export type ProviderRecurringCharges = { items: RecurringCharge[]; total: Money };

/**
 * A customer's monthly recurring charges: the provider's own report where its API has one
 * (the VoIP account API's MRC), otherwise the monthly prices of the numbers the partner
 * assigned to the customer in the portal.
 */
export type RecurringChargesView =
  | { source: 'provider'; view: ProviderDataView<ProviderRecurringCharges> }
  | { source: 'numbers'; items: RecurringCharge[]; totals: Money[] };

function reviveCharges(json: unknown): ProviderRecurringCharges {
  return json as ProviderRecurringCharges;
}

/** Null when the customer is not in the caller's scope. */
export async function getCustomerRecurringCharges(scope: InvoiceViewerScope, customerId: string): Promise<RecurringChargesView | null> {
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { id: true, currency: true, connection: { select: { kind: true } } } });
  if (!customer) return null;

  if (providerDefinition(customer.connection.kind).capabilities['billing.recurringCharges'].supported) {
    const result = await readCustomerProviderData(scope, customerId, {
      capability: 'billing.recurringCharges',
      cacheKey: (account) => `recurring-charges:${account}`,
      fetch: (adapter, ref) => adapter.getRecurringCharges(ref),
      revive: reviveCharges,
    });
    return result ? { source: 'provider', view: result.view } : null;
  }

  const numbers = await db.numberAssignment.findMany({
    where: { customerId, monthlyPrice: { not: null } },
    select: { number: true, label: true, monthlyPrice: true, currency: true },
    orderBy: { number: 'asc' },
  });
  const items = numbers.map((row) => ({
    service: `Number ${row.number}${row.label ? ` (${row.label})` : ''}`,
    amount: { amount: row.monthlyPrice!.toFixed(), currency: row.currency ?? customer.currency },
  }));
  return { source: 'numbers', items, totals: totalsByCurrency(items) };
}

function totalsByCurrency(items: RecurringCharge[]): Money[] {
  const sums = new Map<string, Prisma.Decimal>();
  for (const { amount } of items) sums.set(amount.currency, (sums.get(amount.currency) ?? new Prisma.Decimal(0)).plus(amount.amount));
  return [...sums].map(([currency, amount]) => ({ amount: amount.toFixed(), currency }));
}
