'use client';

import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LoaderCircle, RefreshCw } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import type { LiveBalanceResponse as BalanceResponse } from '@/lib/customers/live-balance-response';
import { ProviderErrorAlert } from './provider-error-alert';

export const LIVE_BALANCE_REFRESH_MS = 30_000;

class BalanceRequestFailed extends Error {
  constructor(readonly status: number) {
    super(status === 401 ? 'Your session has ended; sign in again.' : `The portal answered ${status}.`);
    this.name = 'BalanceRequestFailed';
  }
}

async function fetchBalance(customerId: string): Promise<BalanceResponse> {
  const response = await fetch(`/api/partner/customers/${encodeURIComponent(customerId)}/balance`, { cache: 'no-store' });
  if (!response.ok) throw new BalanceRequestFailed(response.status);
  return (await response.json()) as BalanceResponse;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function ageOf(iso: string, now: number): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return seconds > -10 ? 'just now' : relative.format(seconds, 'second');
  if (Math.abs(seconds) < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}

/** Re-renders every few seconds, so "as of 2 minutes ago" stays true while the page is open. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

type LiveBalanceCardProps = {
  customerId: string;
  /** The balance the portal last stored (formatted), shown until the provider answers. */
  lastKnown: { display: string; at: string | null };
};

/**
 * The customer's balance at the provider, asked again every 30 seconds while the page is
 * visible. When the provider fails, the last known value stays with its age and the reason.
 */
export function LiveBalanceCard({ customerId, lastKnown }: LiveBalanceCardProps) {
  const query = useQuery({
    queryKey: ['customer-balance', customerId],
    queryFn: () => fetchBalance(customerId),
    refetchInterval: LIVE_BALANCE_REFRESH_MS,
    staleTime: 0,
  });
  const now = useNow(10_000);
  const view = query.data;

  return (
    <Card aria-busy={query.isFetching}>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            Balance at the provider <Badge tone="neutral">live</Badge>
          </CardTitle>
          <CardDescription>Refreshed every 30 seconds while this page is open.</CardDescription>
        </div>
        <Button variant="ghost" size="sm" onClick={() => void query.refetch()} disabled={query.isFetching} aria-label="Refresh the balance">
          {query.isFetching ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <RefreshCw aria-hidden="true" />}
          <span className="hidden sm:inline">Refresh</span>
        </Button>
      </CardHeader>
      <CardContent className="space-y-3" aria-live="polite">
        {view?.kind === 'unavailable' ? (
          <p className="text-sm text-muted-foreground">{view.reason}</p>
        ) : (
          <BalanceFigures view={view} lastKnown={lastKnown} now={now} />
        )}
        {view?.kind === 'data' && view.error ? (
          <ProviderErrorAlert title={view.balance ? 'Showing the last known balance' : 'Balance unavailable'} error={view.error} />
        ) : null}
        {query.error ? (
          <Alert variant="error" title="Could not refresh the balance">
            {query.error.message} The figure above may be out of date.
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}

function BalanceFigures({ view, lastKnown, now }: { view: Extract<BalanceResponse, { kind: 'data' }> | undefined; lastKnown: LiveBalanceCardProps['lastKnown']; now: number }) {
  const balance = view ? view.balance?.display : lastKnown.display;
  const asOf = view ? view.fetchedAt : lastKnown.at;
  const source = !view ? 'Stored in the portal' : view.fresh ? 'Live from the provider' : 'Last known value';
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted-foreground">Balance</dt>
          <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums" data-testid="live-balance">
            {balance ?? '—'}
          </dd>
        </div>
        {view?.available ? (
          <div>
            <dt className="text-sm text-muted-foreground">Available</dt>
            <dd className="mt-2.5 font-medium tabular-nums">{view.available}</dd>
          </div>
        ) : null}
        {view?.creditLimit ? (
          <div>
            <dt className="text-sm text-muted-foreground">Credit limit at the provider</dt>
            <dd className="mt-2.5 font-medium tabular-nums">{view.creditLimit}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-xs text-muted-foreground">
        {source}
        {asOf ? (
          <>
            {' '}
            · as of <LocalTime value={asOf} /> ({ageOf(asOf, now)})
          </>
        ) : (
          ' · never fetched yet'
        )}
      </p>
    </>
  );
}
