import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { RerateStatus } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { periodDays } from './rerate-period.ts';

export type RerateRunRow = {
  id: string;
  status: RerateStatus;
  currency: string | null;
  /** Days in the partner's time zone, both included. */
  from: string;
  to: string;
  ratedCalls: number;
  error: string | null;
  requestedBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/** The partner's latest re-rate runs, newest first. */
export async function listRerateRuns(scope: PartnerScope, limit = 10): Promise<RerateRunRow[]> {
  const db = scopedDb(scope);
  const [partner, runs] = await Promise.all([
    db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } }),
    db.rerateRun.findMany({ orderBy: { createdAt: 'desc' }, take: limit }),
  ]);
  const [lists, users] = await Promise.all([
    db.priceList.findMany({ where: { id: { in: [...new Set(runs.map((run) => run.priceListId))] } }, select: { id: true, currency: true } }),
    db.user.findMany({ where: { id: { in: [...new Set(runs.flatMap((run) => (run.requestedById ? [run.requestedById] : [])))] } }, select: { id: true, email: true } }),
  ]);
  const currencyOf = new Map(lists.map((list) => [list.id, list.currency]));
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  return runs.map((run) => ({
    id: run.id,
    status: run.status,
    currency: currencyOf.get(run.priceListId) ?? null,
    ...periodDays(run, partner.timeZone),
    ratedCalls: run.ratedCalls,
    error: run.error,
    requestedBy: run.requestedById ? (emailOf.get(run.requestedById) ?? null) : null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  }));
}
