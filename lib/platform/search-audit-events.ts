import type { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { auditKeysetWhere, decodeAuditCursor, encodeAuditCursor, type AuditCursor } from './audit-cursor.ts';
import { AUDIT_PAGE_SIZE, type AuditSearchQuery } from './audit-search-query.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';
import { nextDay, startOfDayInZone } from './zoned-day.ts';

export type AuditEventRow = {
  id: string;
  createdAt: Date;
  partner: { id: string; name: string } | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

export type AuditEventPage = {
  items: AuditEventRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Keyset tokens of the neighbouring pages; null at either end. */
  previousCursor: string | null;
  nextCursor: string | null;
};

export function auditSearchWhere(query: AuditSearchQuery): Prisma.AuditEventWhereInput {
  const conditions: Prisma.AuditEventWhereInput[] = [];
  if (query.partnerId) conditions.push({ partnerId: query.partnerId });
  if (query.actorEmail) conditions.push({ actorEmail: { contains: query.actorEmail, mode: 'insensitive' } });
  if (query.action) conditions.push({ action: query.action });
  if (query.text) conditions.push({ action: { contains: query.text, mode: 'insensitive' } });
  if (query.entityType) conditions.push({ entityType: query.entityType });
  if (query.entityId) conditions.push({ entityId: query.entityId });
  // Calendar days in the viewer's zone: from its first instant up to (not including) the day after "to".
  if (query.from) conditions.push({ createdAt: { gte: startOfDayInZone(query.from, query.timeZone) } });
  if (query.to) conditions.push({ createdAt: { lt: startOfDayInZone(nextDay(query.to), query.timeZone) } });
  return conditions.length > 0 ? { AND: conditions } : {};
}

const select = {
  id: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  ip: true,
  before: true,
  after: true,
} as const satisfies Prisma.AuditEventSelect;

/**
 * One page of every partner's audit events (and the platform's own), newest first,
 * filtered in the database. The id breaks ties between events of the same millisecond,
 * so none appears on two pages or on none. With a partner chosen, the (partnerId,
 * createdAt) index serves the range.
 */
export async function searchAuditEvents(scope: PlatformScope, query: AuditSearchQuery): Promise<AuditEventPage> {
  assertPlatformScope(scope, 'search the audit log');
  const db = scopedDb(scope);
  const where = auditSearchWhere(query);
  const cursor = decodeAuditCursor(query.cursor);
  const newestFirst: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];

  const readFirst = async () => {
    const rows = await db.auditEvent.findMany({ where, select, orderBy: newestFirst, take: AUDIT_PAGE_SIZE + 1 });
    return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasPrevious: false, hasNext: rows.length > AUDIT_PAGE_SIZE };
  };
  const readAt = async ({ way, ...edge }: AuditCursor) => {
    const rows = await db.auditEvent.findMany({
      where: { AND: [where, auditKeysetWhere({ way, ...edge })] },
      select,
      orderBy: way === 'after' ? newestFirst : [{ createdAt: 'asc' }, { id: 'asc' }],
      take: AUDIT_PAGE_SIZE + 1,
    });
    const more = rows.length > AUDIT_PAGE_SIZE;
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return way === 'after' ? { rows: page, hasPrevious: true, hasNext: more } : { rows: page.reverse(), hasPrevious: more, hasNext: true };
  };

  const [read, total] = await Promise.all([cursor ? readAt(cursor) : readFirst(), db.auditEvent.count({ where })]);
  // A cursor past either end (e.g. an old link) starts over at the newest events.
  const { rows, hasPrevious, hasNext } = cursor && read.rows.length === 0 ? await readFirst() : read;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = !hasPrevious ? 1 : Math.min(Math.max(query.page, 2), pageCount);
  const edge = (way: AuditCursor['way'], row: AuditEventRow | undefined) => (row ? encodeAuditCursor({ way, createdAt: row.createdAt, id: row.id }) : null);
  return {
    items: rows,
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
    previousCursor: hasPrevious ? edge('before', rows[0]) : null,
    nextCursor: hasNext ? edge('after', rows.at(-1)) : null,
  };
}
