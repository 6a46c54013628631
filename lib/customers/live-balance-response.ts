import { formatMoney } from '../money/format-money.ts';
import type { Money } from '../providers/types.ts';
import type { ProviderBalanceView } from './get-customer-provider-balance.ts';

/**
 * What the balance route sends to the live balance card: amounts already formatted on the
 * server (the browser has no Decimal), instants as ISO strings.
 */
export type LiveBalanceResponse =
  | { kind: 'unavailable'; reason: string }
  | {
      kind: 'data';
      balance: { display: string; amount: string; currency: string } | null;
      available: string | null;
      creditLimit: string | null;
      fetchedAt: string | null;
      fresh: boolean;
      error: { code: string; message: string; retryAt: string | null } | null;
    };

const display = (money: Money | null | undefined) => (money ? formatMoney(money.amount, money.currency) : null);

export function toLiveBalanceResponse(view: ProviderBalanceView): LiveBalanceResponse {
  if (view.kind === 'unavailable') return view;
  const { data, fetchedAt, fresh, error } = view;
  return {
    kind: 'data',
    balance: data ? { display: display(data.balance)!, amount: data.balance.amount, currency: data.balance.currency } : null,
    available: display(data?.available),
    creditLimit: display(data?.creditLimit),
    fetchedAt: fetchedAt?.toISOString() ?? null,
    fresh,
    error: error ? { ...error, retryAt: error.retryAt?.toISOString() ?? null } : null,
  };
}
