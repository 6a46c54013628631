import type { UsageByDid } from '@/lib/usage/charts/get-usage-by-did';
import { RankedUsageCard } from './ranked-usage-card';
import type { UsageAudience } from './usage-format';

/** The busiest numbers (DIDs) of the period; partner staff also see whose number it is. */
export function DidUsageCard({ usage, audience }: { usage: UsageByDid; audience: UsageAudience }) {
  return (
    <RankedUsageCard
      title="By number"
      description={audience === 'partner' ? 'Your customers’ busiest numbers, by minutes' : 'Your busiest numbers, by minutes'}
      itemName="Number"
      items={usage.top.map((row) => ({ ...row, key: `${row.customerId}:${row.did}`, label: row.label, sublabel: row.customerName }))}
      others={usage.others ? { label: 'other numbers', figures: usage.others } : null}
      audience={audience}
      emptyText="No calls in this period."
    />
  );
}
