import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchX, Users } from 'lucide-react';
import { CustomerBalance } from '@/components/customers/customer-balance';
import { BILLING_MODEL_LABEL, PROVIDER_KIND_LABEL } from '@/components/customers/customer-labels';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LinkPendingIndicator } from '@/components/ui/link-pending-indicator';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/ui/search-form';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireScope } from '@/lib/auth/session';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';

export const metadata: Metadata = { title: 'Customers' };

const PAGE_SIZE = 25;
const BASE_PATH = '/partner/customers';

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parsePage(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const params = await searchParams;
  const search = firstValue(params.q)?.trim() ?? '';
  const page = parsePage(firstValue(params.page));
  const result = await listCustomersForPartner(scope, { search: search || undefined, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Customers"
        description={
          search
            ? `${result.total} ${result.total === 1 ? 'match' : 'matches'} for “${search}”`
            : `${result.total} ${result.total === 1 ? 'account' : 'accounts'}`
        }
      />

      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <SearchForm
            action={BASE_PATH}
            defaultValue={search}
            label="Search customers"
            placeholder="Name, email or phone"
            className="sm:max-w-md"
          />
        </div>

        {result.items.length === 0 ? (
          <CustomersEmptyState search={search} total={result.total} />
        ) : (
          <Table>
            <TableCaption>Customers{search ? ` matching “${search}”` : ''}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Customer</TableHead>
                <TableHead className="hidden md:table-cell">Provider</TableHead>
                <TableHead className="hidden lg:table-cell">Account ID</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="hidden sm:table-cell">Billing</TableHead>
                <TableHead className="text-right">Balance</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.items.map((customer) => (
                // The name link stretches over the row, so the whole row is one click/tap target.
                <TableRow key={customer.id} className="relative hover:bg-muted/50 has-[a:focus-visible]:bg-muted/50">
                  <TableCell className="max-w-[16rem]">
                    <Link
                      href={`${BASE_PATH}/${customer.id}`}
                      className="flex max-w-full items-center gap-1.5 font-medium text-foreground after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:rounded-sm focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:after:ring-inset"
                    >
                      <span className="truncate">{customer.name}</span>
                      <LinkPendingIndicator />
                    </Link>
                    <span className="block truncate text-xs text-muted-foreground">{customer.email}</span>
                  </TableCell>
                  <TableCell className="hidden md:table-cell">
                    <span className="block whitespace-nowrap">{customer.connectionLabel}</span>
                    <span className="block text-xs text-muted-foreground">{PROVIDER_KIND_LABEL[customer.providerKind]}</span>
                  </TableCell>
                  <TableCell className="hidden lg:table-cell">
                    {customer.providerAccountId ? (
                      <code className="font-mono text-xs">{customer.providerAccountId}</code>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <CustomerStatusBadge status={customer.status} />
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">
                    {BILLING_MODEL_LABEL[customer.billingModel]}
                  </TableCell>
                  <TableCell className="text-right font-medium whitespace-nowrap">
                    <CustomerBalance amount={customer.balance} currency={customer.currency} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}

        {result.items.length > 0 ? (
          <div className="border-t border-border px-4 py-3">
            <Pagination
              basePath={BASE_PATH}
              page={result.page}
              pageSize={result.pageSize}
              total={result.total}
              query={{ q: search || undefined }}
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}

function CustomersEmptyState({ search, total }: { search: string; total: number }) {
  if (search) {
    return (
      <EmptyState
        icon={SearchX}
        title="No matching customers"
        description={`Nothing matches “${search}”. Check the spelling or search by email or phone instead.`}
        action={
          <Link href={BASE_PATH} className={buttonVariants({ variant: 'secondary' })}>
            Clear search
          </Link>
        }
      />
    );
  }
  if (total > 0) {
    // A page number past the end, e.g. from an old bookmark.
    return (
      <EmptyState
        icon={Users}
        title="This page is empty"
        description="There are fewer customers than this page number suggests."
        action={
          <Link href={BASE_PATH} className={buttonVariants({ variant: 'secondary' })}>
            Go to the first page
          </Link>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={Users}
      title="No customers yet"
      description="Customer accounts will appear here once they are created for your workspace."
    />
  );
}
