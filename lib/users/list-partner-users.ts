import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type TeamRole = 'PARTNER_ADMIN' | 'PARTNER_STAFF';

export type PartnerUser = {
  id: string;
  name: string;
  email: string;
  role: TeamRole;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  isYou: boolean;
};

/** The partner's admins and staff (customers' users are listed on each customer's page); partner admins only. */
export async function listPartnerUsers(scope: PartnerScope): Promise<PartnerUser[]> {
  assertPartnerAdmin(scope, 'manage users');
  const rows = await scopedDb(scope).user.findMany({
    where: { role: { in: ['PARTNER_ADMIN', 'PARTNER_STAFF'] } },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, lastLoginAt: true, createdAt: true },
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({ ...row, role: row.role as TeamRole, isYou: row.id === scope.userId }));
}
