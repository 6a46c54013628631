import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startVobizSandbox, type RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { cdrSyncJob } from '@/lib/usage/sync/cdr-sync-job';
import { ensureSyncCursors } from '@/lib/usage/sync/ensure-sync-cursors';
import { seedSyncTenant } from '@/lib/usage/sync/sync-test-fixture';
import { JOBS } from './job-registry';
import { startJobRunner, UnknownJob, type JobRunner } from './job-runner';

const CREDENTIALS = { authId: 'PA_JOBS', authToken: 'job-tests-partner-token' };
let sandbox: RunningVobizSandbox;
let runner: JobRunner;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  await resetDatabase();
  sandbox = await startVobizSandbox({
    port: 0,
    seed: {
      partner: { name: 'Job Tests', currency: 'USD', credentials: CREDENTIALS },
      accounts: [{ providerAccountId: 'MA_JOBS0001', name: 'Account 1', email: 'a1@jobs.test', country: 'US', balance: '1.00000', billingModel: 'PREPAID' }],
      randomSeed: 3,
    },
  });
  runner = await startJobRunner({ workers: true, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await runner?.stop();
  await sandbox.close();
});

it('lists every feature’s job once, the sync’s among them', () => {
  const names = JOBS.map((job) => job.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual(expect.arrayContaining(['cdr-sync', 'cdr-sync.schedule', 'rerate', 'invoices.monthly', 'wallet-reconcile', 'wallet-reconcile.schedule']));
});

it('runs a queued sync end to end on PostgreSQL: the worker picks it up and the cursor is synced', async () => {
  const tenant = await seedSyncTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: CREDENTIALS }, [{ accountId: 'MA_JOBS0001' }], { slug: 'jobs' });
  await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId });
  const cursor = await testDb().cdrSyncCursor.findFirstOrThrow({ where: { partnerId: tenant.partnerId } });

  expect(await runner.enqueue(cdrSyncJob.name, { cursorId: cursor.id }, { singletonKey: cursor.id })).toEqual(expect.any(String));
  const synced = await eventually(
    () => testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: cursor.id } }),
    (row) => row.lastSuccessAt !== null,
  );
  expect(synced).toMatchObject({ state: 'IDLE', callsImported: sandbox.callRecords('MA_JOBS0001').length });
  expect(await testDb().cdr.count({ where: { partnerId: tenant.partnerId } })).toBe(sandbox.callRecords('MA_JOBS0001').length);
});

it('queues one job per singleton key at a time, and validates data before queuing', async () => {
  const later = new Date(Date.now() + 3_600_000);
  const first = await runner.enqueue(cdrSyncJob.name, { cursorId: 'not-a-cursor' }, { singletonKey: 'not-a-cursor', startAfter: later });
  expect(first).toEqual(expect.any(String));
  expect(await runner.enqueue(cdrSyncJob.name, { cursorId: 'not-a-cursor' }, { singletonKey: 'not-a-cursor', startAfter: later })).toBeNull();
  await expect(runner.enqueue(cdrSyncJob.name, { cursor: 'x' })).rejects.toBeInstanceOf(z.ZodError);
  await expect(runner.enqueue('no-such-job', {})).rejects.toBeInstanceOf(UnknownJob);
});
