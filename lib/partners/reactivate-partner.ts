import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPlatformScope, type PlatformScope } from '../platform/platform-scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { PartnerStatusChangeResult } from './suspend-partner.ts';

/** Lifts a suspension: the partner's users can sign in again and its jobs resume. Null when there is no such partner. */
export async function reactivatePartner(
  scope: PlatformScope,
  partnerId: string,
  context: { ip: string | null } = { ip: null },
): Promise<PartnerStatusChangeResult | null> {
  assertPlatformScope(scope, 'reactivate partners');
  const db = scopedDb(scope);
  return db.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
    if (!partner) return null;
    const { count } = await tx.partner.updateMany({ where: { id: partnerId, status: 'SUSPENDED' }, data: { status: 'ACTIVE' } });
    if (count === 0) return { ok: false, fieldErrors: {}, formError: 'This partner is already active.' };
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId, ip: context.ip },
      { action: 'partner.reactivate', entityType: 'Partner', entityId: partnerId, before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' } },
    );
    return { ok: true };
  });
}
