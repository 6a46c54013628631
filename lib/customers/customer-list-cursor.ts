import { z } from 'zod';
import type { Prisma } from '../db/client.ts';
import type { CustomerSortField, SortDirection } from './customer-list-query.ts';

/**
 * Keyset pagination for the customers list: "Next" and "Previous" carry the sort value and
 * id of the row at the page's edge, so the database starts right there through the sort
 * index instead of counting past every earlier row (OFFSET). Deep pages then cost what the
 * first page costs. The token is opaque in the URL but holds nothing secret.
 */
export type CustomerCursor = { sort: CustomerSortField; way: 'after' | 'before'; value: string; id: string };

const tokenSchema = z.object({
  s: z.enum(['name', 'created', 'balance']),
  w: z.enum(['after', 'before']),
  v: z.string().max(400),
  i: z.string().min(1).max(64),
});

export function encodeCustomerCursor(cursor: CustomerCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, w: cursor.way, v: cursor.value, i: cursor.id })).toString('base64url');
}

/** Null for anything that is not a token this list made for the same sort (edited URLs, old links). */
export function decodeCustomerCursor(token: string | undefined, sort: CustomerSortField): CustomerCursor | null {
  if (!token) return null;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort) return null;
    const { w: way, v: value, i: id } = parsed.data;
    if (sort === 'created' && Number.isNaN(Date.parse(value))) return null;
    if (sort === 'balance' && !/^-?\d{1,13}(\.\d{1,5})?$/.test(value)) return null;
    return { sort, way, value, id };
  } catch {
    return null;
  }
}

export function cursorValueOf(sort: CustomerSortField, row: { name: string; createdAt: Date; balance: string }): string {
  if (sort === 'name') return row.name;
  if (sort === 'created') return row.createdAt.toISOString();
  return row.balance;
}

/**
 * Rows strictly beyond the cursor in the direction the query reads. `column >= value` is
 * the index range; the OR only decides among rows that share the cursor's value.
 */
export function keysetWhere(cursor: CustomerCursor, readDirection: SortDirection): Prisma.CustomerWhereInput {
  const value = cursor.sort === 'created' ? new Date(cursor.value) : cursor.value;
  const column = ({ name: 'name', created: 'createdAt', balance: 'balance' } as const)[cursor.sort];
  const forward = readDirection === 'asc';
  return {
    AND: [
      { [column]: forward ? { gte: value } : { lte: value } },
      { OR: [{ [column]: forward ? { gt: value } : { lt: value } }, { id: forward ? { gt: cursor.id } : { lt: cursor.id } }] },
    ],
  };
}
