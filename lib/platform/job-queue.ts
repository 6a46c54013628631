import { z } from 'zod';
import { Prisma, systemDb } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { jobErrorMessage, summarizeJobData, type JobDataField } from './job-summaries.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';

/**
 * The job queue as platform admins see it. pg-boss has no listing API, so queues, counts
 * by state and failed jobs are read-only SQL on its tables (pgboss.queue, pgboss.job, and pgboss.archive, where finished jobs move
 * after a while). Its tables are outside the tenancy model: every function here asserts
 * the platform scope first.
 */

// JOB_SCHEMA of lib/jobs/job-runner.ts, not imported: that module loads every feature's jobs.
const JOB_SCHEMA = 'pgboss';
export const SCHEMA = Prisma.raw(JOB_SCHEMA);

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const FAILED_JOBS_PAGE_SIZE = 20;

export async function jobTablesExist(): Promise<boolean> {
  const [row] = await systemDb().$queryRaw<[{ ready: boolean }]>`
    SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AND to_regclass(${`${JOB_SCHEMA}.archive`}) IS NOT NULL AS ready`;
  return row.ready;
}

// pg-boss's own bookkeeping queues ("__pgboss__send-it" for schedules) are not the portal's jobs.
const notInternal = Prisma.sql`NOT starts_with(name, '__pgboss__')`;

export type QueueSummary = { name: string; counts: Record<JobState, number>; archivedFailed: number };
/** Unavailable until a job runner has created pg-boss's tables. */
export type JobQueueOverview = { available: false } | { available: true; queues: QueueSummary[] };

