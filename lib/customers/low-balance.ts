import { toDecimal } from '../money/format-money.ts';

/**
 * The rule behind the "Low balance" badge, in the customer's own currency:
 * - the customer's own `lowBalanceThreshold`, when staff set one: balance below it;
 * - otherwise prepaid: balance below DEFAULT_PREPAID_LOW_BALANCE (10 units, e.g. 10.00 USD),
 *   roughly a day of calls for a small business;
 * - otherwise postpaid with a credit limit: less than POSTPAID_HEADROOM_SHARE (10 %) of the
 *   limit is left (balance + credit limit); postpaid without a limit is never flagged.
 * Closed accounts are never flagged: nobody needs to top them up.
 */
export const DEFAULT_PREPAID_LOW_BALANCE = '10';
export const POSTPAID_HEADROOM_SHARE = '0.1';

export type LowBalanceInput = {
  balance: string;
  lowBalanceThreshold: string | null;
  billingModel: 'PREPAID' | 'POSTPAID';
  creditLimit: string;
  status: 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
};

export function isLowBalance({ balance, lowBalanceThreshold, billingModel, creditLimit, status }: LowBalanceInput): boolean {
  if (status === 'CLOSED') return false;
  const amount = toDecimal(balance);
  if (lowBalanceThreshold !== null) return amount.lessThan(toDecimal(lowBalanceThreshold));
  if (billingModel === 'PREPAID') return amount.lessThan(toDecimal(DEFAULT_PREPAID_LOW_BALANCE));
  const limit = toDecimal(creditLimit);
  if (limit.lessThanOrEqualTo(0)) return false;
  return amount.plus(limit).lessThan(limit.times(toDecimal(POSTPAID_HEADROOM_SHARE)));
}
