import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowRight, BarChart3, Users } from 'lucide-react';
import { AuditEventList } from '@/components/audit/audit-event-list';
import { DailyUsageCard } from '@/components/charts/daily-usage-card';
import { DestinationUsageCard } from '@/components/charts/destination-usage-card';
import { TopCustomersCard } from '@/components/charts/top-customers-card';
import { UsageKpis } from '@/components/charts/usage-kpis';
import { UsagePeriodBar } from '@/components/charts/usage-period-bar';
import { usageHref } from '@/components/charts/usage-href';
import { ConnectionHealthBadge } from '@/components/connections/connection-health-badge';
import { CustomerBalance } from '@/components/customers/customer-balance';
import { BILLING_MODEL_LABEL } from '@/components/customers/customer-labels';
import { SyncStatusSummary } from '@/components/usage/sync-status-summary';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listRecentAuditEvents } from '@/lib/audit/list-audit-events';
import { requireScope } from '@/lib/auth/session';
import { listConnectionsForPartner } from '@/lib/connections/list-connections-for-partner';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';
import { getCustomerBaseStats } from '@/lib/dashboard/get-customer-base-stats';
import { formatMoney } from '@/lib/money/format-money';
import { getDailyUsage } from '@/lib/usage/charts/get-daily-usage';
import { getTopCustomers } from '@/lib/usage/charts/get-top-customers';
import { getUsageByDestination } from '@/lib/usage/charts/get-usage-by-destination';
import { hasUsage } from '@/lib/usage/charts/has-usage';
import { parseUsagePeriodParams } from '@/lib/usage/charts/usage-period';
import { getUsageCalendar } from '@/lib/usage/charts/usage-source';
import { getSyncStatus } from '@/lib/usage/sync/get-sync-status';

export const metadata: Metadata = { title: 'Overview' };

