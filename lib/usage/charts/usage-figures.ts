import { Prisma } from '../../db/client.ts';

/**
 * Sums of usage as the charts show them. Calls and minutes add up across currencies;
 * money never does, so it stays a list with one entry per currency. Amounts are Decimal
 * strings; `cost` and `margin` are null for customers, who see only what they are charged.
 */
export type MoneyFigures = { currency: string; sell: string; cost: string | null; margin: string | null };
export type UsageFigures = { calls: number; minutes: string; money: MoneyFigures[] };

/** A rollup row's sums as Prisma returns them (aggregates may be null over no rows). */
export type RollupSums = { currency: string; calls: number | null; billableSeconds: bigint | null; sell: Prisma.Decimal | null; cost?: Prisma.Decimal | null };

const ZERO = new Prisma.Decimal(0);

/** Adds rollup rows up, then writes them out as UsageFigures. */
export class UsageTally {
  calls = 0;
  seconds = BigInt(0);
  private readonly money = new Map<string, { sell: Prisma.Decimal; cost: Prisma.Decimal }>();

  add(row: RollupSums): this {
    this.calls += row.calls ?? 0;
    this.seconds += row.billableSeconds ?? BigInt(0);
    const money = this.money.get(row.currency) ?? { sell: ZERO, cost: ZERO };
    this.money.set(row.currency, { sell: money.sell.plus(row.sell ?? ZERO), cost: money.cost.plus(row.cost ?? ZERO) });
    return this;
  }

  addTally(other: UsageTally): this {
    this.calls += other.calls;
    this.seconds += other.seconds;
    for (const [currency, money] of other.money) this.add({ currency, calls: 0, billableSeconds: BigInt(0), sell: money.sell, cost: money.cost });
    return this;
  }

  /** What is left of this tally once `part` (a share of it) is taken out. */
  minus(part: UsageTally): UsageTally {
    const rest = new UsageTally();
    rest.calls = this.calls - part.calls;
    rest.seconds = this.seconds - part.seconds;
    for (const [currency, money] of this.money) {
      const taken = part.money.get(currency) ?? { sell: ZERO, cost: ZERO };
      rest.money.set(currency, { sell: money.sell.minus(taken.sell), cost: money.cost.minus(taken.cost) });
    }
    return rest;
  }

  /** One money entry per currency of `currencies`, in that order, zeros where there was nothing. */
  figures(currencies: readonly string[], showCost: boolean): UsageFigures {
    return {
      calls: this.calls,
      minutes: minutesOf(this.seconds),
      money: currencies.map((currency) => {
        const { sell, cost } = this.money.get(currency) ?? { sell: ZERO, cost: ZERO };
        return { currency, sell: sell.toFixed(), cost: showCost ? cost.toFixed() : null, margin: showCost ? sell.minus(cost).toFixed() : null };
      }),
    };
  }
}

export function minutesOf(seconds: bigint): string {
  return new Prisma.Decimal(seconds.toString()).dividedBy(60).toFixed(2);
}

/** The partner's own currency first, then the others alphabetically. */
export function orderCurrencies(currencies: Iterable<string>, partnerCurrency: string): string[] {
  return [...new Set(currencies)].sort((a, b) => (a === partnerCurrency ? -1 : b === partnerCurrency ? 1 : a.localeCompare(b)));
}
