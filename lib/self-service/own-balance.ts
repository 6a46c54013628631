import { getCustomerProviderBalance, type ProviderBalanceView } from '../customers/get-customer-provider-balance.ts';
import { isLowBalance } from '../customers/low-balance.ts';
import { toDecimal } from '../money/format-money.ts';
import type { CustomerScope } from '../numbers/list-customer-numbers.ts';

/** The customer's balance as their overview shows it; amounts are decimal strings in `currency`. */
export type OwnBalance = {
  currency: string;
  balance: string;
  /** What can still be spent: the provider's figure, or balance plus credit limit for postpaid accounts. */
  available: string;
  /** live: the provider answered now; last-known: its last answer; stored: the portal's record (the provider cannot be asked). */
  source: 'live' | 'last-known' | 'stored';
  asOf: Date | null;
  /** The provider could not be asked this time. */
  stale: boolean;
  lowBalance: boolean;
  lowBalanceThreshold: string | null;
};

export type AccountFacts = {
  currency: string;
  balance: string;
  balanceUpdatedAt: Date | null;
  billingModel: 'PREPAID' | 'POSTPAID';
  creditLimit: string;
  lowBalanceThreshold: string | null;
  status: 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
};

/**
 * Combines the provider's answer with the portal's record: the provider's balance when it
 * has one in the account's currency (live or last known), else the stored balance. The
 * low-balance rule is the staff pages' rule (lib/customers/low-balance.ts), applied to the
 * figure shown.
 */
export function toOwnBalance(account: AccountFacts, view: ProviderBalanceView): OwnBalance {
  const provider = view.kind === 'data' && view.data?.balance.currency === account.currency ? view.data : null;
  const balance = provider?.balance.amount ?? account.balance;
  const creditLimit = provider?.creditLimit?.currency === account.currency ? provider.creditLimit.amount : account.creditLimit;
  const available =
    provider?.available?.currency === account.currency
      ? provider.available.amount
      : account.billingModel === 'POSTPAID'
        ? toDecimal(balance).plus(toDecimal(creditLimit)).toFixed()
        : balance;
  const source = provider ? (view.kind === 'data' && view.fresh ? 'live' : 'last-known') : 'stored';
  return {
    currency: account.currency,
    balance,
    available,
    source,
    asOf: provider && view.kind === 'data' ? view.fetchedAt : account.balanceUpdatedAt,
    stale: view.kind === 'data' && view.error !== null,
    lowBalance: isLowBalance({ balance, lowBalanceThreshold: account.lowBalanceThreshold, billingModel: account.billingModel, creditLimit, status: account.status }),
    lowBalanceThreshold: account.lowBalanceThreshold,
  };
}

/** The signed-in customer's balance, asked of the provider (through its cache), with their account's record as fallback. */
export async function getOwnBalance(scope: CustomerScope, account: AccountFacts): Promise<OwnBalance> {
  const view = await getCustomerProviderBalance(scope, scope.customerId);
  return toOwnBalance(account, view ?? { kind: 'unavailable', reason: '' });
}
