import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { FailedJob } from '@/lib/platform/job-queue';
import { RetryJobButton } from './retry-job-button';

function JobData({ job }: { job: FailedJob }) {
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 font-mono text-xs">
      {job.partner ? (
        <>
          <dt className="text-muted-foreground">partner</dt>
          <dd>
            <Link href={`/admin/partners/${job.partner.id}`} className="font-sans underline-offset-4 hover:underline">
              {job.partner.name}
            </Link>
          </dd>
        </>
      ) : null}
      {job.data.map((field) => (
        <div key={field.key} className="contents">
          <dt className="text-muted-foreground">{field.key}</dt>
          <dd className="[overflow-wrap:anywhere]">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The most recent failed jobs with what went wrong; error and retries fold under the job on narrow screens. */
export function FailedJobsTable({ jobs }: { jobs: FailedJob[] }) {
  return (
    <Table>
      <TableCaption>Failed jobs, newest first</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Job</TableHead>
          <TableHead className="hidden md:table-cell">Error</TableHead>
          <TableHead className="hidden sm:table-cell">Failed</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobs.map((job) => (
          <TableRow key={job.id} className="align-top">
            <TableCell className="min-w-48 align-top">
              <span className="flex flex-wrap items-center gap-1.5">
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">{job.queue}</code>
                {job.archived ? <Badge tone="neutral">Archived</Badge> : null}
              </span>
              <span className="mt-1 block font-mono text-[11px] text-muted-foreground">{job.id}</span>
              <JobData job={job} />
              <p className="mt-2 text-xs [overflow-wrap:anywhere] text-danger md:hidden">{job.error ?? 'No error recorded'}</p>
              <p className="mt-1 text-xs text-muted-foreground sm:hidden">
                Failed <LocalTime value={job.failedAt} /> · attempt {job.retryCount + 1} of {job.retryLimit + 1}
              </p>
            </TableCell>
            <TableCell className="hidden max-w-md align-top text-xs [overflow-wrap:anywhere] text-danger md:table-cell">
              {job.error ?? <span className="text-muted-foreground">No error recorded</span>}
            </TableCell>
            <TableCell className="hidden align-top text-xs whitespace-nowrap text-muted-foreground sm:table-cell">
              <LocalTime value={job.failedAt} />
              <span className="block">
                Attempt {job.retryCount + 1} of {job.retryLimit + 1}
              </span>
              <span className="block">
                Queued <LocalTime value={job.createdAt} />
              </span>
            </TableCell>
            <TableCell className="text-right align-top">
              {job.archived && job.lastRetry ? null : <RetryJobButton queue={job.queue} jobId={job.id} archived={job.archived} />}
              {job.lastRetry ? (
                <p className="mt-1 text-xs text-muted-foreground">
                  {job.archived ? 'Sent again' : 'Retried'} <LocalTime value={job.lastRetry.at} />
                  {job.lastRetry.by ? <span className="block [overflow-wrap:anywhere]">by {job.lastRetry.by}</span> : null}
                </p>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
