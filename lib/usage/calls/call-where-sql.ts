import { Prisma } from '../../db/client.ts';
import { tenantPredicate } from '../../tenancy/scoped-sql.ts';
import type { CallCursor } from './call-cursor.ts';
import type { CallSortField, SortDirection } from './call-filters.ts';
import type { CallScope } from './call-scope.ts';
import type { ResolvedCallFilters } from './resolve-call-filters.ts';

/** Sort columns of the table aliased "c"; each has a (tenant, column DESC, id DESC) index. */
export const SORT_COLUMN: Record<CallSortField, Prisma.Sql> = {
  startedAt: Prisma.raw('c."startedAt"'),
  billableSeconds: Prisma.raw('c."billableSeconds"'),
};

/**
 * The WHERE clause of every CDR query (page, totals, export) over "Cdr" aliased "c". The
 * tenant predicate comes from the scope alone; the filters only narrow within it.
 */
export function callWhereSql(scope: CallScope, filters: ResolvedCallFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [tenantPredicate(scope, 'Cdr', 'c')];
  if (filters.from) conditions.push(Prisma.sql`c."startedAt" >= ${filters.from.toISOString()}::timestamptz`);
  if (filters.to) conditions.push(Prisma.sql`c."startedAt" < ${filters.to.toISOString()}::timestamptz`);
  if (filters.customerId) conditions.push(Prisma.sql`c."customerId" = ${filters.customerId}`);
  if (filters.did) conditions.push(Prisma.sql`c.did = ${filters.did}`);
  if (filters.destination && 'country' in filters.destination) conditions.push(Prisma.sql`c."destinationCountry" = ${filters.destination.country}`);
  // Digits only (call-filters.ts), so the pattern holds no LIKE wildcard but the final %.
  if (filters.destination && 'prefix' in filters.destination) conditions.push(Prisma.sql`c.destination LIKE ${`${filters.destination.prefix}%`}`);
  if (filters.status) conditions.push(Prisma.sql`c.status = ${filters.status}::"CallStatus"`);
  if (filters.minDuration) conditions.push(Prisma.sql`c."billableSeconds" >= ${filters.minDuration}::int`);
  return Prisma.join(conditions, ' AND ');
}

/** Rows strictly beyond the cursor in the order the query reads, as one index range. */
export function keysetSql(cursor: CallCursor, readDirection: SortDirection): Prisma.Sql {
  const value = cursor.sort === 'startedAt' ? Prisma.sql`${cursor.value}::timestamptz` : Prisma.sql`${Number(cursor.value)}::int`;
  const comparison = Prisma.raw(readDirection === 'desc' ? '<' : '>');
  return Prisma.sql`(${SORT_COLUMN[cursor.sort]}, c.id) ${comparison} (${value}, ${cursor.id}::bigint)`;
}

export function orderBySql(sort: CallSortField, direction: SortDirection): Prisma.Sql {
  const way = Prisma.raw(direction === 'desc' ? 'DESC' : 'ASC');
  return Prisma.sql`${SORT_COLUMN[sort]} ${way}, c.id ${way}`;
}
