import type { UsageByDestination } from '@/lib/usage/charts/get-usage-by-destination';
import { RankedUsageCard } from './ranked-usage-card';
import type { UsageAudience } from './usage-format';

/** The top destination countries of the period. */
export function DestinationUsageCard({ usage, audience }: { usage: UsageByDestination; audience: UsageAudience }) {
  return (
    <RankedUsageCard
      title="By destination"
      description="Countries called, by minutes"
      itemName="Destination"
      items={usage.top.map((row) => ({ ...row, key: row.country, label: row.name }))}
      others={usage.others ? { label: `${usage.others.countries} more ${usage.others.countries === 1 ? 'country' : 'countries'}`, figures: usage.others } : null}
      audience={audience}
      emptyText="No calls in this period."
    />
  );
}
