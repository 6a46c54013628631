import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { toDecimal } from '../money/format-money.ts';
import type { Balance } from '../providers/types.ts';
import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { readCustomerProviderData, reviveDate, type CustomerProviderContext, type ProviderDataView } from './read-customer-provider-data.ts';

export type ProviderBalanceView = ProviderDataView<Balance>;

function reviveBalance(json: unknown): Balance {
  const balance = json as Balance;
  return { ...balance, updatedAt: reviveDate(balance.updatedAt) };
}

/**
 * Keeps the customer's row in step with a fresh provider answer, so the list's balance
 * column and low-balance badge follow the live value. Only a newer answer wins, and the
 * row's updatedAt stays: a balance refresh is not an edit of the customer.
 */
async function rememberBalance(scope: PartnerScope, context: CustomerProviderContext, balance: Balance, fetchedAt: Date): Promise<void> {
  if (balance.balance.currency !== context.currency) return;
  const db = scopedDb(scope);
  const row = await db.customer.findUnique({ where: { id: context.customerId }, select: { updatedAt: true } });
  if (!row) return;
  await db.customer.updateMany({
    where: { id: context.customerId, OR: [{ balanceUpdatedAt: null }, { balanceUpdatedAt: { lt: fetchedAt } }] },
    data: { balance: toDecimal(balance.balance.amount), balanceUpdatedAt: fetchedAt, updatedAt: row.updatedAt },
  });
}

/** The customer's balance at the provider, or the last known one with its age when it cannot be reached. */
export async function getCustomerProviderBalance(scope: Exclude<Scope, { area: 'platform' }>, customerId: string): Promise<ProviderBalanceView | null> {
  const result = await readCustomerProviderData(scope, customerId, {
    capability: 'accounts.balance',
    cacheKey: (account) => `balance:${account}`,
    fetch: (adapter, ref) => adapter.getBalance(ref),
    revive: reviveBalance,
  });
  if (!result) return null;
  const { view, context } = result;
  // Only staff keep the customer's row current: a customer's scope may not write it.
  if (scope.area === 'partner' && view.kind === 'data' && view.fresh && view.data && view.fetchedAt && context) await rememberBalance(scope, context, view.data, view.fetchedAt);
  return view;
}
