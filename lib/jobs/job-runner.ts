import PgBoss from 'pg-boss';
import { env } from '../config/env.ts';
import { DatabaseNotConfigured } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import type { Enqueue, EnqueueOptions, JobDefinition } from './job-definition.ts';
import { JOBS } from './job-registry.ts';

export type { EnqueueOptions } from './job-definition.ts';

export type JobRunner = {
  enqueue(name: string, data: unknown, options?: EnqueueOptions): Promise<string | null>;
  stop(): Promise<void>;
  /** The queue itself, for the platform's job view (retrying a failed job). */
  readonly boss: PgBoss;
};

export type JobRunnerOptions = {
  /** Run the jobs (and their schedules) in this process; without, it only queues them. */
  workers: boolean;
  /** The registry unless a test brings its own. */
  jobs?: ReadonlyArray<JobDefinition<unknown>>;
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
};

/** The queue tables live beside the portal's, in their own schema. */
export const JOB_SCHEMA = 'pgboss';
const DEFAULT_RETRY_LIMIT = 2;
const RETRY_DELAY_SECONDS = 30;
// A first sync or a re-rate of a busy partner runs long; pg-boss's 15-minute default would start it twice.
const EXPIRE_IN_SECONDS = 60 * 60;
const STOP_TIMEOUT_MS = 30_000;

export class UnknownJob extends Error {
  constructor(readonly jobName: string) {
    super(`No background job is named "${jobName}".`);
    this.name = 'UnknownJob';
  }
}

const globalForJobs = globalThis as unknown as { portalJobRunner?: Promise<JobRunner> };

async function runJob(job: JobDefinition<unknown>, raw: PgBoss.Job<unknown>, enqueue: Enqueue): Promise<void> {
  const started = Date.now();
  try {
    await job.handler(job.schema.parse(raw.data), { enqueue });
    logger.debug({ job: job.name, jobId: raw.id, ms: Date.now() - started }, 'job done');
  } catch (error) {
    logger.warn({ job: job.name, jobId: raw.id, err: error }, 'job failed');
    throw error;
  }
}

/**
 * pg-boss on the portal's PostgreSQL: no other server. Workers run in their own process in
 * production (`npm run worker`) and inside `npm start` in demo mode; web processes only queue
 * (getJobRunner). On the embedded database (one session) the runner keeps to one
 * connection and one job at a time.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) throw new DatabaseNotConfigured();
  const embedded = DATABASE_POOL_MAX === 1;
  const jobs = options.jobs ?? JOBS;
  const byName = new Map(jobs.map((job) => [job.name, job]));

  const boss = new PgBoss({
    connectionString: DATABASE_URL,
    schema: JOB_SCHEMA,
    max: embedded ? 1 : Math.min(4, DATABASE_POOL_MAX ?? 4),
    application_name: options.workers ? 'portal-worker' : 'portal-web',
    // Maintenance and cron belong to the workers; a queuing-only process leaves them alone.
    supervise: options.workers,
    schedule: options.workers,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job runner error'));
  await boss.start();

  const enqueue: Enqueue = async (name, data, enqueueOptions = {}) => {
    const job = byName.get(name);
    if (!job) throw new UnknownJob(name);
    return boss.send(name, job.schema.parse(data) as object, { singletonKey: enqueueOptions.singletonKey, startAfter: enqueueOptions.startAfter });
  };

  try {
    for (const job of jobs) {
      const queue = {
        name: job.name,
        policy: job.policy ?? 'standard',
        retryLimit: job.retryLimit ?? DEFAULT_RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: EXPIRE_IN_SECONDS,
      } as const;
      await boss.createQueue(job.name, queue);
      // An existing queue keeps its settings on create: the workers bring them up to date.
      if (options.workers) await boss.updateQueue(job.name, queue);
    }
    if (options.workers) {
      const pollingIntervalSeconds = options.pollingIntervalSeconds ?? (embedded ? 5 : 2);
      for (const job of jobs) {
        const concurrency = embedded ? 1 : (job.concurrency ?? 1);
        for (let worker = 0; worker < concurrency; worker++) {
          await boss.work<unknown>(job.name, { batchSize: 1, pollingIntervalSeconds }, ([raw]) => runJob(job, raw!, enqueue));
        }
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
        else await boss.unschedule(job.name);
      }
      logger.info({ jobs: jobs.map((job) => job.name) }, 'job workers started');
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }

  const runner: JobRunner = {
    enqueue,
    boss,
    async stop() {
      // Running jobs finish (up to the timeout); no new ones are fetched.
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
      if (globalForJobs.portalJobRunner && (await globalForJobs.portalJobRunner) === runner) globalForJobs.portalJobRunner = undefined;
    },
  };
  globalForJobs.portalJobRunner = Promise.resolve(runner);
  return runner;
}

/**
 * The process's runner: the workers' own where they run here, otherwise one started on
 * first use that only queues (web requests, server actions).
 */
export function getJobRunner(): Promise<JobRunner> {
  if (!globalForJobs.portalJobRunner) {
    const starting = startJobRunner({ workers: false });
    globalForJobs.portalJobRunner = starting;
    // A failed start is not cached: the next request tries again.
    starting.catch(() => {
      if (globalForJobs.portalJobRunner === starting) globalForJobs.portalJobRunner = undefined;
    });
  }
  return globalForJobs.portalJobRunner;
}
