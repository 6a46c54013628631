import type { Page, WalletTransaction } from '../providers/types.ts';
import type { Scope } from '../tenancy/scope.ts';
import { readCustomerProviderData, reviveDate, type ProviderDataView } from './read-customer-provider-data.ts';

export const WALLET_TRANSACTIONS_PER_PAGE = 10;

function reviveTransactions(json: unknown): Page<WalletTransaction> {
  const page = json as Page<WalletTransaction>;
  return { ...page, items: page.items.map((transaction) => ({ ...transaction, createdAt: reviveDate(transaction.createdAt)! })) };
}

/** The first page of the customer's wallet transactions as the provider records them (for staff, or the customer itself). */
export async function getCustomerWalletTransactions(scope: Exclude<Scope, { area: 'platform' }>, customerId: string): Promise<ProviderDataView<Page<WalletTransaction>> | null> {
  const result = await readCustomerProviderData(scope, customerId, {
    capability: 'wallet.transactions',
    cacheKey: (account) => `transactions:first:${account}`,
    fetch: async (adapter, ref) => {
      const page = await adapter.listTransactions(ref, { page: 1, perPage: WALLET_TRANSACTIONS_PER_PAGE });
      return { ...page, items: [...page.items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()) };
    },
    revive: reviveTransactions,
  });
  return result?.view ?? null;
}
