import type { PrismaClient } from '../../db/client.ts';
import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';

export type CallCustomerChoice = { id: string; name: string; email: string };

export const CALL_CUSTOMER_CHOICES = 20;

/**
 * The customers the calls filter offers: the first matches of a name or email fragment
 * (served by the trigram indexes), or the one customer a shared link names.
 */
export async function searchCallCustomers(scope: PartnerScope, query: { search?: string; id?: string }, base?: PrismaClient): Promise<CallCustomerChoice[]> {
  const term = query.search?.trim();
  return scopedDb(scope, base).customer.findMany({
    where: {
      ...(query.id ? { id: query.id } : {}),
      ...(term ? { OR: [{ name: { contains: term, mode: 'insensitive' } }, { email: { contains: term, mode: 'insensitive' } }] } : {}),
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: CALL_CUSTOMER_CHOICES,
  });
}
