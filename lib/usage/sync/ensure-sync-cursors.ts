import type { Prisma, PrismaClient } from '../../db/client.ts';
import { providerDefinition } from '../../providers/index.ts';
import { CONNECTION_SCOPE_KEY, INITIAL_SYNC_DAYS, SYNC_POLICIES } from './sync-policies.ts';

const DAY_MS = 86_400_000;

/**
 * Creates the cursors that are missing: one per connection whose provider lists every
 * customer's calls, one per customer (with an account at the provider) where only the
 * customer's own credential can. New cursors start INITIAL_SYNC_DAYS back. Background code:
 * the caller narrows it to one partner or connection where it acts for one.
 */
export async function ensureSyncCursors(db: PrismaClient, where: { partnerId?: string; connectionId?: string } = {}, now = new Date()): Promise<number> {
  const connections = await db.providerConnection.findMany({
    where: { ...(where.partnerId ? { partnerId: where.partnerId } : {}), ...(where.connectionId ? { id: where.connectionId } : {}), partner: { status: 'ACTIVE' } },
    select: { id: true, partnerId: true, kind: true },
  });
  const syncable = connections.filter((connection) => providerDefinition(connection.kind).capabilities['usage.cdrs'].supported);
  const perCustomer = syncable.filter((connection) => SYNC_POLICIES[connection.kind].scope === 'customer');
  const customers = perCustomer.length
    ? await db.customer.findMany({
        where: { connectionId: { in: perCustomer.map((connection) => connection.id) }, providerAccountId: { not: null } },
        select: { id: true, partnerId: true, connectionId: true },
      })
    : [];

  const syncedUntil = new Date(now.getTime() - INITIAL_SYNC_DAYS * DAY_MS);
  const data: Prisma.CdrSyncCursorCreateManyInput[] = [
    ...syncable
      .filter((connection) => SYNC_POLICIES[connection.kind].scope === 'connection')
      .map((connection) => ({ partnerId: connection.partnerId, connectionId: connection.id, scopeKey: CONNECTION_SCOPE_KEY, syncedUntil })),
    ...customers.map((customer) => ({ partnerId: customer.partnerId, connectionId: customer.connectionId, scopeKey: customer.id, customerId: customer.id, syncedUntil })),
  ];
  if (data.length === 0) return 0;
  const { count } = await db.cdrSyncCursor.createMany({ data, skipDuplicates: true });
  return count;
}
