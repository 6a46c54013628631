import type { PrismaClient } from '../../db/client.ts';
import { SYNC_POLICIES } from './sync-policies.ts';

const MINUTE_MS = 60_000;

/**
 * The cursors of active partners whose next scheduled sync is due: not waiting for a
 * provider's budget, and last run longer ago than their provider's interval.
 */
export async function listDueSyncCursors(db: PrismaClient, now = new Date()): Promise<string[]> {
  const cursors = await db.cdrSyncCursor.findMany({
    where: { OR: [{ nextAllowedAt: null }, { nextAllowedAt: { lte: now } }] },
    select: { id: true, partnerId: true, connectionId: true, lastRunAt: true },
    orderBy: [{ lastRunAt: { sort: 'asc', nulls: 'first' } }],
  });
  if (cursors.length === 0) return [];
  const connections = await db.providerConnection.findMany({
    where: { id: { in: [...new Set(cursors.map((cursor) => cursor.connectionId))] }, partner: { status: 'ACTIVE' } },
    select: { id: true, kind: true },
  });
  const kinds = new Map(connections.map((connection) => [connection.id, connection.kind]));
  return cursors
    .filter((cursor) => {
      const kind = kinds.get(cursor.connectionId);
      if (!kind) return false;
      // A few seconds' grace, so a cron tick that lands just before the interval ends still counts it due.
      const interval = SYNC_POLICIES[kind].everyMinutes * MINUTE_MS - 30_000;
      return !cursor.lastRunAt || now.getTime() - cursor.lastRunAt.getTime() >= interval;
    })
    .map((cursor) => cursor.id);
}
