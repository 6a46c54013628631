import { Prisma } from '../db/client.ts';

/**
 * A per-minute rate or fee as the price list shows it: rates are fractions of a cent, so
 * at least 4 and up to the stored 6 decimals, with the currency's symbol.
 */
export function formatRate(amount: string | Prisma.Decimal, currency: string, locale = 'en-US'): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 4, maximumFractionDigits: 6 });
  // Intl reads decimal strings exactly, so no float rounding creeps in.
  return formatter.format(new Prisma.Decimal(amount).toFixed() as unknown as number);
}

/** "per minute", "per 6 s, at least 6 s", "per second, at least 30 s". */
export function describeBilling(billingIncrementSeconds: number, minimumSeconds: number): string {
  const step = billingIncrementSeconds === 60 ? 'per minute' : billingIncrementSeconds === 1 ? 'per second' : `per ${billingIncrementSeconds} s`;
  return minimumSeconds > 0 && minimumSeconds !== billingIncrementSeconds ? `${step}, at least ${minimumSeconds} s` : step;
}
