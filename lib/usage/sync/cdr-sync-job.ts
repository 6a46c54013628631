import { z } from 'zod';
import { systemDb } from '../../db/client.ts';
import type { JobDefinition } from '../../jobs/job-definition.ts';
import { ensureSyncCursors } from './ensure-sync-cursors.ts';
import { listDueSyncCursors } from './list-due-sync-cursors.ts';
import { syncCdrCursor } from './sync-cdr-cursor.ts';

const cdrSyncData = z.object({ cursorId: z.string().min(1) });

/**
 * One cursor's sync. The queue keeps at most one queued and one running sync per cursor
 * (singletonKey = cursor id). When the provider's budget runs out, the next run is queued
 * for the moment it allows the next call, never earlier: no polling against a spent budget.
 */
export const cdrSyncJob: JobDefinition<z.infer<typeof cdrSyncData>> = {
  name: 'cdr-sync',
  schema: cdrSyncData,
  policy: 'stately',
  concurrency: 2,
  // Provider failures are recorded on the cursor and retried by the next schedule.
  retryLimit: 1,
  async handler({ cursorId }, { enqueue }) {
    const outcome = await syncCdrCursor(cursorId);
    if (outcome.status === 'waiting') await enqueue(cdrSyncJob.name, { cursorId }, { singletonKey: cursorId, startAfter: outcome.retryAt });
  },
};

/** Every five minutes: cursors for new connections and customers, then a sync for each cursor that is due. */
export const cdrSyncScheduleJob: JobDefinition<Record<string, never>> = {
  name: 'cdr-sync.schedule',
  schema: z.object({}).strict() as z.ZodType<Record<string, never>>,
  cron: '*/5 * * * *',
  retryLimit: 0,
  async handler(_data, { enqueue }) {
    const db = systemDb();
    await ensureSyncCursors(db);
    for (const cursorId of await listDueSyncCursors(db)) await enqueue(cdrSyncJob.name, { cursorId }, { singletonKey: cursorId });
  },
};
