import { Prisma, type CallDirection, type CallStatus, type PrismaClient } from '../../db/client.ts';
import { scopedDb, type ScopedDb } from '../../tenancy/scoped-db.ts';
import { tenantPredicate } from '../../tenancy/scoped-sql.ts';
import { cursorValueOf, encodeCallCursor, type CallCursor } from './call-cursor.ts';
import { CALL_PAGE_SIZE, type CallFilters, type CallSortField, type SortDirection } from './call-filters.ts';
import { seesCost, type CallScope } from './call-scope.ts';
import { callWhereSql, keysetSql, orderBySql } from './call-where-sql.ts';
import { resolveCallFilters, type ResolvedCallFilters } from './resolve-call-filters.ts';

export { getCallTotals } from './get-call-totals.ts';

export type CallRow = {
  id: string;
  startedAt: Date;
  customerId: string;
  customerName: string | null;
  direction: CallDirection;
  fromNumber: string;
  toNumber: string;
  did: string | null;
  destination: string;
  destinationCountry: string | null;
  status: CallStatus;
  durationSeconds: number;
  billableSeconds: number;
  currency: string;
  /** Decimal strings. Cost and margin are null for customers, who see only their price. */
  cost: string | null;
  /** Null when no price-list entry matched the call. */
  sellPrice: string | null;
  margin: string | null;
};

export type CallPage = {
  items: CallRow[];
  sort: CallSortField;
  dir: SortDirection;
  pageSize: number;
  /** The zone the filter's dates were read in. */
  timeZone: string;
  /** Keyset tokens for the neighbouring pages; null at either end. */
  previousCursor: string | null;
  nextCursor: string | null;
};

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');

function rowColumns(scope: CallScope): Prisma.Sql {
  const money = seesCost(scope)
    ? Prisma.sql`c.cost::text AS cost, (c."sellPrice" - c.cost)::text AS margin`
    : Prisma.sql`NULL::text AS cost, NULL::text AS margin`;
  // A scalar subquery rather than a join: PostgreSQL evaluates it only for the rows the LIMIT keeps.
  return Prisma.sql`
    c.id::text AS id, c."startedAt", c."customerId",
    (SELECT cu.name FROM "Customer" cu WHERE cu.id = c."customerId" AND ${tenantPredicate(scope, 'Customer', 'cu')}) AS "customerName",
    c.direction::text AS direction, c."fromNumber", c."toNumber", c.did, c.destination, c."destinationCountry",
    c.status::text AS status, c."durationSeconds", c."billableSeconds", c.currency,
    ${money}, c."sellPrice"::text AS "sellPrice"`;
}

async function readRows(db: ScopedDb, scope: CallScope, filters: ResolvedCallFilters, cursor: CallCursor | null, readDirection: SortDirection, limit: number): Promise<CallRow[]> {
  const where = cursor ? Prisma.sql`${callWhereSql(scope, filters)} AND ${keysetSql(cursor, readDirection)}` : callWhereSql(scope, filters);
  return db.$queryRaw<CallRow[]>`
    SELECT ${rowColumns(scope)}
    FROM "Cdr" c
    WHERE ${where}
    ORDER BY ${orderBySql(filters.sort, readDirection)}
    LIMIT ${limit}`;
}

/**
 * One page (50 calls) of the caller's calls, filtered and sorted in the database. Every
 * query reads an index in order from the cursor: (partner or customer, sort column, id),
 * or (partner, DID, time) when a DID is chosen; the id breaks ties, so a call never shows
 * on two pages or on none. `base` lets a benchmark pass its own client; tenancy applies all the same.
 */
export async function listCalls(scope: CallScope, filters: CallFilters, base?: PrismaClient): Promise<CallPage> {
  // Raw SQL is not filtered by the scoped client: callWhereSql carries the tenant predicate.
  const db = scopedDb(scope, base);
  const resolved = await resolveCallFilters(scope, filters, base);
  const { sort, dir, cursor } = resolved;
  const pageSize = CALL_PAGE_SIZE;

  const readPage = async (from: CallCursor | null) => {
    if (!from || from.way === 'after') {
      const rows = await readRows(db, scope, resolved, from, dir, pageSize + 1);
      return { rows: rows.slice(0, pageSize), hasPrevious: from !== null, hasNext: rows.length > pageSize };
    }
    const rows = await readRows(db, scope, resolved, from, flip(dir), pageSize + 1);
    return { rows: rows.slice(0, pageSize).reverse(), hasPrevious: rows.length > pageSize, hasNext: true };
  };

  const read = await readPage(cursor);
  // A cursor past the end (its calls were re-synced away meanwhile) starts over at the first page.
  const { rows, hasPrevious, hasNext } = cursor && read.rows.length === 0 ? await readPage(null) : read;
  const edge = (way: CallCursor['way'], row: CallRow | undefined) => (row ? encodeCallCursor({ sort, way, value: cursorValueOf(sort, row), id: row.id }) : null);
  return {
    items: rows,
    sort,
    dir,
    pageSize,
    timeZone: resolved.timeZone,
    previousCursor: hasPrevious ? edge('before', rows[0]) : null,
    nextCursor: hasNext ? edge('after', rows.at(-1)) : null,
  };
}
