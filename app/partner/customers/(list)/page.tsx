import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus, SearchX, Users } from 'lucide-react';
import { CustomerListFilters } from '@/components/customers/customer-list-filters';
import { CUSTOMERS_PATH } from '@/components/customers/customer-list-href';
import { CustomerListPagination } from '@/components/customers/customer-list-pagination';
import { CustomerListTable } from '@/components/customers/customer-list-table';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { parseCustomerListParams, type CustomerListQuery } from '@/lib/customers/customer-list-query';
import { listCustomerConnectionChoices } from '@/lib/customers/list-customer-filter-choices';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';

export const metadata: Metadata = { title: 'Customers' };

const number = new Intl.NumberFormat('en-US');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function isFiltered(query: CustomerListQuery): boolean {
  return Boolean(query.search || query.connectionId || query.status || query.kycStatus);
}

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const query = parseCustomerListParams(await searchParams);
  const [result, connections] = await Promise.all([listCustomersForPartner(scope, query), listCustomerConnectionChoices(scope)]);
  const filtered = isFiltered(query);
  const noun = filtered ? (result.total === 1 ? 'match' : 'matches') : result.total === 1 ? 'account' : 'accounts';

  return (
    <>
      <PageHeader
        title="Customers"
        description={`${number.format(result.total)} ${noun}${query.search ? ` for “${query.search}”` : ''}`}
        actions={
          <Link href={`${CUSTOMERS_PATH}/new`} className={buttonVariants()}>
            <Plus aria-hidden="true" />
            Add customer
          </Link>
        }
      />

      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <CustomerListFilters query={query} connections={connections} />
        </div>

        {result.items.length === 0 ? (
          <CustomersEmptyState filtered={filtered} total={result.total} />
        ) : (
          <>
            <CustomerListTable page={result} query={query} caption={filtered ? 'Customers matching the search and filters' : 'Customers'} />
            <div className="border-t border-border px-4 py-3">
              <CustomerListPagination page={result} query={query} />
            </div>
          </>
        )}
      </Card>
    </>
  );
}

function CustomersEmptyState({ filtered, total }: { filtered: boolean; total: number }) {
  if (total > 0) {
    // A page number past the end, e.g. from an old bookmark.
    return (
      <EmptyState
        icon={Users}
        title="This page is empty"
        description="There are fewer customers than this page number suggests."
        action={
          <Link href={CUSTOMERS_PATH} className={buttonVariants({ variant: 'secondary' })}>
            Go to the first page
          </Link>
        }
      />
    );
  }
  if (filtered) {
    return (
      <EmptyState
        icon={SearchX}
        title="No matching customers"
        description="Nothing matches this search and these filters. Check the spelling, search by email or phone instead, or clear the filters."
        action={
          <Link href={CUSTOMERS_PATH} className={buttonVariants({ variant: 'secondary' })}>
            Clear filters
          </Link>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={Users}
      title="No customers yet"
      description="Add your first customer: the portal creates their account at your provider and can fund it and give it a number."
      action={
        <Link href={`${CUSTOMERS_PATH}/new`} className={buttonVariants()}>
          <Plus aria-hidden="true" />
          Add customer
        </Link>
      }
    />
  );
}
