import type { Metadata } from 'next';
import { CallsBrowser } from '@/components/calls/calls-browser';
import { PARTNER_CALLS_PATH } from '@/components/calls/calls-href';
import { searchParamValues } from '@/components/calls/search-param-values';
import { requireScope } from '@/lib/auth/session';
import { parseCallFilters } from '@/lib/usage/calls/call-filters';
import { listCalls } from '@/lib/usage/calls/list-calls';
import { searchCallCustomers } from '@/lib/usage/calls/search-call-customers';

export const metadata: Metadata = { title: 'Calls' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PartnerCallsPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const params = await searchParams;
  const { filters, fieldErrors } = parseCallFilters(params);
  const [page, [selectedCustomer]] = await Promise.all([
    listCalls(scope, filters),
    filters.customerId ? searchCallCustomers(scope, { id: filters.customerId }) : Promise.resolve([]),
  ]);
  return (
    <CallsBrowser
      view="partner"
      basePath={PARTNER_CALLS_PATH}
      page={page}
      filters={filters}
      values={searchParamValues(params)}
      fieldErrors={fieldErrors}
      timeZone={page.timeZone}
      selectedCustomer={selectedCustomer ?? null}
      syncHref="/partner/usage/sync"
    />
  );
}
