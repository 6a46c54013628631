import { formatMoney } from '@/lib/money/format-money';
import type { MonthComparison } from '@/lib/usage/charts/get-month-comparison';
import { percentChange } from '@/lib/usage/charts/percent-change';
import type { MoneyFigures } from '@/lib/usage/charts/usage-figures';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ChartCard } from './chart-card';
import { SERIES_COLOR } from './chart-palette';
import { KpiTile } from './kpi-tile';
import { MetricChart, type ChartMode, type ChartPoint } from './metric-chart';
import { formatAmounts, formatCount, formatMinutes, formatMonth, formatPeriod, formatShortRange, sellLabel, type UsageAudience } from './usage-format';

type MonthComparisonCardProps = { comparison: MonthComparison; audience: UsageAudience };

type MoneyField = 'sell' | 'cost' | 'margin';

function moneyOf(money: MoneyFigures[], currency: string, field: MoneyField): string {
  return money.find((entry) => entry.currency === currency)?.[field] ?? '0';
}

/** KPI tiles for this month so far against the same days of last month. */
function MonthKpis({ comparison, audience }: MonthComparisonCardProps) {
  const now = comparison.thisMonth.totals;
  const before = comparison.lastMonthToDate.totals;
  const money = (field: MoneyField) =>
    comparison.currencies.map((currency) => ({
      key: currency,
      value: formatMoney(moneyOf(now.money, currency, field), currency),
      change: percentChange(moneyOf(now.money, currency, field), moneyOf(before.money, currency, field)),
    }));
  const earlier = formatShortRange(comparison.lastMonthToDate.from, comparison.lastMonthToDate.to);
  const note = (value: string) => `${earlier}: ${value}`;
  return (
    <div className={audience === 'partner' ? 'grid grid-cols-2 gap-3 lg:grid-cols-5' : 'grid grid-cols-2 gap-3 lg:grid-cols-3'}>
      <KpiTile label="Minutes" values={[{ key: 'minutes', value: formatMinutes(now.minutes), change: percentChange(now.minutes, before.minutes) }]} note={note(formatMinutes(before.minutes))} />
      <KpiTile label="Calls" values={[{ key: 'calls', value: formatCount(now.calls), change: percentChange(now.calls, before.calls) }]} note={note(formatCount(before.calls))} />
      <KpiTile label={sellLabel(audience)} values={money('sell')} note={note(formatAmounts(before.money, 'sell'))} className={audience === 'customer' ? 'col-span-2 lg:col-span-1' : undefined} />
      {audience === 'partner' ? (
        <>
          <KpiTile label="Cost" values={money('cost')} rise="neutral" note={note(formatAmounts(before.money, 'cost'))} />
          <KpiTile label="Margin" values={money('margin')} note={note(formatAmounts(before.money, 'margin'))} className="col-span-2 lg:col-span-1" />
        </>
      ) : null}
    </div>
  );
}

function cumulativeModes(comparison: MonthComparison, audience: UsageAudience): ChartMode[] {
  const series = (metric: string) => [
    { key: `this_${metric}`, name: formatMonth(comparison.thisMonth.month), kind: 'line' as const, color: SERIES_COLOR.revenue },
    { key: `last_${metric}`, name: formatMonth(comparison.lastMonth.month), kind: 'line' as const, color: SERIES_COLOR.previous, dashed: true },
  ];
  return [
    ...comparison.currencies.map((currency) => ({
      id: `sell-${currency}`,
      label: `${sellLabel(audience)}${comparison.currencies.length > 1 ? ` (${currency})` : ''}`,
      axis: { kind: 'currency' as const, currency },
      series: series(`sell_${currency}`),
    })),
    { id: 'minutes', label: 'Minutes', axis: { kind: 'number' }, series: series('minutes') },
    { id: 'calls', label: 'Calls', axis: { kind: 'number' }, series: series('calls') },
  ];
}

