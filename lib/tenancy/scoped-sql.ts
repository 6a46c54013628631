import { Prisma } from '../db/client.ts';
import { readFilterFor } from './scoped-db.ts';
import type { Scope } from './scope.ts';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The tenant predicate of a raw SQL query over `model` aliased as `alias`, e.g.
 * `"c"."partnerId" = $1 AND "c"."customerId" = $2` for a customer. Raw queries bypass
 * scopedDb's query extension, so they take this predicate instead: it is built from the
 * same rules, and its values come only from the scope, never from request input.
 */
export function tenantPredicate(scope: Scope, model: Prisma.ModelName, alias: string): Prisma.Sql {
  if (!IDENTIFIER.test(alias)) throw new RangeError(`Not a table alias: ${alias}`);
  const conditions = Object.entries(readFilterFor(scope, model)).map(([column, value]) => {
    if (!IDENTIFIER.test(column)) throw new RangeError(`Not a column: ${column}`);
    return Prisma.sql`${Prisma.raw(`"${alias}"."${column}"`)} = ${value}`;
  });
  // Platform admins read every tenant.
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ', '(', ')') : Prisma.sql`TRUE`;
}
