import { Prisma } from '../db/client.ts';

/** One destination's price, as the rater needs it (amounts as decimal strings). */
export type RateEntry = {
  prefix: string;
  ratePerMinute: string;
  billingIncrementSeconds: number;
  minimumSeconds: number;
  connectionFee: string;
};

export type RateCard = { currency: string; entries: RateEntry[] };

export type CallToRate = { destination: string; billableSeconds: number; status: 'ANSWERED' | 'NO_ANSWER' | 'BUSY' | 'FAILED' };

export type RatedCall = { readonly sellPrice: string; readonly ratedPrefix: string };

export type Rater = {
  currency: string;
  /** The partner's price for the call, or null when no prefix of the price list matches its destination. */
  rate(call: CallToRate): RatedCall | null;
};

const PRICE_DECIMALS = 6;

/**
 * Decimal(18, 6) rates times a day's worth of seconds need more than decimal.js's default
 * 20 significant digits to stay exact before the one final rounding.
 */
const ExactDecimal = Prisma.Decimal.clone({ precision: 40 });
const SECONDS_PER_MINUTE = new ExactDecimal(60);

/** Prices already worked out per billed duration; most calls share a few durations, so the cache stays small. */
const CACHED_DURATIONS_PER_ENTRY = 10_000;

type CompiledEntry = {
  prefix: string;
  ratePerMinute: Prisma.Decimal;
  connectionFee: Prisma.Decimal;
  increment: number;
  minimumSeconds: number;
  free: RatedCall;
  byBilledSeconds: Map<number, RatedCall>;
};

const DIGITS_ONLY = /^\d*$/;

function compile(entry: RateEntry): CompiledEntry {
  return {
    prefix: entry.prefix,
    ratePerMinute: new ExactDecimal(entry.ratePerMinute),
    connectionFee: new ExactDecimal(entry.connectionFee),
    // An increment below one second would make every duration its own price; the schema allows 1 at least.
    increment: Math.max(1, entry.billingIncrementSeconds),
    minimumSeconds: Math.max(0, entry.minimumSeconds),
    free: Object.freeze({ sellPrice: '0', ratedPrefix: entry.prefix }),
    byBilledSeconds: new Map(),
  };
}

/** What an answered call of `billableSeconds` is billed as: whole increments, never below the minimum. */
export function billedSecondsFor(billableSeconds: number, increment: number, minimumSeconds: number): number {
  return Math.max(minimumSeconds, Math.ceil(billableSeconds / increment) * increment);
}

function priceFor(entry: CompiledEntry, billedSeconds: number): RatedCall {
  const cached = entry.byBilledSeconds.get(billedSeconds);
  if (cached) return cached;
  const price = entry.ratePerMinute
    .times(billedSeconds)
    .dividedBy(SECONDS_PER_MINUTE)
    .plus(entry.connectionFee)
    .toDecimalPlaces(PRICE_DECIMALS, Prisma.Decimal.ROUND_HALF_UP);
  const rated = Object.freeze({ sellPrice: price.toFixed(), ratedPrefix: entry.prefix });
  if (entry.byBilledSeconds.size < CACHED_DURATIONS_PER_ENTRY) entry.byBilledSeconds.set(billedSeconds, rated);
  return rated;
}

/**
 * Prices calls with a partner's price list. The longest prefix of the destination that has
 * an entry wins; only prefix lengths the list actually has are tried, longest first, each a
 * single Map lookup. Unanswered and zero-second calls that match cost nothing (the connection
 * fee is charged per answered call). Amounts are Decimal end to end, rounded half-up once.
 */
export function createRater(card: RateCard): Rater {
  const byPrefix = new Map<string, CompiledEntry>();
  for (const entry of card.entries) byPrefix.set(entry.prefix, compile(entry));
  const lengths = [...new Set([...byPrefix.keys()].map((prefix) => prefix.length))].sort((a, b) => b - a);

  function longestMatch(destination: string): CompiledEntry | undefined {
    const digits = DIGITS_ONLY.test(destination) ? destination : destination.replace(/\D/g, '');
    for (const length of lengths) {
      if (length > digits.length) continue;
      const entry = byPrefix.get(digits.slice(0, length));
      if (entry) return entry;
    }
    return undefined;
  }

  return {
    currency: card.currency,
    rate(call) {
      const entry = longestMatch(call.destination);
      if (!entry) return null;
      if (call.status !== 'ANSWERED' || !(call.billableSeconds > 0)) return entry.free;
      return priceFor(entry, billedSecondsFor(call.billableSeconds, entry.increment, entry.minimumSeconds));
    },
  };
}
