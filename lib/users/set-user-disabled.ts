import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { anotherActiveAdminExists, LAST_ADMIN_MESSAGE, lockPartnerTeam } from './partner-admin-guard.ts';
import { USER_GONE, type TeamChangeResult } from './team-change-result.ts';

/**
 * Disables a colleague's sign-in, or enables it again (partner admins only). Sessions are
 * re-read on every request, so a disabled user is out at their next click. Not oneself, and
 * never the partner's last active admin.
 */
export async function setUserDisabled(scope: PartnerScope, input: { userId: string; disabled: boolean }, context: { ip?: string | null } = {}): Promise<TeamChangeResult> {
  assertPartnerAdmin(scope, 'disable users');
  const userId = String(input.userId);
  if (userId === scope.userId) return { ok: false, formError: 'You cannot disable yourself; ask another admin.' };

  return scopedDb(scope).$transaction(async (tx) => {
    await lockPartnerTeam(tx, scope.partnerId);
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: ['PARTNER_ADMIN', 'PARTNER_STAFF'] } }, select: { id: true, role: true, email: true, disabledAt: true } });
    if (!user) return { ok: false, formError: USER_GONE };
    if (Boolean(user.disabledAt) === input.disabled) return { ok: true };
    if (input.disabled && user.role === 'PARTNER_ADMIN' && !(await anotherActiveAdminExists(tx, user.id))) return { ok: false, formError: LAST_ADMIN_MESSAGE };
    const disabledAt = input.disabled ? new Date() : null;
    await tx.user.updateMany({ where: { id: user.id }, data: { disabledAt } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip ?? null },
      { action: input.disabled ? 'user.disable' : 'user.enable', entityType: 'User', entityId: user.id, before: { email: user.email, disabled: Boolean(user.disabledAt) }, after: { email: user.email, disabled: input.disabled } },
    );
    return { ok: true };
  });
}
