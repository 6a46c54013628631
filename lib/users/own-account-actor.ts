import type { AuditActor } from '../audit/record-audit-event.ts';
import type { Scope } from '../tenancy/scope.ts';

/** The audit actor for a change a user makes to their own account. */
export function ownAccountActor(scope: Scope, ip: string | null | undefined): AuditActor {
  return { userId: scope.userId, email: scope.email, partnerId: scope.area === 'platform' ? null : scope.partnerId, ip: ip ?? null };
}
