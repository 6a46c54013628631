import type { Scope } from '../tenancy/scope.ts';
import { InvitationNotAllowed } from './invitation-errors.ts';

export type InvitableRole = 'PARTNER_ADMIN' | 'PARTNER_STAFF' | 'CUSTOMER';

export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/**
 * Who may invite whom: platform admins bring in a partner's first admin; partner admins
 * invite their colleagues and their customers' users; partner staff invite customers'
 * users only; customers invite nobody. Revoking follows the same rule.
 */
export function rolesInvitableBy(scope: Scope): InvitableRole[] {
  switch (scope.area) {
    case 'platform':
      return ['PARTNER_ADMIN'];
    case 'partner':
      return scope.role === 'PARTNER_ADMIN' ? ['PARTNER_ADMIN', 'PARTNER_STAFF', 'CUSTOMER'] : ['CUSTOMER'];
    case 'customer':
      return [];
  }
}

const ROLE_NAME: Record<InvitableRole, string> = {
  PARTNER_ADMIN: 'partner admins',
  PARTNER_STAFF: 'partner staff',
  CUSTOMER: 'customer users',
};

export function assertMayInvite(scope: Scope, role: InvitableRole, verb: 'invite' | 'revoke invitations of' = 'invite'): void {
  if (rolesInvitableBy(scope).includes(role)) return;
  throw new InvitationNotAllowed(
    scope.area === 'customer' ? 'Customers cannot invite users; ask your provider.' : `Your role cannot ${verb} ${ROLE_NAME[role]}.`,
  );
}

export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
