import type { Prisma, PrismaClient } from '../db/client.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { customerSummarySelect, toCustomerSummary, type CustomerSummary } from './customer-summary.ts';
import { cursorValueOf, decodeCustomerCursor, encodeCustomerCursor, keysetWhere, type CustomerCursor } from './customer-list-cursor.ts';
import {
  CUSTOMER_PAGE_SIZE,
  DEFAULT_SORT_DIRECTION,
  MAX_CUSTOMER_PAGE_SIZE,
  type CustomerListQuery,
  type CustomerSortField,
  type SortDirection,
} from './customer-list-query.ts';

export type { CustomerListQuery } from './customer-list-query.ts';

export type CustomerPage = {
  items: CustomerSummary[];
  total: number;
  page: number;
  pageSize: number;
  sort: CustomerSortField;
  direction: SortDirection;
  /** Keyset tokens for the neighbouring pages; null at either end. */
  previousCursor: string | null;
  nextCursor: string | null;
};

const SORT_COLUMN = { name: 'name', created: 'createdAt', balance: 'balance' } as const satisfies Record<CustomerSortField, string>;

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');

/** Phone numbers are stored as E.164; people type them with spaces, dashes and brackets. */
function phoneTerm(term: string): string | null {
  if (!/^[+\d\s().-]+$/.test(term)) return null;
  const compact = term.replace(/[\s().-]/g, '');
  return compact.replace(/\D/g, '').length >= 3 ? compact : null;
}

export function customerListWhere({ search, connectionId, status, kycStatus }: CustomerListQuery): Prisma.CustomerWhereInput {
  const term = search?.trim();
  const phone = term ? phoneTerm(term) : null;
  return {
    ...(connectionId ? { connectionId } : {}),
    ...(status ? { status } : {}),
    ...(kycStatus ? { kycStatus } : {}),
    // ILIKE '%term%' on each column: the trigram GIN indexes serve all three (terms of 3+ characters).
    ...(term
      ? {
          OR: [
            { name: { contains: term, mode: 'insensitive' } },
            { email: { contains: term, mode: 'insensitive' } },
            ...(phone ? [{ phone: { contains: phone } }] : []),
          ],
        }
      : {}),
  };
}

function orderBy(sort: CustomerSortField, direction: SortDirection): Prisma.CustomerOrderByWithRelationInput[] {
  return [{ [SORT_COLUMN[sort]]: direction }, { id: direction }];
}

type Rows = { rows: Prisma.CustomerGetPayload<{ select: typeof customerSummarySelect }>[]; hasPrevious: boolean; hasNext: boolean };

/**
 * One page of the partner's customers, searched, filtered and sorted in the database.
 * The id breaks ties, so a customer never appears on two pages or on none. A page reached
 * through a cursor reads from the index at the cursor; a bare page number uses OFFSET
 * (fine for the first pages; see bench/customers-list.ts for the figures).
 * `base` lets a benchmark pass a client that logs its SQL; tenancy applies all the same.
 */
export async function listCustomersForPartner(scope: PartnerScope, query: CustomerListQuery, base?: PrismaClient): Promise<CustomerPage> {
  const db = scopedDb(scope, base);
  const sort = query.sort ?? 'name';
  const direction = query.direction ?? DEFAULT_SORT_DIRECTION[sort];
  const pageSize = Math.min(Math.max(1, Math.floor(query.pageSize ?? CUSTOMER_PAGE_SIZE)), MAX_CUSTOMER_PAGE_SIZE);
  const requestedPage = Math.max(1, Math.floor(query.page ?? 1));
  const where = customerListWhere(query);
  const cursor = decodeCustomerCursor(query.cursor, sort);

  const readByOffset = async (page: number): Promise<Rows> => {
    const rows = await db.customer.findMany({ where, select: customerSummarySelect, orderBy: orderBy(sort, direction), skip: (page - 1) * pageSize, take: pageSize + 1 });
    return { rows: rows.slice(0, pageSize), hasPrevious: page > 1, hasNext: rows.length > pageSize };
  };
  const readByCursor = async ({ way, ...edge }: CustomerCursor): Promise<Rows> => {
    const readDirection = way === 'after' ? direction : flip(direction);
    const rows = await db.customer.findMany({
      where: { AND: [where, keysetWhere({ way, ...edge }, readDirection)] },
      select: customerSummarySelect,
      orderBy: orderBy(sort, readDirection),
      take: pageSize + 1,
    });
    const more = rows.length > pageSize;
    const page = rows.slice(0, pageSize);
    return way === 'after' ? { rows: page, hasPrevious: true, hasNext: more } : { rows: page.reverse(), hasPrevious: more, hasNext: true };
  };

  const [read, total] = await Promise.all([cursor ? readByCursor(cursor) : readByOffset(requestedPage), db.customer.count({ where })]);
  // A cursor past the end (its rows were deleted meanwhile) starts over at the first page.
  const { rows, hasPrevious, hasNext } = cursor && read.rows.length === 0 ? await readByOffset(1) : read;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = !hasPrevious ? 1 : Math.min(Math.max(requestedPage, 2), pageCount);

  const items = rows.map(toCustomerSummary);
  const edgeCursor = (way: CustomerCursor['way'], item: CustomerSummary | undefined) =>
    item ? encodeCustomerCursor({ sort, way, value: cursorValueOf(sort, item), id: item.id }) : null;
  return {
    items,
    total,
    page,
    pageSize,
    sort,
    direction,
    previousCursor: hasPrevious ? edgeCursor('before', items[0]) : null,
    nextCursor: hasNext ? edgeCursor('after', items.at(-1)) : null,
  };
}
