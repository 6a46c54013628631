import { beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { JobRunner } from '@/lib/jobs/job-runner';
import { getSyncStatus } from './get-sync-status';
import { requestConnectionSync } from './request-connection-sync';
import { seedSyncTenant, type SyncTenant } from './sync-test-fixture';

type Sent = { name: string; data: unknown; options?: { singletonKey?: string; startAfter?: Date } };

/** A queue that records what was sent and, like the real one, takes one job per key. */
function recordingRunner(sent: Sent[]): () => Promise<JobRunner> {
  const keys = new Set<string>();
  const runner = {
    async enqueue(name: string, data: unknown, options?: Sent['options']) {
      sent.push({ name, data, options });
      if (options?.singletonKey && keys.has(options.singletonKey)) return null;
      if (options?.singletonKey) keys.add(options.singletonKey);
      return `job-${sent.length}`;
    },
    async stop() {},
  } as unknown as JobRunner;
  return async () => runner;
}

let voip: SyncTenant;
let other: SyncTenant;

beforeEach(async () => {
  await resetDatabase();
  voip = await seedSyncTenant({ kind: 'VOIP_ACCOUNT', baseUrl: 'http://127.0.0.1:9', credentials: { adminApiKey: 'k' } }, [{ accountId: '4100000001', authToken: 'a' }, { accountId: '4100000002', authToken: 'b' }]);
  other = await seedSyncTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: { authId: 'PA_O', authToken: 'o' } }, [], { slug: 'other' });
});

it('queues one sync per cursor of the connection, creating the cursors of its customers first, and only once while queued', async () => {
  const sent: Sent[] = [];
  const runner = recordingRunner(sent);
  const first = await requestConnectionSync(voip.staff, { connectionId: voip.connectionId }, { runner });
  expect(first).toEqual({ ok: true, queued: 2, alreadyQueued: 0, waitingUntil: null });
  const cursors = await testDb().cdrSyncCursor.findMany({ where: { connectionId: voip.connectionId } });
  expect(sent.map((job) => job.data)).toEqual(expect.arrayContaining(cursors.map((cursor) => ({ cursorId: cursor.id }))));
  expect(sent.every((job) => job.name === 'cdr-sync' && job.options?.singletonKey === (job.data as { cursorId: string }).cursorId)).toBe(true);

  expect(await requestConnectionSync(voip.staff, { connectionId: voip.connectionId }, { runner })).toMatchObject({ ok: true, queued: 0, alreadyQueued: 2 });
  const audit = await testDb().auditEvent.findMany({ where: { partnerId: voip.partnerId, action: 'usage.sync.request' } });
  expect(audit).toHaveLength(2);
});

it('keeps a cursor that waits for the provider’s budget waiting, and says until when', async () => {
  const sent: Sent[] = [];
  const now = new Date();
  await requestConnectionSync(voip.staff, { connectionId: voip.connectionId }, { runner: recordingRunner([]), now });
  const allowedAt = new Date(now.getTime() + 40 * 60_000);
  const waiting = await testDb().cdrSyncCursor.findFirstOrThrow({ where: { connectionId: voip.connectionId } });
  await testDb().cdrSyncCursor.update({ where: { id: waiting.id }, data: { state: 'WAITING_FOR_BUDGET', nextAllowedAt: allowedAt } });

  const result = await requestConnectionSync(voip.staff, { connectionId: voip.connectionId }, { runner: recordingRunner(sent), now });
  expect(result).toMatchObject({ ok: true, waitingUntil: allowedAt });
  expect(sent.find((job) => (job.data as { cursorId: string }).cursorId === waiting.id)?.options?.startAfter).toEqual(allowedAt);

  const status = await getSyncStatus(voip.staff);
  expect(status).toMatchObject({ waiting: 1, running: 0, failing: 0, lastSuccessAt: null });
  expect(status.connections).toHaveLength(1);
  expect(status.connections[0]).toMatchObject({ kind: 'VOIP_ACCOUNT', scope: 'customer', everyMinutes: 20, budgetNote: expect.stringMatching(/6 call-record requests an hour/) });
  expect(status.connections[0]!.cursors.map((cursor) => cursor.customerName).sort()).toEqual(['Customer 1', 'Customer 2']);
  expect(status.connections[0]!.cursors.find((cursor) => cursor.id === waiting.id)).toMatchObject({ state: 'WAITING_FOR_BUDGET', nextAllowedAt: allowedAt });
});

it('refuses another partner’s connection and a malformed request, queuing nothing', async () => {
  const sent: Sent[] = [];
  const runner = recordingRunner(sent);
  expect(await requestConnectionSync(other.staff, { connectionId: voip.connectionId }, { runner })).toEqual({ ok: false, fieldErrors: { connectionId: ['This connection does not exist.'] } });
  expect(await requestConnectionSync(voip.staff, { connectionId: '' }, { runner })).toMatchObject({ ok: false, fieldErrors: { connectionId: ['Choose a connection.'] } });
  expect(sent).toEqual([]);
  expect(await testDb().cdrSyncCursor.count()).toBe(0);
  expect((await getSyncStatus(other.staff)).connections.map((connection) => connection.id)).toEqual([other.connectionId]);
});

it('answers with a form error when the queue cannot be reached', async () => {
  const failing = async () => {
    throw new Error('connection refused');
  };
  expect(await requestConnectionSync(voip.staff, { connectionId: voip.connectionId }, { runner: failing })).toEqual({
    ok: false,
    fieldErrors: {},
    formError: 'The sync could not be queued. Try again in a moment.',
  });
});
