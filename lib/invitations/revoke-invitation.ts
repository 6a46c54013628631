import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { assertMayInvite } from './invitation-rules.ts';

export type RevokeInvitationResult = { ok: true } | { ok: false; formError: string };

/**
 * Withdraws a link that has not been used, so it stops working at once. Who may revoke
 * follows who may invite (staff revoke customer invitations only). Another partner's
 * invitation is treated as not found.
 */
export async function revokeInvitation(scope: Scope, invitationId: string, context: { ip?: string | null } = {}): Promise<RevokeInvitationResult> {
  const db = scopedDb(scope);
  const invitation = await db.invitation.findUnique({ where: { id: String(invitationId) }, select: { id: true, role: true, email: true, partnerId: true, customerId: true } });
  if (!invitation || invitation.role === 'PLATFORM_ADMIN') return { ok: false, formError: 'This invitation no longer exists; reload the page.' };
  assertMayInvite(scope, invitation.role, 'revoke invitations of');
  return db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) return { ok: false as const, formError: 'This invitation was already used or withdrawn; reload the page.' };
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: invitation.partnerId, ip: context.ip ?? null },
      { action: 'invitation.revoke', entityType: 'Invitation', entityId: invitation.id, before: { email: invitation.email, role: invitation.role, customerId: invitation.customerId } },
    );
    return { ok: true as const };
  });
}
