import { formatMoney } from '@/lib/money/format-money';
import { marginPercent } from '@/lib/usage/charts/percent-change';
import type { UsageFigures } from '@/lib/usage/charts/usage-figures';
import { KpiTile } from './kpi-tile';
import { formatCount, formatMinutes, sellLabel, type UsageAudience } from './usage-format';

/** The period's totals: volume for everyone, money as the audience may see it. */
export function UsageKpis({ totals, audience }: { totals: UsageFigures; audience: UsageAudience }) {
  const money = (field: 'sell' | 'cost' | 'margin') => totals.money.map((entry) => ({ key: entry.currency, value: formatMoney(entry[field] ?? '0', entry.currency) }));
  const marginShare = totals.money
    .map((entry) => ({ currency: entry.currency, percent: entry.margin === null ? null : marginPercent(entry.sell, entry.margin) }))
    .filter((entry) => entry.percent !== null)
    .map((entry) => `${entry.percent}% of revenue${totals.money.length > 1 ? ` (${entry.currency})` : ''}`)
    .join(' · ');
  return (
    <section aria-label="Totals for the period" className={audience === 'partner' ? 'grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5' : 'grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3'}>
      <KpiTile label="Minutes" values={[{ key: 'minutes', value: formatMinutes(totals.minutes) }]} />
      <KpiTile label="Calls" values={[{ key: 'calls', value: formatCount(totals.calls) }]} />
      <KpiTile label={sellLabel(audience)} values={money('sell')} className={audience === 'customer' ? 'col-span-2 lg:col-span-1' : undefined} />
      {audience === 'partner' ? (
        <>
          <KpiTile label="Cost" values={money('cost')} />
          <KpiTile label="Margin" values={money('margin')} note={marginShare || undefined} className="col-span-2 lg:col-span-1" />
        </>
      ) : null}
    </section>
  );
}
