import PgBoss from 'pg-boss';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { FAILED_JOBS_PAGE_SIZE, getJobQueueOverview, listFailedJobs } from './job-queue';
import type { PlatformScope } from './platform-scope';
import { jobQueueControlFor, retryFailedJob, type JobQueueControl } from './retry-failed-job';
import { seedPlatformAdmin } from './platform-test-fixture';

const db = testDb();
const ctx = { ip: '198.51.100.30' };
const QUEUE = 'platform-test-sync';
const OTHER_QUEUE = 'platform-test-invoices';
let boss: PgBoss;
let control: JobQueueControl;
let platform: PlatformScope;
let partnerId: string;

beforeAll(async () => {
  // A real pg-boss on the run's database, as lib/jobs runs it, with no background maintenance.
  boss = new PgBoss({ connectionString: inject('databaseUrl'), schema: 'pgboss', max: 2, supervise: false, schedule: false });
  boss.on('error', () => undefined);
  await boss.start();
  control = jobQueueControlFor(boss);
});

afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
});

beforeEach(async () => {
  // resetDatabase empties the portal's tables only; pg-boss keeps its own schema.
  await resetDatabase();
  await boss.clearStorage();
  for (const name of [QUEUE, OTHER_QUEUE]) if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: 0 });
  platform = await seedPlatformAdmin();
  partnerId = (await db.partner.create({ data: { slug: 'bluewave', name: 'Bluewave', currency: 'EUR' } })).id;
});

/** Sends a job and makes it fail the way a worker's thrown error does (the queue must have no other job waiting). */
async function failedJob(queue: string, data: object, error = new Error('Vobiz did not answer')): Promise<string> {
  const id = await boss.send(queue, data);
  const [job] = await boss.fetch(queue);
  expect(job?.id).toBe(id);
  await boss.fail(queue, id!, error);
  return id!;
}

async function archive(queue: string, id: string) {
  await db.$executeRawUnsafe(
    `WITH moved AS (DELETE FROM pgboss.job WHERE name = $1 AND id = $2::uuid RETURNING *)
     INSERT INTO pgboss.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on,
       singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter, policy, output)
     SELECT id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on,
       singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter, policy, output FROM moved`,
    queue,
    id,
  );
}