/** Each queue's jobs by state; failed jobs already moved to the archive are counted apart. */
export async function getJobQueueOverview(scope: PlatformScope): Promise<JobQueueOverview> {
  assertPlatformScope(scope, 'view the job queue');
  if (!(await jobTablesExist())) return { available: false };
  const db = systemDb();
  const [names, live, archived] = await Promise.all([
    db.$queryRaw<Array<{ name: string }>>`SELECT name FROM ${SCHEMA}.queue WHERE ${notInternal}`,
    db.$queryRaw<Array<{ name: string; state: string; count: number }>>`
      SELECT name, state::text AS state, count(*)::int AS count FROM ${SCHEMA}.job WHERE ${notInternal} GROUP BY name, state`,
    db.$queryRaw<Array<{ name: string; count: number }>>`
      SELECT name, count(*)::int AS count FROM ${SCHEMA}.archive WHERE state = 'failed' AND ${notInternal} GROUP BY name`,
  ]);
  const queues = new Map<string, QueueSummary>();
  const queue = (name: string) => {
    let summary = queues.get(name);
    if (!summary) {
      summary = { name, counts: { created: 0, retry: 0, active: 0, completed: 0, failed: 0 }, archivedFailed: 0 };
      queues.set(name, summary);
    }
    return summary;
  };
  for (const { name } of names) queue(name);
  for (const row of live) if ((JOB_STATES as readonly string[]).includes(row.state)) queue(row.name).counts[row.state as JobState] = row.count;
  for (const row of archived) queue(row.name).archivedFailed = row.count;
  return { available: true, queues: [...queues.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export type FailedJob = {
  id: string;
  queue: string;
  data: JobDataField[];
  partner: { id: string; name: string } | null;
  error: string | null;
  failedAt: Date;
  createdAt: Date;
  retryCount: number;
  retryLimit: number;
  /** Moved to pgboss.archive: pg-boss cannot retry it, so "Retry" sends a new job with its data. */
  archived: boolean;
  /** The latest retry a platform admin made, from the audit log. */
  lastRetry: { at: Date; by: string | null } | null;
};

export type FailedJobPage = {
  items: FailedJob[];
  total: number;
  page: number;
  pageSize: number;
  previousCursor: string | null;
  nextCursor: string | null;
};

type FailedRow = {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  failed_on: Date;
  archived: boolean;
};

type JobCursor = { way: 'after' | 'before'; failedAt: Date; id: string };

const cursorSchema = z.object({ w: z.enum(['after', 'before']), f: z.iso.datetime(), i: z.uuid() });

export function encodeJobCursor(cursor: JobCursor): string {
  return Buffer.from(JSON.stringify({ w: cursor.way, f: cursor.failedAt.toISOString(), i: cursor.id })).toString('base64url');
}

function decodeJobCursor(token: string | undefined): JobCursor | null {
  if (!token) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { way: parsed.data.w, failedAt: new Date(parsed.data.f), id: parsed.data.i } : null;
  } catch {
    return null;
  }
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// The URL is the page's state and anyone can edit it: nonsense falls back to the defaults.
const failedJobParamsSchema = z.object({
  queue: z.preprocess(first, z.string().trim().min(1).max(200).optional()).catch(undefined),
  cursor: z.preprocess(first, z.string().max(300).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
});

export type FailedJobQuery = { queue?: string; cursor?: string; page?: number };

/** The failed-jobs list's state from the page's search params (`?queue=&cursor=&page=`). */
export function parseFailedJobParams(params: Record<string, string | string[] | undefined>): FailedJobQuery {
  return failedJobParamsSchema.parse(params);
}

// Failed-at is cut to milliseconds, the precision a cursor (a JS Date) carries back.
function failedJobsSql(queue: string | undefined, tail: Prisma.Sql): Prisma.Sql {
  const byQueue = queue ? Prisma.sql`AND name = ${queue}` : Prisma.sql`AND ${notInternal}`;
  return Prisma.sql`
    SELECT * FROM (
      SELECT id::text, name, data, output, retry_count, retry_limit, created_on, date_trunc('milliseconds', coalesce(completed_on, created_on)) AS failed_on, false AS archived
      FROM ${SCHEMA}.job WHERE state = 'failed' ${byQueue}
      UNION ALL
      SELECT id::text, name, data, output, retry_count, retry_limit, created_on, date_trunc('milliseconds', coalesce(completed_on, created_on)) AS failed_on, true AS archived
      FROM ${SCHEMA}.archive WHERE state = 'failed' ${byQueue}
    ) failed
    ${tail}`;
}

/** The most recent failed jobs (optionally of one queue), newest first, keyset-paged on (failed at, id). */
export async function listFailedJobs(scope: PlatformScope, query: FailedJobQuery): Promise<FailedJobPage | null> {
  assertPlatformScope(scope, 'view the job queue');
  if (!(await jobTablesExist())) return null;
  const db = systemDb();
  const cursor = decodeJobCursor(query.cursor);
  const take = FAILED_JOBS_PAGE_SIZE + 1;

  const readFirst = async () => {
    const rows = await db.$queryRaw<FailedRow[]>(failedJobsSql(query.queue, Prisma.sql`ORDER BY failed_on DESC, id DESC LIMIT ${take}`));
    return { rows: rows.slice(0, FAILED_JOBS_PAGE_SIZE), hasPrevious: false, hasNext: rows.length > FAILED_JOBS_PAGE_SIZE };
  };
  const readAt = async ({ way, failedAt, id }: JobCursor) => {
    const tail =
      way === 'after'
        ? Prisma.sql`WHERE (failed_on, id) < (${failedAt}::timestamptz, ${id}) ORDER BY failed_on DESC, id DESC LIMIT ${take}`
        : Prisma.sql`WHERE (failed_on, id) > (${failedAt}::timestamptz, ${id}) ORDER BY failed_on ASC, id ASC LIMIT ${take}`;
    const rows = await db.$queryRaw<FailedRow[]>(failedJobsSql(query.queue, tail));
    const more = rows.length > FAILED_JOBS_PAGE_SIZE;
    const page = rows.slice(0, FAILED_JOBS_PAGE_SIZE);
    return way === 'after' ? { rows: page, hasPrevious: true, hasNext: more } : { rows: page.reverse(), hasPrevious: more, hasNext: true };
  };

  const [read, [{ total }]] = await Promise.all([
    cursor ? readAt(cursor) : readFirst(),
    db.$queryRaw<[{ total: number }]>(Prisma.sql`SELECT count(*)::int AS total FROM (${failedJobsSql(query.queue, Prisma.empty)}) counted`),
  ]);
  const { rows, hasPrevious, hasNext } = cursor && read.rows.length === 0 ? await readFirst() : read;
  const items = await describeFailedJobs(scope, rows);
  const pageCount = Math.max(1, Math.ceil(total / FAILED_JOBS_PAGE_SIZE));
  const page = !hasPrevious ? 1 : Math.min(Math.max(query.page ?? 2, 2), pageCount);
  const edge = (way: JobCursor['way'], job: FailedJob | undefined) => (job ? encodeJobCursor({ way, failedAt: job.failedAt, id: job.id }) : null);
  return {
    items,
    total,
    page,
    pageSize: FAILED_JOBS_PAGE_SIZE,
    previousCursor: hasPrevious ? edge('before', items[0]) : null,
    nextCursor: hasNext ? edge('after', items.at(-1)) : null,
  };
}

export function partnerIdOf(data: unknown): string | null {
  if (data && typeof data === 'object' && 'partnerId' in data && typeof data.partnerId === 'string') return data.partnerId;
  return null;
}

/** Adds what the rows alone do not say: whose job it was (partner name) and its latest retry. */
async function describeFailedJobs(scope: PlatformScope, rows: FailedRow[]): Promise<FailedJob[]> {
  if (rows.length === 0) return [];
  const db = scopedDb(scope);
  const partnerIds = [...new Set(rows.map((row) => partnerIdOf(row.data)).filter((id): id is string => id !== null))];
  const [partners, retries] = await Promise.all([
    partnerIds.length > 0 ? db.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } }) : [],
    db.auditEvent.findMany({
      where: { action: 'job.retry', entityType: 'Job', entityId: { in: rows.map((row) => row.id) } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { entityId: true, createdAt: true, actorEmail: true },
    }),
  ]);
  const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
  const lastRetry = new Map<string, { at: Date; by: string | null }>();
  for (const retry of retries) if (retry.entityId && !lastRetry.has(retry.entityId)) lastRetry.set(retry.entityId, { at: retry.createdAt, by: retry.actorEmail });
  return rows.map((row) => {
    const partnerId = partnerIdOf(row.data);
    const partner = partnerId ? (partnerById.get(partnerId) ?? null) : null;
    return {
      id: row.id,
      queue: row.name,
      // A known partner shows by name; its id would only repeat it.
      data: summarizeJobData(row.data).filter((field) => !(partner && field.key === 'partnerId')),
      partner,
      error: jobErrorMessage(row.output),
      failedAt: row.failed_on,
      createdAt: row.created_on,
      retryCount: row.retry_count,
      retryLimit: row.retry_limit,
      archived: row.archived,
      lastRetry: lastRetry.get(row.id) ?? null,
    };
  });
}
