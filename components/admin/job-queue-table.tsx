import Link from 'next/link';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { JOB_STATES, type JobState, type QueueSummary } from '@/lib/platform/job-queue';
import { cn } from '@/lib/ui/cn';

const STATE_LABEL: Record<JobState, string> = { created: 'Waiting', retry: 'Retry', active: 'Active', completed: 'Completed', failed: 'Failed' };
const number = new Intl.NumberFormat('en-US');

/** Each queue's jobs by state. A queue's name filters the failed jobs below to it. */
export function JobQueueTable({ queues, selected }: { queues: QueueSummary[]; selected?: string }) {
  return (
    <Table>
      <TableCaption>Jobs per queue and state</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Queue</TableHead>
          {JOB_STATES.map((state) => (
            <TableHead key={state} className={cn('text-right', (state === 'retry' || state === 'completed') && 'hidden sm:table-cell')}>
              {STATE_LABEL[state]}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {queues.map((queue) => (
          <TableRow key={queue.name} className={cn(queue.name === selected && 'bg-accent-subtle/60')}>
            <TableCell>
              <Link
                href={`/admin/jobs?queue=${encodeURIComponent(queue.name)}`}
                aria-current={queue.name === selected ? 'true' : undefined}
                className="font-mono text-xs font-medium text-foreground underline-offset-4 hover:underline focus-visible:underline"
              >
                {queue.name}
              </Link>
            </TableCell>
            {JOB_STATES.map((state) => (
              <TableCell
                key={state}
                className={cn(
                  'text-right tabular-nums',
                  (state === 'retry' || state === 'completed') && 'hidden sm:table-cell',
                  queue.counts[state] === 0 ? 'text-muted-foreground' : state === 'failed' && 'font-semibold text-danger',
                )}
              >
                {number.format(queue.counts[state])}
                {state === 'failed' && queue.archivedFailed > 0 ? (
                  <span className="block text-xs font-normal text-muted-foreground">+{number.format(queue.archivedFailed)} archived</span>
                ) : null}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
