import Link from 'next/link';
import { ArrowRight, BarChart3 } from 'lucide-react';
import { KpiTile } from '@/components/charts/kpi-tile';
import { formatAmounts, formatCount, formatMinutes, formatMonth, formatShortRange } from '@/components/charts/usage-format';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatMoney } from '@/lib/money/format-money';
import type { CustomerScope } from '@/lib/numbers/list-customer-numbers';
import { getMonthComparison } from '@/lib/usage/charts/get-month-comparison';
import { percentChange } from '@/lib/usage/charts/percent-change';

/** Minutes, charges and calls this month so far against the same days of last month, from the daily rollups. */
export async function MonthUsageSummary({ scope }: { scope: CustomerScope }) {
  const comparison = await getMonthComparison(scope);
  const now = comparison.thisMonth.totals;
  const before = comparison.lastMonthToDate.totals;
  const lastName = formatMonth(comparison.lastMonth.month);
  const heading = (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <h2 id="month-usage-title" className="text-base font-semibold text-foreground">
        {formatMonth(comparison.thisMonth.month)} so far
      </h2>
      <Link href="/customer/usage" className="inline-flex items-center gap-1 rounded-sm text-sm font-medium text-accent hover:underline">
        Usage details
        <ArrowRight aria-hidden="true" className="size-4" />
      </Link>
    </div>
  );

  if (now.calls === 0 && comparison.lastMonth.totals.calls === 0) {
    return (
      <section aria-labelledby="month-usage-title" className="flex flex-col gap-3">
        {heading}
        <Card>
          <EmptyState icon={BarChart3} title="No calls this month or last" description="Your minutes and charges appear here once calls have been collected from the network." className="py-8" />
        </Card>
      </section>
    );
  }

  const earlier = formatShortRange(comparison.lastMonthToDate.from, comparison.lastMonthToDate.to);
  const charges = comparison.currencies.map((currency) => {
    const amount = (money: typeof now.money) => money.find((entry) => entry.currency === currency)?.sell ?? '0';
    return { key: currency, value: formatMoney(amount(now.money), currency), change: percentChange(amount(now.money), amount(before.money)) };
  });
  return (
    <section aria-labelledby="month-usage-title" className="flex flex-col gap-3">
      {heading}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <KpiTile label="Minutes" values={[{ key: 'minutes', value: formatMinutes(now.minutes), change: percentChange(now.minutes, before.minutes) }]} rise="neutral" note={`${earlier}: ${formatMinutes(before.minutes)}`} />
        <KpiTile label="Calls" values={[{ key: 'calls', value: formatCount(now.calls), change: percentChange(now.calls, before.calls) }]} rise="neutral" note={`${earlier}: ${formatCount(before.calls)}`} />
        <KpiTile label="Charges" values={charges} rise="neutral" note={`${earlier}: ${formatAmounts(before.money, 'sell')}`} className="col-span-2 lg:col-span-1" />
      </div>
      <p className="text-xs text-muted-foreground">
        All of {lastName}: {formatMinutes(comparison.lastMonth.totals.minutes)} minutes, {formatCount(comparison.lastMonth.totals.calls)} calls,{' '}
        {formatAmounts(comparison.lastMonth.totals.money, 'sell')} in charges. Charges are before tax; your invoices are final.
      </p>
    </section>
  );
}
