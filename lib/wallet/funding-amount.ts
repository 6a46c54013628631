import { Prisma } from '../db/client.ts';
import { formatMoney } from '../money/format-money.ts';

/** The ledger stores five decimals; no currency has more minor units than that. */
const STORED_DECIMALS = 5;
/** Decimal(18, 5) leaves 13 digits before the point. */
const LARGEST_AMOUNT = new Prisma.Decimal('9999999999999');

const DECIMAL_AMOUNT = /^\d+(\.\d+)?$/;

/** How many decimals the currency's amounts have (USD 2, JPY 0, KWD 3), from the runtime's own currency data. */
export function minorUnitsOf(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.min(digits, STORED_DECIMALS);
}

/** The amount as the currency writes it ("25" in USD is "25.00"). */
export function amountInMinorUnits(amount: Prisma.Decimal | string, currency: string): string {
  return new Prisma.Decimal(amount).toFixed(minorUnitsOf(currency));
}

/**
 * Why an amount cannot be transferred, or none: a plain positive decimal in the customer's
 * currency, no finer than its minor unit, within the partner's per-transfer limit.
 */
export function fundingAmountProblems(amount: string, currency: string, maxTransferAmount: Prisma.Decimal | null): string[] {
  if (!DECIMAL_AMOUNT.test(amount)) return ['Enter the amount as a number, e.g. 25.00.'];
  const value = new Prisma.Decimal(amount);
  if (value.lessThanOrEqualTo(0)) return ['The amount must be greater than zero.'];
  const decimals = amount.split('.')[1]?.length ?? 0;
  const minorUnits = minorUnitsOf(currency);
  if (decimals > minorUnits) {
    return [minorUnits === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${minorUnits} decimals.`];
  }
  if (value.greaterThan(LARGEST_AMOUNT)) return ['This amount is too large.'];
  if (maxTransferAmount && value.greaterThan(maxTransferAmount)) {
    return [`The most you can transfer at once is ${formatMoney(maxTransferAmount, currency)}.`];
  }
  return [];
}
