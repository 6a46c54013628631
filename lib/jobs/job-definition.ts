import type { z } from 'zod';

export type EnqueueOptions = {
  /** At most one queued and one running job per key where the job's policy is "stately". */
  singletonKey?: string;
  /** Not before this instant (e.g. when a provider's rate budget allows the next call). */
  startAfter?: Date;
};

/** Queues a job by name; null when an equal job (same singletonKey) is already queued. */
export type Enqueue = (name: string, data: unknown, options?: EnqueueOptions) => Promise<string | null>;

/** What a running job may do besides its work: queue follow-up jobs. */
export type JobContext = { enqueue: Enqueue };

/**
 * One kind of background job. Each feature declares its own (next to its code) and the
 * registry (job-registry.ts) lists them; the runner validates every job's data with
 * `schema` before it is queued and again before `handler` runs.
 */
export type JobDefinition<T> = {
  name: string;
  schema: z.ZodType<T>;
  handler(data: T, context: JobContext): Promise<void>;
  /** Queued by the runner on this schedule (cron syntax, UTC), with empty data. */
  cron?: string;
  /** Retries after a thrown error, with backoff; 2 unless set. */
  retryLimit?: number;
  /** "stately": one queued and one running job per singletonKey (one sync per cursor). */
  policy?: 'standard' | 'stately';
  /** How many of these one worker process runs side by side; always 1 on the embedded database. */
  concurrency?: number;
};
