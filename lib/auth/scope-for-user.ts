import type { Role } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';

type UserRow = {
  id: string;
  email: string;
  role: Role;
  partnerId: string | null;
  customerId: string | null;
  disabledAt: Date | null;
  partner: { status: 'ACTIVE' | 'SUSPENDED' } | null;
};

/** Maps a user row to its scope; null when the user may not act (disabled, suspended, incomplete). */
export function scopeForUser(user: UserRow): Scope | null {
  if (user.disabledAt || user.partner?.status === 'SUSPENDED') return null;
  const base = { userId: user.id, email: user.email };
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return { ...base, area: 'platform', role: user.role };
    case 'PARTNER_ADMIN':
    case 'PARTNER_STAFF':
      return user.partnerId ? { ...base, area: 'partner', role: user.role, partnerId: user.partnerId } : null;
    case 'CUSTOMER':
      return user.partnerId && user.customerId
        ? { ...base, area: 'customer', role: user.role, partnerId: user.partnerId, customerId: user.customerId }
        : null;
  }
}
