import { z } from 'zod';
import { systemDb } from '../db/client.ts';
import type { JobDefinition } from '../jobs/job-registry.ts';
import { rerateCalls } from './rerate-calls.ts';

/** Re-prices a period's calls after a price-list change; queued by requestRerate, one run per job. */
export const rerateJob: JobDefinition<{ rerateRunId: string }> = {
  name: 'rerate',
  schema: z.object({ rerateRunId: z.string().min(1) }),
  retryLimit: 2,
  // A background job has no user: the run names its partner, and rerateCalls filters by it.
  handler: ({ rerateRunId }) => rerateCalls(systemDb(), rerateRunId),
};
