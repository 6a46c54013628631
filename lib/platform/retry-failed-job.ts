import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { systemDb } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { jobTablesExist, partnerIdOf, SCHEMA } from './job-queue.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';

/** The pg-boss operations a retry uses; lib/platform/job-queue-control.ts takes them from the job runner. */
export type JobQueueControl = {
  /** Moves a failed job back to "retry"; the number of jobs it changed (0 when it was not failed). */
  retry(name: string, id: string): Promise<number>;
  /** A new job with the same data (for archived failures, which pg-boss cannot retry); its id, or null when refused. */
  send(name: string, data: object): Promise<string | null>;
};

export function jobQueueControlFor(boss: Pick<PgBoss, 'retry' | 'send'>, send: JobQueueControl['send'] = (name, data) => boss.send(name, data)): JobQueueControl {
  return {
    // Typed as void, but pg-boss 10 answers { jobs, requested, affected }.
    retry: async (name, id) => ((await boss.retry(name, id)) as unknown as { affected?: number } | undefined)?.affected ?? 0,
    send,
  };
}

export type RetryJobResult = { ok: true; mode: 'retried' | 'sent-again'; newJobId?: string } | { ok: false; message: string };

const retryInputSchema = z.object({ queue: z.string().min(1).max(200), jobId: z.uuid() });

/**
 * Retries one failed job: pg-boss's retry while the job is still in its table (it changes
 * only a job that is still failed, so a second click changes nothing); for an archived one,
 * a new job with the same data, once. Audited either way. No transaction is held around
 * the pg-boss call: on the embedded database (one session) pg-boss's own query would wait
 * behind it. Two admins sending the same archived job at the very same moment could
 * therefore queue two copies; the button disappears once the copy is recorded.
 */
export async function retryFailedJob(
  scope: PlatformScope,
  control: JobQueueControl,
  input: { queue: unknown; jobId: unknown },
  context: { ip: string | null },
): Promise<RetryJobResult> {
  assertPlatformScope(scope, 'retry jobs');
  const parsed = retryInputSchema.safeParse(input);
  if (!parsed.success || !(await jobTablesExist())) return { ok: false, message: 'There is no such job.' };
  const { queue, jobId } = parsed.data;
  const db = scopedDb(scope);

  const [row] = await systemDb().$queryRaw<Array<{ state: string; data: unknown; archived: boolean }>>`
    SELECT state::text AS state, data, false AS archived FROM ${SCHEMA}.job WHERE name = ${queue} AND id = ${jobId}::uuid
    UNION ALL
    SELECT state::text, data, true FROM ${SCHEMA}.archive WHERE name = ${queue} AND id = ${jobId}::uuid
    LIMIT 1`;
  if (!row) return { ok: false, message: 'This job no longer exists: pg-boss deletes archived jobs after a while.' };
  if (row.state !== 'failed') return { ok: false, message: 'This job is no longer failed: it was retried already.' };

  let result: RetryJobResult;
  if (!row.archived) {
    const changed = await control.retry(queue, jobId);
    if (changed === 0) return { ok: false, message: 'This job is no longer failed: it was retried already.' };
    result = { ok: true, mode: 'retried' };
  } else {
    const earlier = await db.auditEvent.findFirst({ where: { action: 'job.retry', entityType: 'Job', entityId: jobId }, select: { id: true } });
    if (earlier) return { ok: false, message: 'This archived job was sent again already.' };
    let newJobId: string | null;
    try {
      newJobId = await control.send(queue, (row.data ?? {}) as object);
    } catch (error) {
      // E.g. the queue's job was removed from the registry, or its data no longer fits the job's schema.
      logger.warn({ queue, jobId, err: error instanceof Error ? error.message : String(error) }, 'archived job could not be sent again');
      return { ok: false, message: 'The job runner refused a new copy: this queue’s job no longer exists or its data no longer fits.' };
    }
    if (!newJobId) return { ok: false, message: 'The queue refused a new copy, e.g. because the same job is already waiting.' };
    result = { ok: true, mode: 'sent-again', newJobId };
  }

  const partnerId = partnerIdOf(row.data);
  const partner = partnerId ? await db.partner.findUnique({ where: { id: partnerId }, select: { id: true } }) : null;
  await recordAuditEvent(
    db,
    { userId: scope.userId, email: scope.email, partnerId: partner?.id ?? null, ip: context.ip },
    { action: 'job.retry', entityType: 'Job', entityId: jobId, after: { queue, mode: result.mode, newJobId: result.newJobId ?? null } },
  );
  return result;
}
