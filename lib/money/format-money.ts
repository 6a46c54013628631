import { Prisma } from '../db/client.ts';

export type Money = { amount: Prisma.Decimal; currency: string };

/** Decimal from a string or Decimal, never from a float. */
export function toDecimal(amount: string | Prisma.Decimal): Prisma.Decimal {
  return new Prisma.Decimal(amount);
}

/**
 * The one way amounts are shown. Intl formats the digits; the amount stays a Decimal
 * string all the way, so precision is never lost to a float.
 */
export function formatMoney(amount: string | Prisma.Decimal, currency: string, locale = 'en-US', options: { fractionDigits?: number } = {}): string {
  const decimal = toDecimal(amount);
  // Per-call amounts are fractions of a cent: callers showing them ask for more places.
  const places = Math.max(2, options.fractionDigits ?? 2);
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: places, maximumFractionDigits: places });
  // Intl accepts decimal strings exactly (no float conversion) in Node 20+.
  return formatter.format(decimal.toFixed(places) as unknown as number);
}
