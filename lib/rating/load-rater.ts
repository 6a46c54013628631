import type { Prisma } from '../db/client.ts';
import { createRater, type RateEntry, type Rater } from './rate-call.ts';

/** A stored entry as the rater takes it. */
function rateEntryOf(entry: { prefix: string; ratePerMinute: Prisma.Decimal; billingIncrementSeconds: number; minimumSeconds: number; connectionFee: Prisma.Decimal }): RateEntry {
  return {
    prefix: entry.prefix,
    ratePerMinute: entry.ratePerMinute.toFixed(),
    billingIncrementSeconds: entry.billingIncrementSeconds,
    minimumSeconds: entry.minimumSeconds,
    connectionFee: entry.connectionFee.toFixed(),
  };
}

/**
 * The rater for a partner's calls in one currency, or null when the partner has no price
 * list in it (its calls then stay unrated). Callers outside a user's scope (the sync, the
 * re-rate job) pass the system client, so the partner is named explicitly here.
 */
export async function loadRater(db: Prisma.TransactionClient, partnerId: string, currency: string): Promise<Rater | null> {
  const priceList = await db.priceList.findUnique({
    where: { partnerId_currency: { partnerId, currency } },
    select: {
      currency: true,
      entries: { select: { prefix: true, ratePerMinute: true, billingIncrementSeconds: true, minimumSeconds: true, connectionFee: true } },
    },
  });
  if (!priceList) return null;
  return createRater({ currency: priceList.currency, entries: priceList.entries.map(rateEntryOf) });
}
