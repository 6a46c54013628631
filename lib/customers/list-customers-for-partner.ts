import type { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { Scope } from '../tenancy/scope.ts';
import { customerSummarySelect, toCustomerSummary, type CustomerSummary } from './customer-summary.ts';

export type CustomerListQuery = { search?: string; page?: number; pageSize?: number };

export type CustomerPage = { items: CustomerSummary[]; total: number; page: number; pageSize: number };

export async function listCustomersForPartner(
  scope: Extract<Scope, { area: 'partner' }>,
  { search, page = 1, pageSize = 25 }: CustomerListQuery,
): Promise<CustomerPage> {
  const db = scopedDb(scope);
  const term = search?.trim();
  const where: Prisma.CustomerWhereInput = term
    ? {
        OR: [
          { name: { contains: term, mode: 'insensitive' } },
          { email: { contains: term, mode: 'insensitive' } },
          { phone: { contains: term } },
        ],
      }
    : {};
  const safePage = Math.max(1, Math.floor(page));
  const [rows, total] = await Promise.all([
    db.customer.findMany({
      where,
      select: customerSummarySelect,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (safePage - 1) * pageSize,
      take: pageSize,
    }),
    db.customer.count({ where }),
  ]);
  return { items: rows.map(toCustomerSummary), total, page: safePage, pageSize };
}
