import type { ReactNode } from 'react';
import type { DailyUsage } from '@/lib/usage/charts/get-daily-usage';
import type { MonthComparison } from '@/lib/usage/charts/get-month-comparison';
import type { UsageByDestination } from '@/lib/usage/charts/get-usage-by-destination';
import type { UsageByDid } from '@/lib/usage/charts/get-usage-by-did';
import { DailyUsageCard } from './daily-usage-card';
import { DestinationUsageCard } from './destination-usage-card';
import { DidUsageCard } from './did-usage-card';
import { MonthComparisonCard } from './month-comparison-card';
import type { UsageAudience } from './usage-format';
import { UsageKpis } from './usage-kpis';

type UsageDashboardProps = {
  audience: UsageAudience;
  timeZone: string;
  daily: DailyUsage;
  destinations: UsageByDestination;
  dids: UsageByDid;
  comparison: MonthComparison;
  /** Shown after the charts of the period, e.g. the partner's top customers. */
  children?: ReactNode;
};

/** The charts of one period, then this month against last: the same for partner staff and customers. */
export function UsageDashboard({ audience, timeZone, daily, destinations, dids, comparison, children }: UsageDashboardProps) {
  return (
    <div className="flex flex-col gap-4">
      <UsageKpis totals={daily.totals} audience={audience} />
      <DailyUsageCard usage={daily} audience={audience} timeZone={timeZone} />
      <div className="grid gap-4 lg:grid-cols-2">
        <DestinationUsageCard usage={destinations} audience={audience} />
        <DidUsageCard usage={dids} audience={audience} />
      </div>
      {children}
      <div className="mt-4">
        <MonthComparisonCard comparison={comparison} audience={audience} />
      </div>
    </div>
  );
}
