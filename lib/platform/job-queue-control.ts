import { getJobRunner } from '../jobs/job-runner.ts';
import { jobQueueControlFor, type JobQueueControl } from './retry-failed-job.ts';

/**
 * pg-boss's retry from the process's job runner; archived failures are sent again through
 * the runner's enqueue, which validates their data against the job's schema.
 */
export async function jobQueueControl(): Promise<JobQueueControl> {
  const runner = await getJobRunner();
  return jobQueueControlFor(runner.boss, (name, data) => runner.enqueue(name, data));
}
