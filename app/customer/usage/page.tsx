import type { Metadata } from 'next';
import { BarChart3 } from 'lucide-react';
import { UsageDashboard } from '@/components/charts/usage-dashboard';
import { formatPeriod } from '@/components/charts/usage-format';
import { UsagePeriodBar } from '@/components/charts/usage-period-bar';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getDailyUsage } from '@/lib/usage/charts/get-daily-usage';
import { getMonthComparison } from '@/lib/usage/charts/get-month-comparison';
import { getUsageByDestination } from '@/lib/usage/charts/get-usage-by-destination';
import { getUsageByDid } from '@/lib/usage/charts/get-usage-by-did';
import { hasUsage } from '@/lib/usage/charts/has-usage';
import { parseUsagePeriodParams } from '@/lib/usage/charts/usage-period';
import { getUsageCalendar } from '@/lib/usage/charts/usage-source';

export const metadata: Metadata = { title: 'Usage' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The customer's own calls and charges; the partner's cost and margin never reach this page. */
export default async function CustomerUsagePage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('customer');
  const calendar = await getUsageCalendar(scope);
  // A customer sees their own usage whatever the URL says.
  const { customer: _ignored, ...params } = await searchParams;
  const selection = parseUsagePeriodParams(params, calendar.timeZone);
  const { period } = selection;
  const header = <PageHeader title="Usage" description={`Your calls, minutes and charges · ${formatPeriod(period.from, period.to)}`} className="mb-4" />;

  if (!(await hasUsage(scope))) {
    return (
      <>
        {header}
        <Card>
          <EmptyState icon={BarChart3} title="No calls yet" description="Your calls appear here once they have been collected from the network, which happens several times a day." />
        </Card>
      </>
    );
  }

  const [daily, destinations, dids, comparison] = await Promise.all([
    getDailyUsage(scope, period),
    getUsageByDestination(scope, period),
    getUsageByDid(scope, period),
    getMonthComparison(scope),
  ]);

  return (
    <>
      {header}
      <UsagePeriodBar action="/customer/usage" selection={selection} />
      <UsageDashboard audience="customer" timeZone={calendar.timeZone} daily={daily} destinations={destinations} dids={dids} comparison={comparison} />
    </>
  );
}
