import { z } from 'zod';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import { systemDb } from '../../db/client.ts';
import { getJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { logger } from '../../log/logger.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import { fieldErrorsOf } from '../../validation/field-errors.ts';
import { cdrSyncJob } from './cdr-sync-job.ts';
import { ensureSyncCursors } from './ensure-sync-cursors.ts';

export const syncRequestSchema = z.object({ connectionId: z.string().trim().min(1, 'Choose a connection.').max(64) });

export type SyncRequestResult =
  | {
      ok: true;
      /** Syncs queued now. */
      queued: number;
      /** Cursors that already had a sync queued (or scheduled for when the budget allows). */
      alreadyQueued: number;
      /** The earliest moment a cursor waiting for the provider's budget may call again. */
      waitingUntil: Date | null;
    }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export type SyncRequestDeps = { runner?: () => Promise<JobRunner>; now?: Date; ip?: string | null };

/**
 * "Sync now" for one of the partner's connections: queues a sync of each of its cursors
 * (creating those of new customers first). The provider's budget still holds: a cursor
 * waiting for it keeps its scheduled run, and the answer says when that is.
 */
export async function requestConnectionSync(scope: PartnerScope, input: unknown, deps: SyncRequestDeps = {}): Promise<SyncRequestResult> {
  const parsed = syncRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const db = scopedDb(scope);
  const connection = await db.providerConnection.findUnique({ where: { id: parsed.data.connectionId }, select: { id: true, label: true } });
  if (!connection) return { ok: false, fieldErrors: { connectionId: ['This connection does not exist.'] } };

  const now = deps.now ?? new Date();
  await ensureSyncCursors(systemDb(), { partnerId: scope.partnerId, connectionId: connection.id }, now);
  const cursors = await db.cdrSyncCursor.findMany({ where: { connectionId: connection.id }, select: { id: true, nextAllowedAt: true } });

  let queued = 0;
  let waitingUntil: Date | null = null;
  try {
    const runner = await (deps.runner ?? getJobRunner)();
    for (const cursor of cursors) {
      const waiting = cursor.nextAllowedAt && cursor.nextAllowedAt > now ? cursor.nextAllowedAt : null;
      if (waiting && (!waitingUntil || waiting < waitingUntil)) waitingUntil = waiting;
      const jobId = await runner.enqueue(cdrSyncJob.name, { cursorId: cursor.id }, { singletonKey: cursor.id, startAfter: waiting ?? undefined });
      if (jobId) queued++;
    }
  } catch (error) {
    logger.error({ err: error, connectionId: connection.id }, 'could not queue a cdr sync');
    return { ok: false, fieldErrors: {}, formError: 'The sync could not be queued. Try again in a moment.' };
  }
  await recordAuditEvent(
    db,
    { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: deps.ip ?? null },
    { action: 'usage.sync.request', entityType: 'ProviderConnection', entityId: connection.id, after: { label: connection.label, queued, cursors: cursors.length } },
  );
  return { ok: true, queued, alreadyQueued: cursors.length - queued, waitingUntil };
}
