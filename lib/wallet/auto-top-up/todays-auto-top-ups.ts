import { Prisma } from '../../db/client.ts';
import type { ScopedDb } from '../../tenancy/scoped-db.ts';

export type TodaysAutoTopUps = {
  /** The partner's calendar day, YYYY-MM-DD: the cap resets at its midnight. */
  day: string;
  /** Every auto top-up of the day, failed ones included: numbers the next idempotency key. */
  attempts: number;
  /** Pending and settled amounts: what counts against the daily cap. */
  committed: Prisma.Decimal;
  pending: boolean;
  lastSettledAt: Date | null;
};

/** The customer's automatic top-ups since midnight in the partner's time zone. */
export async function todaysAutoTopUps(db: ScopedDb, partnerId: string, customerId: string, timeZone: string): Promise<TodaysAutoTopUps> {
  // createdAt is stored as UTC without a zone, so the zoned midnight is converted back to UTC.
  const [row] = await db.$queryRaw<Array<{ day: string; attempts: bigint; committed: Prisma.Decimal; pending: boolean | null; last_settled_at: Date | null }>>`
    WITH today AS (
      SELECT to_char(now() AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day,
             (date_trunc('day', now() AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC' AS since
    )
    SELECT today.day,
           count(f.id) AS attempts,
           coalesce(sum(f.amount) FILTER (WHERE f.status IN ('PENDING', 'SETTLED')), 0) AS committed,
           bool_or(f.status = 'PENDING') AS pending,
           max(f."settledAt") AS last_settled_at
    FROM today
    LEFT JOIN "WalletFunding" f
      ON f."partnerId" = ${partnerId} AND f."customerId" = ${customerId} AND f.origin = 'AUTO_TOP_UP' AND f."createdAt" >= today.since
    GROUP BY today.day`;
  return {
    day: row!.day,
    attempts: Number(row!.attempts),
    committed: new Prisma.Decimal(row!.committed),
    pending: row!.pending ?? false,
    lastSettledAt: row!.last_settled_at,
  };
}