describe('job queue', () => {
  it('counts each queue’s jobs by state, archived failures apart', async () => {
    await failedJob(QUEUE, { partnerId });
    await archive(QUEUE, await failedJob(QUEUE, { partnerId }));
    await boss.send(QUEUE, { partnerId });
    await boss.send(QUEUE, { partnerId });
    const overview = await getJobQueueOverview(platform);
    if (!overview.available) throw new Error('The job queue should be available.');
    // Other tests' job runners leave the portal's real queues behind; only this test's are compared.
    expect(overview.queues.filter((queue) => queue.name === QUEUE || queue.name === OTHER_QUEUE)).toEqual([
      { name: OTHER_QUEUE, counts: { created: 0, retry: 0, active: 0, completed: 0, failed: 0 }, archivedFailed: 0 },
      { name: QUEUE, counts: { created: 2, retry: 0, active: 0, completed: 0, failed: 1 }, archivedFailed: 1 },
    ]);
  });

  it('lists failed jobs newest first with their partner, error message and a data summary without secrets', async () => {
    await failedJob(QUEUE, { partnerId, connectionId: 'conn-1', authToken: 'tok-secret' });
    const error = Object.assign(new Error('Cliqtel refused the key (401)'), { name: 'ProviderAuthError', requestHeaders: { authorization: 'Bearer s3cret' } });
    await failedJob(OTHER_QUEUE, { partnerId, month: '2026-03' }, error);

    const page = await listFailedJobs(platform, {});
    expect(page).toMatchObject({ total: 2, page: 1, previousCursor: null, nextCursor: null });
    expect(page!.items).toMatchObject([
      { queue: OTHER_QUEUE, error: 'ProviderAuthError: Cliqtel refused the key (401)', partner: { id: partnerId, name: 'Bluewave' }, archived: false, retryCount: 0, retryLimit: 0, lastRetry: null },
      { queue: QUEUE, error: 'Vobiz did not answer', data: [{ key: 'connectionId', value: 'conn-1' }] },
    ]);
    expect(JSON.stringify(page)).not.toMatch(/tok-secret|s3cret|stack/);
    expect((await listFailedJobs(platform, { queue: QUEUE }))!.items.map((job) => job.queue)).toEqual([QUEUE]);
  });

  it('pages through failed jobs of both tables with keyset cursors', async () => {
    const ids: string[] = [];
    for (let index = 0; index < FAILED_JOBS_PAGE_SIZE + 5; index++) ids.push(await failedJob(QUEUE, { partnerId, index }));
    for (const id of ids.slice(0, 3)) await archive(QUEUE, id);

    const first = (await listFailedJobs(platform, {}))!;
    const second = (await listFailedJobs(platform, { cursor: first.nextCursor!, page: 2 }))!;
    expect([first.items.length, second.items.length, second.nextCursor]).toEqual([FAILED_JOBS_PAGE_SIZE, 5, null]);
    expect(new Set([...first.items, ...second.items].map((job) => job.id))).toEqual(new Set(ids));
    expect(second.items.filter((job) => job.archived)).toHaveLength(3);
    const back = (await listFailedJobs(platform, { cursor: second.previousCursor!, page: 1 }))!;
    expect(back.items.map((job) => job.id)).toEqual(first.items.map((job) => job.id));
  });

  it('retries a failed job through pg-boss, once, with an audit event', async () => {
    const id = await failedJob(QUEUE, { partnerId });
    expect(await retryFailedJob(platform, control, { queue: QUEUE, jobId: id }, ctx)).toEqual({ ok: true, mode: 'retried' });
    expect((await boss.getJobById(QUEUE, id))?.state).toBe('retry');
    expect((await listFailedJobs(platform, {}))!.total).toBe(0);
    expect(await retryFailedJob(platform, control, { queue: QUEUE, jobId: id }, ctx)).toEqual({ ok: false, message: expect.stringMatching(/no longer failed/) });
    const audit = await db.auditEvent.findMany({ where: { action: 'job.retry' } });
    expect(audit).toMatchObject([{ entityType: 'Job', entityId: id, partnerId, actorEmail: platform.email, ip: ctx.ip, after: { queue: QUEUE, mode: 'retried', newJobId: null } }]);
  });

  it('sends an archived failure again as a new job with the same data, only once', async () => {
    const id = await failedJob(QUEUE, { partnerId, month: '2026-03' });
    await archive(QUEUE, id);
    const result = await retryFailedJob(platform, control, { queue: QUEUE, jobId: id }, ctx);
    expect(result).toEqual({ ok: true, mode: 'sent-again', newJobId: expect.any(String) });
    const copy = await boss.getJobById(QUEUE, (result as { newJobId: string }).newJobId);
    expect(copy).toMatchObject({ state: 'created', data: { partnerId, month: '2026-03' } });
    expect(await retryFailedJob(platform, control, { queue: QUEUE, jobId: id }, ctx)).toEqual({ ok: false, message: expect.stringMatching(/sent again already/) });
    const listed = (await listFailedJobs(platform, {}))!.items;
    expect(listed).toMatchObject([{ id, archived: true, lastRetry: { by: platform.email } }]);
  });

  it('says so when the runner refuses the copy of an archived job', async () => {
    const id = await failedJob(QUEUE, { partnerId });
    await archive(QUEUE, id);
    const refusing: JobQueueControl = { ...control, send: () => Promise.reject(new Error('No background job is named "platform-test-sync".')) };
    expect(await retryFailedJob(platform, refusing, { queue: QUEUE, jobId: id }, ctx)).toEqual({ ok: false, message: expect.stringMatching(/refused a new copy/) });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('refuses unknown jobs and malformed input', async () => {
    expect(await retryFailedJob(platform, control, { queue: QUEUE, jobId: '00000000-0000-4000-8000-000000000000' }, ctx)).toMatchObject({ ok: false });
    expect(await retryFailedJob(platform, control, { queue: QUEUE, jobId: 'not-a-uuid' }, ctx)).toEqual({ ok: false, message: 'There is no such job.' });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
