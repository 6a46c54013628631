import type { Prisma, PrismaClient } from '../db/client.ts';

// A plain client or a transaction: background jobs use systemDb() and filter by partner themselves.
type Db = PrismaClient | Prisma.TransactionClient;

/**
 * For background jobs: a suspended partner's work (syncs, invoices, auto top-ups) must not
 * run. Check it when a job for one partner starts; false also for an unknown partner.
 */
export async function isPartnerActive(db: Db, partnerId: string): Promise<boolean> {
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { status: true } });
  return partner?.status === 'ACTIVE';
}

/** For jobs that fan out over partners: the ids of those not suspended. */
export async function activePartnerIds(db: Db): Promise<string[]> {
  const partners = await db.partner.findMany({ where: { status: 'ACTIVE' }, select: { id: true }, orderBy: { id: 'asc' } });
  return partners.map((partner) => partner.id);
}
