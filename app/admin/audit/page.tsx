import type { Metadata } from 'next';
import Link from 'next/link';
import { History, SearchX } from 'lucide-react';
import { AuditEventTable } from '@/components/admin/audit-event-table';
import { AuditSearchForm } from '@/components/admin/audit-search-form';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PaginationBar } from '@/components/ui/pagination';
import { requireScope } from '@/lib/auth/session';
import { auditSearchParams, isFilteredAuditSearch, parseAuditSearchParams, type AuditSearchQuery } from '@/lib/platform/audit-search-query';
import { listAuditFilterChoices } from '@/lib/platform/list-audit-filter-choices';
import { searchAuditEvents } from '@/lib/platform/search-audit-events';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function auditHref(query: AuditSearchQuery, position: { page?: number; cursor?: string | null } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(auditSearchParams(query))) if (value) params.set(key, value);
  if (position.page && position.page > 1 && position.cursor) {
    params.set('page', String(position.page));
    params.set('cursor', position.cursor);
  }
  const search = params.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('platform');
  const params = await searchParams;
  const { query, fieldErrors } = parseAuditSearchParams(params);
  const [result, choices] = await Promise.all([searchAuditEvents(scope, query), listAuditFilterChoices(scope)]);
  const filtered = isFilteredAuditSearch(query);
  const raw = Object.fromEntries(['q', 'actor', 'entityId', 'from', 'to'].map((key) => [key, firstValue(params[key])]));
  const first = result.items.length === 0 ? 0 : (result.page - 1) * result.pageSize + 1;

  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every partner’s changes and sign-ins, and the platform’s own. ${result.total.toLocaleString('en-US')}${filtered ? ' matching' : ''} event${result.total === 1 ? '' : 's'}.`}
      />
      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <AuditSearchForm query={query} raw={raw} fieldErrors={fieldErrors} choices={choices} filtered={filtered} />
        </div>
        {result.items.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={SearchX}
              title="No matching events"
              description="Nothing matches these filters. Widen the date range or clear a filter."
              action={
                <Link href="/admin/audit" className={buttonVariants({ variant: 'secondary' })}>
                  Clear filters
                </Link>
              }
            />
          ) : (
            <EmptyState icon={History} title="No events yet" description="Sign-ins and changes are recorded here as they happen." />
          )
        ) : (
          <>
            <AuditEventTable events={result.items} caption={filtered ? 'Audit events matching the search' : 'Audit events'} />
            <div className="border-t border-border px-4 py-3">
              <PaginationBar
                first={first}
                last={first === 0 ? 0 : first + result.items.length - 1}
                total={result.total}
                firstHref={auditHref(query)}
                previousHref={result.previousCursor ? auditHref(query, { page: result.page - 1, cursor: result.previousCursor }) : undefined}
                nextHref={result.nextCursor ? auditHref(query, { page: result.page + 1, cursor: result.nextCursor }) : undefined}
              />
            </div>
          </>
        )}
      </Card>
    </>
  );
}
