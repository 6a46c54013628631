import { scopedDb } from '../tenancy/scoped-db.ts';
import type { Scope } from '../tenancy/scope.ts';

export async function listRecentAuditEvents(scope: Extract<Scope, { area: 'partner' | 'platform' }>, { limit }: { limit: number }) {
  return scopedDb(scope).auditEvent.findMany({
    orderBy: { createdAt: 'desc' },
    take: Math.min(Math.max(1, limit), 200),
    select: { id: true, action: true, entityType: true, entityId: true, actorEmail: true, ip: true, createdAt: true },
  });
}
