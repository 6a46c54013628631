import { Prisma } from '../../db/client.ts';

/** The change from `previous` to `current` in percent, one decimal; null when there was nothing before. */
export function percentChange(current: string | number, previous: string | number): number | null {
  const before = new Prisma.Decimal(previous);
  if (before.isZero()) return null;
  return new Prisma.Decimal(current).minus(before).dividedBy(before.abs()).times(100).toDecimalPlaces(1).toNumber();
}

/** Margin as a share of revenue in percent, one decimal; null without revenue. */
export function marginPercent(sell: string, margin: string): number | null {
  const revenue = new Prisma.Decimal(sell);
  if (revenue.lte(0)) return null;
  return new Prisma.Decimal(margin).dividedBy(revenue).times(100).toDecimalPlaces(1).toNumber();
}
