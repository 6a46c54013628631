'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { retryFailedJob, type RetryJobResult } from '@/lib/platform/retry-failed-job';
import { jobQueueControl } from '@/lib/platform/job-queue-control';

export async function retryJobAction(queue: string, jobId: string): Promise<RetryJobResult> {
  const scope = await requireScope('platform');
  const result = await retryFailedJob(scope, await jobQueueControl(), { queue, jobId }, { ip: clientIpFromHeaders(await headers()) });
  revalidatePath('/admin/jobs');
  return result;
}
