import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type CustomerUser = { id: string; name: string; email: string; disabledAt: Date | null; lastLoginAt: Date | null; createdAt: Date };

/** The people who sign in to one customer's self-service area; empty for another partner's customer. */
export async function listCustomerUsers(scope: PartnerScope, customerId: string): Promise<CustomerUser[]> {
  return scopedDb(scope).user.findMany({
    where: { role: 'CUSTOMER', customerId },
    select: { id: true, name: true, email: true, disabledAt: true, lastLoginAt: true, createdAt: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
