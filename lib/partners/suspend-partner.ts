import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPlatformScope, type PlatformScope } from '../platform/platform-scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { suspensionReasonSchema } from './partner-input.ts';

export type PartnerStatusChangeResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

/**
 * Suspends a partner: its users can no longer sign in, their open sessions resolve to no
 * scope on the next request (lib/auth/session.ts re-reads the partner's status), and
 * background jobs skip it (isPartnerActive). Null when there is no such partner.
 */
export async function suspendPartner(
  scope: PlatformScope,
  partnerId: string,
  reason: unknown,
  context: { ip: string | null } = { ip: null },
): Promise<PartnerStatusChangeResult | null> {
  assertPlatformScope(scope, 'suspend partners');
  const parsed = suspensionReasonSchema.safeParse(reason);
  if (!parsed.success) return { ok: false, fieldErrors: { reason: parsed.error.issues.map((issue) => issue.message) } };

  const db = scopedDb(scope);
  return db.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
    if (!partner) return null;
    // Conditional on the current status, so two admins suspending at once record it once.
    const { count } = await tx.partner.updateMany({ where: { id: partnerId, status: 'ACTIVE' }, data: { status: 'SUSPENDED' } });
    if (count === 0) return { ok: false, fieldErrors: {}, formError: 'This partner is already suspended.' };
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId, ip: context.ip },
      { action: 'partner.suspend', entityType: 'Partner', entityId: partnerId, before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED', reason: parsed.data } },
    );
    return { ok: true };
  });
}
