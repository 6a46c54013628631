import Link from 'next/link';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { LinkPendingIndicator } from '@/components/ui/link-pending-indicator';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { DEFAULT_SORT_DIRECTION, type CustomerListQuery, type CustomerSortField } from '@/lib/customers/customer-list-query';
import type { CustomerPage } from '@/lib/customers/list-customers-for-partner';
import { CustomerBalance } from './customer-balance';
import { KYC_STATUS_LABEL, PROVIDER_KIND_LABEL } from './customer-labels';
import { CUSTOMERS_PATH, customerListHref } from './customer-list-href';
import { CustomerStatusBadge } from './customer-status-badge';
import { LowBalanceBadge } from './low-balance-badge';

const SORT_NAME: Record<CustomerSortField, string> = { name: 'name', created: 'date added', balance: 'balance' };

/** A column header that sorts by its column; a second click reverses the order. */
function SortableHead({ field, label, query, className }: { field: CustomerSortField; label: string; query: CustomerListQuery; className?: string }) {
  const active = query.sort === field;
  const next = active ? (query.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_DIRECTION[field];
  const Icon = !active ? ArrowUpDown : query.direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined} className={className}>
      <Link
        href={customerListHref({ ...query, sort: field, direction: next })}
        className="inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        {label}
        <span className="sr-only">, sort by {SORT_NAME[field]} {next === 'asc' ? 'ascending' : 'descending'}</span>
        <Icon aria-hidden="true" className={active ? 'size-3.5 text-foreground' : 'size-3.5 opacity-50'} />
      </Link>
    </TableHead>
  );
}

export function CustomerListTable({ page, query, caption }: { page: CustomerPage; query: CustomerListQuery; caption: string }) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <SortableHead field="name" label="Customer" query={query} />
          <TableHead className="hidden lg:table-cell">Phone</TableHead>
          <TableHead className="hidden md:table-cell">Connection</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="hidden xl:table-cell">KYC</TableHead>
          <SortableHead field="created" label="Added" query={query} className="hidden lg:table-cell" />
          <SortableHead field="balance" label="Balance" query={query} className="text-right" />
        </TableRow>
      </TableHeader>
      <TableBody>
        {page.items.map((customer) => (
          // The name link stretches over the row, so the whole row is one click/tap target.
          <TableRow key={customer.id} className="relative hover:bg-muted/50 has-[a:focus-visible]:bg-muted/50">
            <TableCell className="max-w-[16rem]">
              <Link
                href={`${CUSTOMERS_PATH}/${customer.id}`}
                className="flex max-w-full items-center gap-1.5 font-medium text-foreground after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:rounded-sm focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:after:ring-inset"
              >
                <span className="truncate">{customer.name}</span>
                <LinkPendingIndicator />
              </Link>
              <span className="block truncate text-xs text-muted-foreground">{customer.email}</span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap tabular-nums lg:table-cell">
              {customer.phone ?? <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell className="hidden md:table-cell">
              <span className="block whitespace-nowrap">{customer.connectionLabel}</span>
              <span className="block text-xs text-muted-foreground">{PROVIDER_KIND_LABEL[customer.providerKind]}</span>
            </TableCell>
            <TableCell>
              <CustomerStatusBadge status={customer.status} />
            </TableCell>
            <TableCell className="hidden text-muted-foreground xl:table-cell">{KYC_STATUS_LABEL[customer.kycStatus]}</TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground lg:table-cell">
              <LocalTime value={customer.createdAt} format="date" />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap">
              <span className="inline-flex flex-col items-end gap-1">
                <CustomerBalance amount={customer.balance} currency={customer.currency} className="font-medium" />
                {customer.lowBalance ? <LowBalanceBadge threshold={customer.lowBalanceThreshold} /> : null}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
