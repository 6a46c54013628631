import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type CustomerChoice = { id: string; name: string; email: string };

const LIMIT = 8;

/**
 * A handful of the partner's customers on one connection matching a name or email, for
 * picking who gets a number. A number belongs to a connection, so only its customers qualify.
 */
export async function findCustomersForNumbers(scope: PartnerScope, connectionId: string, term: string): Promise<CustomerChoice[]> {
  const search = term.trim().slice(0, 100);
  return scopedDb(scope).customer.findMany({
    where: {
      connectionId,
      status: { not: 'CLOSED' },
      ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }] } : {}),
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: LIMIT,
  });
}
