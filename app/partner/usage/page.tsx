import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BarChart3 } from 'lucide-react';
import { TopCustomersCard } from '@/components/charts/top-customers-card';
import { UsageDashboard } from '@/components/charts/usage-dashboard';
import { formatPeriod } from '@/components/charts/usage-format';
import { UsagePeriodBar } from '@/components/charts/usage-period-bar';
import { usageHref } from '@/components/charts/usage-href';
import { SyncStatusSummary } from '@/components/usage/sync-status-summary';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { getDailyUsage } from '@/lib/usage/charts/get-daily-usage';
import { getMonthComparison } from '@/lib/usage/charts/get-month-comparison';
import { getTopCustomers } from '@/lib/usage/charts/get-top-customers';
import { getUsageByDestination } from '@/lib/usage/charts/get-usage-by-destination';
import { getUsageByDid } from '@/lib/usage/charts/get-usage-by-did';
import { hasUsage } from '@/lib/usage/charts/has-usage';
import { listUsageCustomerChoices } from '@/lib/usage/charts/list-usage-customer-choices';
import { parseUsagePeriodParams } from '@/lib/usage/charts/usage-period';
import { getUsageCalendar } from '@/lib/usage/charts/usage-source';
import { getSyncStatus } from '@/lib/usage/sync/get-sync-status';

export const metadata: Metadata = { title: 'Usage' };

const PATH = '/partner/usage';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PartnerUsagePage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const calendar = await getUsageCalendar(scope);
  const selection = parseUsagePeriodParams(await searchParams, calendar.timeZone);
  const { period } = selection;
  const [customer, any, syncStatus, customerChoices] = await Promise.all([
    period.customerId ? getCustomerForScope(scope, period.customerId) : null,
    hasUsage(scope),
    getSyncStatus(scope),
    listUsageCustomerChoices(scope, period.customerId),
  ]);
  if (period.customerId && !customer) notFound();

  const header = (
    <PageHeader
      title="Usage"
      description={
        customer
          ? `${customer.name} · ${formatPeriod(period.from, period.to)}`
          : `Calls, minutes, revenue and margin of all your customers · ${formatPeriod(period.from, period.to)}`
      }
      className="mb-3"
    />
  );

  if (!any) {
    return (
      <>
        {header}
        <SyncStatusSummary status={syncStatus} className="mb-4" />
        <Card>
          <EmptyState
            icon={BarChart3}
            title="No calls yet"
            description="Usage appears here after the first sync of your connections’ call records. The sync runs on its own; you can also start one now."
            action={
              <Link href="/partner/usage/sync" className={buttonVariants()}>
                Go to call sync
              </Link>
            }
          />
        </Card>
      </>
    );
  }

  const [daily, destinations, dids, comparison, top] = await Promise.all([
    getDailyUsage(scope, period),
    getUsageByDestination(scope, period),
    getUsageByDid(scope, period),
    getMonthComparison(scope, { customerId: period.customerId }),
    customer ? null : getTopCustomers(scope, period),
  ]);

  return (
    <>
      {header}
      <SyncStatusSummary status={syncStatus} className="mb-4" />
      <UsagePeriodBar action={PATH} selection={selection} customers={customerChoices} />
      <UsageDashboard audience="partner" timeZone={calendar.timeZone} daily={daily} destinations={destinations} dids={dids} comparison={comparison}>
        {top ? <TopCustomersCard top={top} hrefFor={(customerId) => usageHref(PATH, selection, { customerId })} /> : null}
      </UsageDashboard>
    </>
  );
}
