import type { Metadata } from 'next';
import { CallsBrowser } from '@/components/calls/calls-browser';
import { CUSTOMER_CALLS_PATH } from '@/components/calls/calls-href';
import { searchParamValues } from '@/components/calls/search-param-values';
import { requireScope } from '@/lib/auth/session';
import { parseCallFilters } from '@/lib/usage/calls/call-filters';
import { listCalls } from '@/lib/usage/calls/list-calls';

export const metadata: Metadata = { title: 'Calls' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The same browser as staff have, limited to the signed-in customer's calls and price. */
export default async function CustomerCallsPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('customer');
  const params = await searchParams;
  const parsed = parseCallFilters(params);
  // A customer has no customer filter: an id in the URL changes nothing, so it is not carried on.
  const filters = { ...parsed.filters, customerId: undefined };
  const { fieldErrors } = parsed;
  const page = await listCalls(scope, filters);
  return (
    <CallsBrowser
      view="customer"
      basePath={CUSTOMER_CALLS_PATH}
      page={page}
      filters={filters}
      values={searchParamValues(params)}
      fieldErrors={fieldErrors}
      timeZone={page.timeZone}
    />
  );
}
