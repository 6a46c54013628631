import type { RerateStatus } from '@/lib/db/client';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RerateRunRow } from '@/lib/rating/list-rerate-runs';

const LOOK: Record<RerateStatus, { tone: BadgeTone; label: string }> = {
  QUEUED: { tone: 'neutral', label: 'Queued' },
  RUNNING: { tone: 'accent', label: 'Running' },
  DONE: { tone: 'success', label: 'Done' },
  FAILED: { tone: 'danger', label: 'Failed' },
};

const count = new Intl.NumberFormat('en-US');

/** The latest re-rate runs: what was asked, by whom, and how far each got. */
export function RerateRunsTable({ runs }: { runs: RerateRunRow[] }) {
  return (
    <Table>
      <TableCaption>Recent re-rate runs</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Period</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">
            Calls<span className="hidden sm:inline"> re-rated</span>
          </TableHead>
          <TableHead className="hidden md:table-cell">Requested</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => (
          <TableRow key={run.id}>
            <TableCell className="tabular-nums">
              <span className="whitespace-nowrap">{run.from}</span>
              {run.from === run.to ? null : (
                <>
                  {' '}
                  <span className="whitespace-nowrap">– {run.to}</span>
                </>
              )}
              {run.currency ? <span className="ml-2 text-xs text-muted-foreground">{run.currency}</span> : null}
            </TableCell>
            <TableCell>
              <Badge tone={LOOK[run.status].tone} dot>
                {LOOK[run.status].label}
              </Badge>
              {run.error ? <p className="mt-1 max-w-xs text-xs text-danger">{run.error}</p> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{run.status === 'DONE' ? count.format(run.ratedCalls) : <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell className="hidden text-muted-foreground md:table-cell">
              <LocalTime value={run.createdAt} />
              {run.requestedBy ? <span className="block text-xs">{run.requestedBy}</span> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
