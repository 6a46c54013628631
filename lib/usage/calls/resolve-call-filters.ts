import type { CallStatus, PrismaClient } from '../../db/client.ts';
import { parseInZone } from '../../providers/billing-platform/zoned-time.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import { decodeCallCursor, type CallCursor } from './call-cursor.ts';
import type { CallFilters, CallSortField, SortDirection } from './call-filters.ts';
import type { CallScope } from './call-scope.ts';

/** The filters as the queries use them: instants in UTC, the destination split by kind. */
export type ResolvedCallFilters = {
  /** The viewer's zone (the partner's when the browser named none): dates are read and times written in it. */
  timeZone: string;
  partnerTimeZone: string;
  from?: Date;
  to?: Date;
  customerId?: string;
  did?: string;
  destination?: { country: string } | { prefix: string };
  status?: CallStatus;
  minDuration?: number;
  sort: CallSortField;
  dir: SortDirection;
  cursor: CallCursor | null;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The first instant of a local date or time in `timeZone`; a date `to` ends at the next midnight. */
function instantOf(local: string | undefined, timeZone: string, end: boolean): Date | undefined {
  if (!local) return undefined;
  return parseInZone(end && DAY.test(local) ? dayAfter(local) : local, timeZone) ?? undefined;
}

export async function resolveCallFilters(scope: CallScope, filters: CallFilters, base?: PrismaClient): Promise<ResolvedCallFilters> {
  const partner = await scopedDb(scope, base).partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } });
  const timeZone = filters.tz ?? partner.timeZone;
  const sort = filters.sort ?? 'startedAt';
  const destination = filters.destination;
  return {
    timeZone,
    partnerTimeZone: partner.timeZone,
    from: instantOf(filters.from, timeZone, false),
    to: instantOf(filters.to, timeZone, true),
    // A customer's own account is the only one they can see; a customer id in their URL changes nothing.
    customerId: scope.area === 'partner' ? filters.customerId : undefined,
    did: filters.did,
    destination: !destination ? undefined : /^[A-Z]{2}$/.test(destination) ? { country: destination } : { prefix: destination },
    status: filters.status,
    minDuration: filters.minDuration || undefined,
    sort,
    dir: filters.dir ?? 'desc',
    cursor: decodeCallCursor(filters.cursor, sort),
  };
}
