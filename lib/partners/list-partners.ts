import { scopedDb } from '../tenancy/scoped-db.ts';
import type { Scope } from '../tenancy/scope.ts';

export async function listPartners(scope: Extract<Scope, { area: 'platform' }>) {
  const partners = await scopedDb(scope).partner.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      currency: true,
      createdAt: true,
      _count: { select: { users: true, customers: true } },
    },
  });
  return partners.map(({ _count, ...partner }) => ({ ...partner, userCount: _count.users, customerCount: _count.customers }));
}
