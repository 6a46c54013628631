import Link from 'next/link';
import { PhoneCall, SearchX } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { callFilterParams, hasCallFilters, type CallFilterErrors, type CallFilters } from '@/lib/usage/calls/call-filters';
import type { CallPage } from '@/lib/usage/calls/list-calls';
import { CallFiltersForm } from './call-filters-form';
import { CallTotalsBar } from './call-totals-bar';
import { CallsPagination } from './calls-pagination';
import { CallsTable } from './calls-table';
import { ExportCallsButton } from './export-calls-button';

type CallsBrowserProps = {
  view: 'partner' | 'customer';
  basePath: string;
  page: CallPage;
  filters: CallFilters;
  values: Record<string, string | undefined>;
  fieldErrors: CallFilterErrors;
  /** The zone the server read the filter's dates in. */
  timeZone: string;
  /** Staff only: the customer the filter names. */
  selectedCustomer?: { id: string; name: string } | null;
  /** Where to see whether calls are being synced; staff only. */
  syncHref?: string;
};

/** The filters of the whole set (not its page or order), as the totals and export routes take them. */
function setQuery(filters: CallFilters): string {
  return new URLSearchParams(callFilterParams({ ...filters, cursor: undefined, sort: undefined, dir: undefined })).toString();
}

/** The CDR browser of both areas; the view decides the customer filter and the money columns. */
export function CallsBrowser({ view, basePath, page, filters, values, fieldErrors, timeZone, selectedCustomer, syncHref }: CallsBrowserProps) {
  const query = setQuery(filters);
  const filtered = hasCallFilters(filters);
  return (
    <>
      <PageHeader
        title="Calls"
        description={view === 'partner' ? 'Every call of your customers, with cost, price and margin.' : 'Every call on your account, with what it costs you.'}
        actions={<ExportCallsButton query={query} />}
      />
      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <CallFiltersForm
            basePath={basePath}
            filters={filters}
            values={values}
            fieldErrors={fieldErrors}
            timeZone={timeZone}
            customer={view === 'partner' ? { selected: selectedCustomer ?? null } : undefined}
          />
        </div>
        <div className="border-b border-border bg-muted/30 px-3 py-3 sm:px-4">
          <CallTotalsBar query={query} view={view} />
        </div>
        {page.items.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={SearchX}
              title="No calls match these filters"
              description="Widen the date range or clear a filter. A destination is a country code such as GB or the first digits of the number."
              action={
                <Link href={basePath} className={buttonVariants({ variant: 'secondary' })}>
                  Clear filters
                </Link>
              }
            />
          ) : (
            <EmptyState
              icon={PhoneCall}
              title="No calls yet"
              description={view === 'partner' ? 'Calls appear here once they are synced from your providers.' : 'Your calls appear here shortly after they are made.'}
              action={
                syncHref ? (
                  <Link href={syncHref} className={buttonVariants({ variant: 'secondary' })}>
                    See the sync status
                  </Link>
                ) : undefined
              }
            />
          )
        ) : (
          <>
            <CallsTable page={page} filters={filters} basePath={basePath} view={view} />
            <div className="border-t border-border px-4 py-3">
              <CallsPagination page={page} filters={filters} basePath={basePath} />
            </div>
          </>
        )}
      </Card>
    </>
  );
}
