'use client';

import { Fragment, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import type { CallTotalsResponse } from '@/lib/usage/calls/call-totals-response';
import { cn } from '@/lib/ui/cn';

const number = new Intl.NumberFormat('en-US');
const minutes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

class TotalsRequestFailed extends Error {
  constructor(readonly status: number) {
    super(status === 401 ? 'Your session has ended; sign in again.' : `The portal answered ${status}.`);
    this.name = 'TotalsRequestFailed';
  }
}

async function fetchTotals(query: string): Promise<CallTotalsResponse> {
  const response = await fetch(`/api/calls/totals?${query}`, { cache: 'no-store' });
  if (!response.ok) throw new TotalsRequestFailed(response.status);
  return (await response.json()) as CallTotalsResponse;
}

function Stat({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('min-w-0', className)}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 truncate text-base font-semibold tracking-tight tabular-nums">{children}</dd>
    </div>
  );
}

/**
 * Totals of the whole filtered set. Over months of calls they can take a moment, so they
 * load here, beside the rows (which the server has already rendered), and are cached per
 * filter while paging.
 */
export function CallTotalsBar({ query, view }: { query: string; view: 'partner' | 'customer' }) {
  const totals = useQuery({ queryKey: ['call-totals', query], queryFn: () => fetchTotals(query) });

  if (totals.error) {
    return (
      <Alert variant="error" role="alert" title="Totals could not be loaded">
        <span className="flex flex-wrap items-center gap-2">
          {totals.error.message} The calls below are unaffected.
          <Button variant="ghost" size="sm" onClick={() => void totals.refetch()}>
            <RotateCw aria-hidden="true" />
            Try again
          </Button>
        </span>
      </Alert>
    );
  }
  const data = totals.data;
  return (
    <div aria-busy={totals.isPending} aria-live="polite" className="flex flex-col gap-3">
      <dl className="grid grid-cols-3 gap-3 sm:flex sm:flex-wrap sm:gap-x-8">
        <Stat label="Calls">{data ? <span data-testid="calls-total">{number.format(data.calls)}</span> : <Skeleton className="h-6 w-16" />}</Stat>
        <Stat label="Answered">
          {data ? (
            <>
              {number.format(data.answered)}
              {data.calls > 0 ? <span className="ml-1 text-xs font-normal text-muted-foreground">{Math.round((data.answered / data.calls) * 100)}%</span> : null}
            </>
          ) : (
            <Skeleton className="h-6 w-16" />
          )}
        </Stat>
        <Stat label="Billable minutes">{data ? minutes.format(data.billableSeconds / 60) : <Skeleton className="h-6 w-16" />}</Stat>
        {data?.byCurrency.map((entry) => (
          // A fragment, not a wrapper: a <dl> may hold only its dt/dd groups.
          <Fragment key={entry.currency}>
            {view === 'partner' && entry.display.cost !== null ? <Stat label={`Cost (${entry.currency})`}>{entry.display.cost}</Stat> : null}
            <Stat label={`${view === 'partner' ? 'Sell' : 'Charges'} (${entry.currency})`}>{entry.display.sell}</Stat>
            {view === 'partner' && entry.display.margin !== null ? (
              <Stat label={`Margin (${entry.currency})`} className={entry.margin?.startsWith('-') ? '[&_dd]:text-danger' : undefined}>
                {entry.display.margin}
              </Stat>
            ) : null}
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
