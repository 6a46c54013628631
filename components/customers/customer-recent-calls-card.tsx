import { ArrowDownLeft, ArrowUpRight, PhoneOff } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { getCustomerRecentCalls, RECENT_CALLS_DAYS, RECENT_CALLS_PER_PAGE } from '@/lib/customers/get-customer-recent-calls';
import { formatMoney } from '@/lib/money/format-money';
import { ProviderDataCard, ProviderDataStatus, ProviderDataUnavailable } from './provider-data-card';

const STATUS_LABEL = { answered: 'Answered', 'no-answer': 'No answer', busy: 'Busy', failed: 'Failed' } as const;

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

async function RecentCalls({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerRecentCalls(scope, customerId);
  if (!view) return null;
  if (view.kind === 'unavailable') return <ProviderDataUnavailable reason={view.reason} />;
  const calls = view.data?.items ?? [];
  return (
    <div className="space-y-3">
      <ProviderDataStatus view={view} what="calls" />
      {view.data && calls.length === 0 ? (
        <EmptyState icon={PhoneOff} title="No calls in the last 7 days" className="py-6" />
      ) : null}
      {calls.length > 0 ? (
        <Table>
          <TableCaption>Calls of the last {RECENT_CALLS_DAYS} days</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Started</TableHead>
              <TableHead>Call</TableHead>
              <TableHead className="hidden sm:table-cell">Status</TableHead>
              <TableHead className="text-right">Duration</TableHead>
              <TableHead className="text-right">Cost</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {calls.map((call) => (
              <TableRow key={call.id}>
                <TableCell className="whitespace-nowrap">
                  <LocalTime value={call.startedAt} />
                </TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">
                  <span className="inline-flex items-center gap-1.5">
                    {call.direction === 'inbound' ? (
                      <ArrowDownLeft aria-label="Inbound" className="size-3.5 text-muted-foreground" />
                    ) : (
                      <ArrowUpRight aria-label="Outbound" className="size-3.5 text-muted-foreground" />
                    )}
                    {call.from} → {call.to}
                  </span>
                </TableCell>
                <TableCell className="hidden text-muted-foreground sm:table-cell">{STATUS_LABEL[call.status]}</TableCell>
                <TableCell className="text-right tabular-nums">{duration(call.durationSeconds)}</TableCell>
                <TableCell className="text-right tabular-nums">{call.cost ? formatMoney(call.cost.amount, call.cost.currency) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}

export function CustomerRecentCallsCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  return (
    <ProviderDataCard title="Recent calls" description={`The latest ${RECENT_CALLS_PER_PAGE} of the last ${RECENT_CALLS_DAYS} days, newest first, as the provider records them.`}>
      <RecentCalls scope={scope} customerId={customerId} />
    </ProviderDataCard>
  );
}
