import { z } from 'zod';
import type { Prisma } from '../db/client.ts';

/**
 * Keyset position in the audit log, newest first: the (createdAt, id) of the row at a
 * page's edge. The database starts right there instead of counting past earlier rows.
 * Opaque in the URL, but it holds nothing secret.
 */
export type AuditCursor = { way: 'after' | 'before'; createdAt: Date; id: string };

const tokenSchema = z.object({ w: z.enum(['after', 'before']), c: z.iso.datetime(), i: z.string().min(1).max(64) });

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify({ w: cursor.way, c: cursor.createdAt.toISOString(), i: cursor.id })).toString('base64url');
}

/** Null for anything this list did not make (edited URLs, old links): the search starts at the newest. */
export function decodeAuditCursor(token: string | undefined): AuditCursor | null {
  if (!token) return null;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { way: parsed.data.w, createdAt: new Date(parsed.data.c), id: parsed.data.i } : null;
  } catch {
    return null;
  }
}

/**
 * Rows strictly past the cursor in reading order: older ones for "after" (reading newest
 * first), newer ones for "before". `createdAt <= value` is the index range; the OR only
 * decides among rows of the same millisecond.
 */
export function auditKeysetWhere(cursor: AuditCursor): Prisma.AuditEventWhereInput {
  const older = cursor.way === 'after';
  return {
    AND: [
      { createdAt: older ? { lte: cursor.createdAt } : { gte: cursor.createdAt } },
      { OR: [{ createdAt: older ? { lt: cursor.createdAt } : { gt: cursor.createdAt } }, { id: older ? { lt: cursor.id } : { gt: cursor.id } }] },
    ],
  };
}
