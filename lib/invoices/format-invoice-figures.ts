import { Prisma } from '../db/client.ts';

/**
 * A per-minute or per-unit rate: money rounded to cents would turn $0.0125 into $0.01, so
 * rates keep up to six decimals (and at least two). Totals use formatMoney.
 */
export function formatUnitPrice(amount: string | Prisma.Decimal, currency: string, locale = 'en-US'): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 6 });
  return formatter.format(new Prisma.Decimal(amount).toFixed(6) as unknown as number);
}

/** A line's quantity without trailing zeros, with its unit: usage is billed in minutes ("123.5 min"). */
export function formatLineQuantity(line: { kind: string; quantity: string | Prisma.Decimal }): string {
  const quantity = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(new Prisma.Decimal(line.quantity).toFixed(4) as unknown as number);
  return line.kind === 'USAGE' ? `${quantity} min` : quantity;
}
