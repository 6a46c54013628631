import type { Metadata } from 'next';
import Link from 'next/link';
import { CircleCheck, ListChecks } from 'lucide-react';
import { FailedJobsTable } from '@/components/admin/failed-jobs-table';
import { JobQueueTable } from '@/components/admin/job-queue-table';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PaginationBar } from '@/components/ui/pagination';
import { requireScope } from '@/lib/auth/session';
import { getJobQueueOverview, listFailedJobs, parseFailedJobParams, type FailedJobQuery } from '@/lib/platform/job-queue';

export const metadata: Metadata = { title: 'Job queue' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function jobsHref(query: FailedJobQuery, position: { page?: number; cursor?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (query.queue) params.set('queue', query.queue);
  if (position.page && position.page > 1 && position.cursor) {
    params.set('page', String(position.page));
    params.set('cursor', position.cursor);
  }
  const search = params.toString();
  return search ? `/admin/jobs?${search}` : '/admin/jobs';
}

export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('platform');
  const query = parseFailedJobParams(await searchParams);
  const [overview, failed] = await Promise.all([getJobQueueOverview(scope), listFailedJobs(scope, query)]);

  if (!overview.available || !failed) {
    return (
      <>
        <PageHeader title="Job queue" />
        <Card>
          <EmptyState icon={ListChecks} title="No job queue yet" description="The queue’s tables are created when the job runner first starts (with the portal or the worker process)." />
        </Card>
      </>
    );
  }
  const totalFailed = overview.queues.reduce((sum, queue) => sum + queue.counts.failed + queue.archivedFailed, 0);
  const first = failed.items.length === 0 ? 0 : (failed.page - 1) * failed.pageSize + 1;

  return (
    <>
      <PageHeader
        title="Job queue"
        description={`Background jobs of every partner (pg-boss). ${totalFailed === 0 ? 'No failed jobs.' : `${totalFailed.toLocaleString('en-US')} failed.`} Jobs of suspended partners are skipped when they run.`}
      />
      <div className="grid gap-4">
        <Card className="overflow-hidden">
          <CardHeader>
            <CardTitle>Queues</CardTitle>
            <CardDescription>Finished jobs move to the archive after a while; archived failures are counted apart.</CardDescription>
          </CardHeader>
          {overview.queues.length === 0 ? (
            <EmptyState icon={ListChecks} title="No queues yet" description="Queues appear when the job runner starts." />
          ) : (
            <JobQueueTable queues={overview.queues} selected={query.queue} />
          )}
        </Card>

        <Card className="overflow-hidden">
          <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
            <div>
              <CardTitle>{query.queue ? `Failed jobs of ${query.queue}` : 'Failed jobs'}</CardTitle>
              <CardDescription>“Retry” gives a failed job another attempt; an archived one is sent again as a new job with the same data.</CardDescription>
            </div>
            {query.queue ? (
              <Link href="/admin/jobs" className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
                Show all queues
              </Link>
            ) : null}
          </CardHeader>
          {failed.items.length === 0 ? (
            <EmptyState icon={CircleCheck} title="No failed jobs" description={query.queue ? 'Nothing in this queue has failed.' : 'Every job so far has succeeded or is still retrying.'} />
          ) : (
            <>
              <FailedJobsTable jobs={failed.items} />
              <div className="border-t border-border px-4 py-3">
                <PaginationBar
                  first={first}
                  last={first === 0 ? 0 : first + failed.items.length - 1}
                  total={failed.total}
                  firstHref={jobsHref(query)}
                  previousHref={failed.previousCursor ? jobsHref(query, { page: failed.page - 1, cursor: failed.previousCursor }) : undefined}
                  nextHref={failed.nextCursor ? jobsHref(query, { page: failed.page + 1, cursor: failed.nextCursor }) : undefined}
                />
              </div>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
