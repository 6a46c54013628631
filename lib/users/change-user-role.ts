import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { anotherActiveAdminExists, LAST_ADMIN_MESSAGE, lockPartnerTeam } from './partner-admin-guard.ts';
import { USER_GONE, type TeamChangeResult } from './team-change-result.ts';

const changeRoleSchema = z.object({
  userId: z.string().trim().min(1),
  role: z.enum(['PARTNER_ADMIN', 'PARTNER_STAFF']),
});

/**
 * Makes a colleague an admin or staff member (partner admins only). Not one's own role, and
 * never the partner's last active admin: checked under the partner's lock, so concurrent
 * changes cannot slip past each other.
 */
export async function changeUserRole(scope: PartnerScope, input: { userId: string; role: string }, context: { ip?: string | null } = {}): Promise<TeamChangeResult> {
  assertPartnerAdmin(scope, 'change roles');
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: 'Choose admin or staff.' };
  const { userId, role } = parsed.data;
  if (userId === scope.userId) return { ok: false, formError: 'You cannot change your own role; ask another admin.' };

  return scopedDb(scope).$transaction(async (tx) => {
    await lockPartnerTeam(tx, scope.partnerId);
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: ['PARTNER_ADMIN', 'PARTNER_STAFF'] } }, select: { id: true, role: true, email: true, disabledAt: true } });
    if (!user) return { ok: false, formError: USER_GONE };
    if (user.role === role) return { ok: true };
    if (user.role === 'PARTNER_ADMIN' && !user.disabledAt && !(await anotherActiveAdminExists(tx, user.id))) return { ok: false, formError: LAST_ADMIN_MESSAGE };
    await tx.user.updateMany({ where: { id: user.id }, data: { role } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip ?? null },
      { action: 'user.role.change', entityType: 'User', entityId: user.id, before: { email: user.email, role: user.role }, after: { email: user.email, role } },
    );
    return { ok: true };
  });
}
