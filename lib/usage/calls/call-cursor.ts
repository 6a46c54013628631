import { z } from 'zod';
import type { CallSortField } from './call-filters.ts';

/**
 * Keyset pagination for the CDR browser: "Next" and "Previous" carry the sort value and id
 * of the call at the page's edge, and the next query starts right there in the index with
 * a row comparison, `("startedAt", id) < ($1, $2)`. A page deep in a million calls then
 * costs what the first page costs. The token is opaque in the URL but holds nothing secret.
 */
export type CallCursor = { sort: CallSortField; way: 'after' | 'before'; value: string; id: string };

const tokenSchema = z.object({
  s: z.enum(['startedAt', 'billableSeconds']),
  w: z.enum(['after', 'before']),
  v: z.string().max(40),
  i: z.string().regex(/^\d{1,19}$/),
});

const VALUE_PATTERN: Record<CallSortField, RegExp> = {
  startedAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  billableSeconds: /^\d{1,10}$/,
};

export function encodeCallCursor(cursor: CallCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, w: cursor.way, v: cursor.value, i: cursor.id })).toString('base64url');
}

/** Null for anything that is not a token made for the same sort (an edited URL, an old link). */
export function decodeCallCursor(token: string | undefined, sort: CallSortField): CallCursor | null {
  if (!token) return null;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort || !VALUE_PATTERN[sort].test(parsed.data.v)) return null;
    if (sort === 'startedAt' && Number.isNaN(Date.parse(parsed.data.v))) return null;
    return { sort, way: parsed.data.w, value: parsed.data.v, id: parsed.data.i };
  } catch {
    return null;
  }
}

export function cursorValueOf(sort: CallSortField, row: { startedAt: Date; billableSeconds: number }): string {
  return sort === 'startedAt' ? row.startedAt.toISOString() : String(row.billableSeconds);
}
