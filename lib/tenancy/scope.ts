import type { Role } from '../db/client.ts';

/**
 * Who is asking, resolved from the session on every request. Every data function takes a
 * Scope; lib/tenancy/scoped-db.ts turns it into the database filter, in one place.
 */
export type Scope =
  | { area: 'platform'; userId: string; email: string; role: 'PLATFORM_ADMIN' }
  | { area: 'partner'; userId: string; email: string; role: 'PARTNER_ADMIN' | 'PARTNER_STAFF'; partnerId: string }
  | { area: 'customer'; userId: string; email: string; role: 'CUSTOMER'; partnerId: string; customerId: string };

export type Area = Scope['area'];

export function areaForRole(role: Role): Area {
  if (role === 'PLATFORM_ADMIN') return 'platform';
  if (role === 'CUSTOMER') return 'customer';
  return 'partner';
}

export const HOME_PATH: Record<Area, string> = {
  platform: '/admin',
  partner: '/partner',
  customer: '/customer',
};