const PATH = '/partner';
const LOWEST_SHOWN = 5;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The partner's dashboard: customer base, balances, usage and margin for a period, provider health and recent activity. */
export default async function PartnerOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const calendar = await getUsageCalendar(scope);
  const selection = parseUsagePeriodParams(await searchParams, calendar.timeZone);
  const { period } = selection;
  const [stats, lowest, events, connections, syncStatus, anyUsage] = await Promise.all([
    getCustomerBaseStats(scope),
    listCustomersForPartner(scope, { sort: 'balance', direction: 'asc', pageSize: LOWEST_SHOWN }),
    listRecentAuditEvents(scope, { limit: 8 }),
    listConnectionsForPartner(scope),
    getSyncStatus(scope),
    hasUsage(scope),
  ]);
  const [daily, destinations, top] = anyUsage
    ? await Promise.all([getDailyUsage(scope, period), getUsageByDestination(scope, period), getTopCustomers(scope, period, { limit: 5 })])
    : [null, null, null];
  const thisMonth = stats.newByMonth.at(-1)?.count ?? 0;
  const lastMonth = stats.newByMonth.at(-2)?.count ?? 0;
  const growthMax = Math.max(1, ...stats.newByMonth.map((month) => month.count));

  return (
    <>
      <PageHeader title="Overview" description="Your customers, their usage and margin, and the health of your providers." />

      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3 sm:gap-4">
        <Card>
          <CardContent>
            <p className="text-sm text-muted-foreground">Customers</p>
            <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{stats.total}</p>
            <p className="mt-1 text-xs text-muted-foreground">
              {stats.active} active · {thisMonth} new this month ({lastMonth} last month)
            </p>
            <ol className="mt-3 flex h-10 items-end gap-1.5" aria-label="New customers per month">
              {stats.newByMonth.map((month) => (
                <li key={month.month} className="flex flex-1 flex-col items-center gap-1" title={`${monthLabel(month.month)}: ${month.count} new`}>
                  <span className="w-full rounded-sm bg-accent/70" style={{ height: `${Math.max(2, (month.count / growthMax) * 28)}px` }} />
                  <span className="text-[10px] text-muted-foreground">
                    {monthLabel(month.month)}
                    <span className="sr-only">: {month.count} new</span>
                  </span>
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <p className="text-sm text-muted-foreground">Customer balances</p>
            {stats.balances.length === 0 ? (
              <p className="mt-1 text-2xl font-semibold tracking-tight text-muted-foreground">—</p>
            ) : (
              <ul className="mt-1 space-y-0.5">
                {stats.balances.map((balance) => (
                  <li key={balance.currency} className="text-2xl font-semibold tracking-tight tabular-nums">
                    {formatMoney(balance.total, balance.currency)}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-1 text-xs text-muted-foreground">Sum of open accounts’ last known balances</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Providers</CardTitle>
          </CardHeader>
          {connections.length === 0 ? (
            <p className="px-5 py-3 text-sm text-muted-foreground">No provider connections yet.</p>
          ) : (
            <ul className="divide-y divide-border">
              {connections.map((connection) => (
                <li key={connection.id} className="flex items-center justify-between gap-3 px-5 py-2.5">
                  <span className="min-w-0 truncate text-sm">{connection.label}</span>
                  <ConnectionHealthBadge status={connection.health.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <SyncStatusSummary status={syncStatus} className="mt-4" />

      <section aria-labelledby="usage-heading" className="mt-6 flex flex-col gap-4">
        <div className="flex items-center justify-between gap-3">
          <h2 id="usage-heading" className="text-lg font-semibold">
            Revenue, cost and margin
          </h2>
          <Link href="/partner/usage" className="inline-flex items-center gap-1 rounded-sm text-sm font-medium text-accent hover:underline">
            All usage charts
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </div>
        {daily && destinations && top ? (
          <>
            <UsagePeriodBar action={PATH} selection={selection} />
            <UsageKpis totals={daily.totals} audience="partner" />
            <DailyUsageCard usage={daily} audience="partner" timeZone={calendar.timeZone} />
            <div className="grid gap-4 lg:grid-cols-2">
              <DestinationUsageCard usage={destinations} audience="partner" />
              <TopCustomersCard top={top} hrefFor={(customerId) => usageHref('/partner/usage', selection, { customerId })} />
            </div>
          </>
        ) : (
          <Card>
            <EmptyState
              icon={BarChart3}
              title="No calls yet"
              description="Revenue and margin appear after the first sync of your connections’ call records."
              action={
                <Link href="/partner/usage/sync" className={buttonVariants()}>
                  Go to call sync
                </Link>
              }
            />
          </Card>
        )}
      </section>

      <div className="mt-6 grid gap-4 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>Recent activity</CardTitle>
          </CardHeader>
          <AuditEventList events={events} viewerEmail={scope.email} />
        </Card>

        <Card className="self-start lg:col-span-2">
          <CardHeader>
            <CardTitle>Lowest balances</CardTitle>
            <CardDescription>Customers who may need a top-up soon.</CardDescription>
          </CardHeader>
          {lowest.items.length === 0 ? (
            <EmptyState icon={Users} title="No customers yet" description="Customer accounts will appear here once created." />
          ) : (
            <ul className="divide-y divide-border">
              {lowest.items.map((customer) => (
                <li key={customer.id} className="relative flex items-center justify-between gap-4 px-5 py-3 hover:bg-muted/50">
                  <div className="min-w-0">
                    <Link
                      href={`/partner/customers/${customer.id}`}
                      className="block truncate text-sm font-medium after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:after:ring-inset"
                    >
                      {customer.name}
                    </Link>
                    <p className="text-xs text-muted-foreground">{BILLING_MODEL_LABEL[customer.billingModel]}</p>
                  </div>
                  <CustomerBalance amount={customer.balance} currency={customer.currency} className="text-sm font-medium" />
                </li>
              ))}
            </ul>
          )}
          <div className="border-t border-border px-5 py-3">
            <Link href="/partner/customers?sort=balance" className="inline-flex items-center gap-1 rounded-sm text-sm font-medium text-accent hover:underline">
              View all customers
              <ArrowRight aria-hidden="true" className="size-4" />
            </Link>
          </div>
        </Card>
      </div>
    </>
  );
}