function cumulativePoints(comparison: MonthComparison): ChartPoint[] {
  return comparison.cumulative.map((day) => {
    const values: ChartPoint['values'] = {};
    const display: ChartPoint['display'] = {};
    for (const [prefix, figures] of [['this', day.thisMonth], ['last', day.lastMonth]] as const) {
      values[`${prefix}_minutes`] = figures ? Number(figures.minutes) : null;
      values[`${prefix}_calls`] = figures ? figures.calls : null;
      display[`${prefix}_minutes`] = figures ? `${formatMinutes(figures.minutes)} min` : '—';
      display[`${prefix}_calls`] = figures ? formatCount(figures.calls) : '—';
      for (const currency of comparison.currencies) {
        const sell = figures ? moneyOf(figures.money, currency, 'sell') : null;
        values[`${prefix}_sell_${currency}`] = sell === null ? null : Number(sell);
        display[`${prefix}_sell_${currency}`] = sell === null ? '—' : formatMoney(sell, currency);
      }
    }
    return { label: String(day.dayOfMonth), title: `Day ${day.dayOfMonth} of the month, running total`, values, display };
  });
}

/** This month so far against last month: KPI deltas and running totals by day of the month. */
export function MonthComparisonCard({ comparison, audience }: MonthComparisonCardProps) {
  const thisName = formatMonth(comparison.thisMonth.month);
  const lastName = formatMonth(comparison.lastMonth.month);
  const summary =
    `${thisName} so far: ${formatMinutes(comparison.thisMonth.totals.minutes)} minutes, ${sellLabel(audience).toLowerCase()} ${formatAmounts(comparison.thisMonth.totals.money, 'sell')}. ` +
    `Same days of ${lastName}: ${formatMinutes(comparison.lastMonthToDate.totals.minutes)} minutes, ${formatAmounts(comparison.lastMonthToDate.totals.money, 'sell')}. ` +
    `All of ${lastName}: ${formatMinutes(comparison.lastMonth.totals.minutes)} minutes, ${formatAmounts(comparison.lastMonth.totals.money, 'sell')}.`;
  return (
    <section aria-labelledby="month-comparison-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="month-comparison-title" className="text-base font-semibold text-foreground">
          This month vs last month
        </h2>
        <p className="text-sm text-muted-foreground">
          {formatPeriod(comparison.thisMonth.from, comparison.thisMonth.to)} against the same days of {lastName}
        </p>
      </div>
      <MonthKpis comparison={comparison} audience={audience} />
      <ChartCard title="Running total by day of the month" description={`${thisName} so far, and all of ${lastName}`} table={<CumulativeTable comparison={comparison} audience={audience} />}>
        <MetricChart modes={cumulativeModes(comparison, audience)} points={cumulativePoints(comparison)} summary={summary} height={240} />
      </ChartCard>
    </section>
  );
}

function CumulativeTable({ comparison, audience }: MonthComparisonCardProps) {
  const months = [
    ['this', formatMonth(comparison.thisMonth.month)],
    ['last', formatMonth(comparison.lastMonth.month)],
  ] as const;
  return (
    <Table>
      <TableCaption>Running totals by day of the month</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Day</TableHead>
          {months.map(([key, name]) => (
            <TableHead key={`${key}-minutes`} className="text-right">
              Minutes, {name}
            </TableHead>
          ))}
          {months.map(([key, name]) => (
            <TableHead key={`${key}-sell`} className="text-right">
              {sellLabel(audience)}, {name}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {comparison.cumulative.map((day) => (
          <TableRow key={day.dayOfMonth}>
            <TableHead scope="row" className="font-normal text-foreground">
              {day.dayOfMonth}
            </TableHead>
            {[day.thisMonth, day.lastMonth].map((figures, index) => (
              <TableCell key={`minutes-${index}`} className="text-right tabular-nums">
                {figures ? formatMinutes(figures.minutes) : '—'}
              </TableCell>
            ))}
            {[day.thisMonth, day.lastMonth].map((figures, index) => (
              <TableCell key={`sell-${index}`} className="text-right whitespace-nowrap tabular-nums">
                {figures ? formatAmounts(figures.money, 'sell') : '—'}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
