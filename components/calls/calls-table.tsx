import Link from 'next/link';
import { ArrowDown, ArrowDownLeft, ArrowUp, ArrowUpDown, ArrowUpRight } from 'lucide-react';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { CallFilters, CallSortField } from '@/lib/usage/calls/call-filters';
import type { CallPage, CallRow } from '@/lib/usage/calls/list-calls';
import { cn } from '@/lib/ui/cn';
import { formatCallDuration } from './call-labels';
import { CallStatusBadge } from './call-status-badge';
import { callsHref } from './calls-href';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Per-call amounts are fractions of a cent, so four places. */
const money = (amount: string, currency: string) => formatMoney(amount, currency, 'en-US', { fractionDigits: 4 });

const SORT_NAME: Record<CallSortField, string> = { startedAt: 'time', billableSeconds: 'duration' };
// Newest and longest first: what people look for first.
const FIRST_DIRECTION = { startedAt: 'desc', billableSeconds: 'desc' } as const;

/** A header that sorts by its column (both have an index); a second click reverses the order. */
function SortableHead({ field, label, basePath, filters, page, className }: { field: CallSortField; label: string; basePath: string; filters: CallFilters; page: CallPage; className?: string }) {
  const active = page.sort === field;
  const next = active ? (page.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[field];
  const Icon = !active ? ArrowUpDown : page.dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (page.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={className}>
      <Link
        href={callsHref(basePath, { ...filters, sort: field, dir: next, cursor: undefined })}
        className="inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        {label}
        <span className="sr-only">, sort by {SORT_NAME[field]} {next === 'asc' ? 'ascending' : 'descending'}</span>
        <Icon aria-hidden="true" className={active ? 'size-3.5 text-foreground' : 'size-3.5 opacity-50'} />
      </Link>
    </TableHead>
  );
}

function Empty() {
  return <span className="text-muted-foreground">—</span>;
}

function Country({ code }: { code: string | null }) {
  if (!code) return <Empty />;
  return (
    <abbr title={regionNames.of(code) ?? code} className="no-underline">
      {code}
    </abbr>
  );
}

/** The billed duration (what the sort and the filter use), with the talk time when billing rounded it. */
/** Caller above, called number below, and which way the call went. */
function CallParties({ call }: { call: CallRow }) {
  const Icon = call.direction === 'INBOUND' ? ArrowDownLeft : ArrowUpRight;
  return (
    <span className="flex items-center gap-2">
      <Icon aria-label={call.direction === 'INBOUND' ? 'Inbound' : 'Outbound'} role="img" className="size-4 shrink-0 text-muted-foreground" />
      <span className="flex flex-col">
        <span>
          <span className="sr-only">From </span>
          {call.fromNumber}
        </span>
        <span className="text-xs text-muted-foreground">
          <span className="sr-only">to </span>→ {call.toNumber}
        </span>
      </span>
    </span>
  );
}

function Duration({ call }: { call: CallRow }) {
  if (call.billableSeconds === 0) return <span className="text-muted-foreground">0:00</span>;
  return (
    <span className="inline-flex flex-col items-end">
      <span>{formatCallDuration(call.billableSeconds)}</span>
      {call.durationSeconds !== call.billableSeconds ? <span className="text-xs text-muted-foreground">talk {formatCallDuration(call.durationSeconds)}</span> : null}
    </span>
  );
}

type CallsTableProps = {
  page: CallPage;
  filters: CallFilters;
  basePath: string;
  /** Staff see the customer, the provider's cost and the margin; customers their price only. */
  view: 'partner' | 'customer';
};

// The time column stays in view while the table scrolls sideways on a phone.
const STICKY = 'sticky left-0 z-10 bg-card';

export function CallsTable({ page, filters, basePath, view }: CallsTableProps) {
  const partner = view === 'partner';
  return (
    // Nine columns: narrower cell padding keeps them within a laptop's width.
    <Table className="[&_td]:px-2 [&_th]:px-2">
      <TableCaption>Calls, {page.sort === 'startedAt' ? 'by time' : 'by duration'}</TableCaption>
      {/* Opaque, so the sticky time header covers what scrolls beneath it. */}
      <TableHeader className="bg-muted">
        <TableRow>
          <SortableHead field="startedAt" label="Time" basePath={basePath} filters={filters} page={page} className={cn(STICKY, 'bg-muted')} />
          {partner ? <TableHead>Customer</TableHead> : null}
          <TableHead>From → to</TableHead>
          <TableHead>Country</TableHead>
          <TableHead>Status</TableHead>
          <SortableHead field="billableSeconds" label="Duration" basePath={basePath} filters={filters} page={page} className="text-right" />
          {partner ? <TableHead className="text-right">Cost</TableHead> : null}
          <TableHead className="text-right">{partner ? 'Sell' : 'Price'}</TableHead>
          {partner ? <TableHead className="text-right">Margin</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {page.items.map((call) => (
          <TableRow key={call.id}>
            <TableCell className={cn(STICKY, 'whitespace-nowrap')}>
              <LocalTime value={call.startedAt} format="date" className="block" />
              <LocalTime value={call.startedAt} format="time" className="block text-xs text-muted-foreground" />
            </TableCell>
            {partner ? (
              <TableCell className="max-w-[10rem] truncate" title={call.customerName ?? undefined}>
                {call.customerName ?? <Empty />}
              </TableCell>
            ) : null}
            <TableCell className="whitespace-nowrap tabular-nums">
              <CallParties call={call} />
            </TableCell>
            <TableCell>
              <Country code={call.destinationCountry} />
            </TableCell>
            <TableCell>
              <CallStatusBadge status={call.status} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              <Duration call={call} />
            </TableCell>
            {partner ? <TableCell className="text-right whitespace-nowrap tabular-nums">{call.cost ? money(call.cost, call.currency) : <Empty />}</TableCell> : null}
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {call.sellPrice ? money(call.sellPrice, call.currency) : <span className="text-xs text-muted-foreground">{partner ? 'unrated' : '—'}</span>}
            </TableCell>
            {partner ? (
              <TableCell className={cn('text-right whitespace-nowrap tabular-nums', call.margin?.startsWith('-') && 'text-danger')}>
                {call.margin ? money(call.margin, call.currency) : <Empty />}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
