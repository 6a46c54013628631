import { formatMoney } from '@/lib/money/format-money';
import type { DailyUsage } from '@/lib/usage/charts/get-daily-usage';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ChartCard } from './chart-card';
import { SERIES_COLOR } from './chart-palette';
import { MetricChart, type ChartMode, type ChartPoint } from './metric-chart';
import { formatCount, formatDay, formatDayLong, formatMinutes, formatPeriod, sellLabel, type UsageAudience } from './usage-format';

type DailyUsageCardProps = { usage: DailyUsage; audience: UsageAudience; timeZone: string };

function moneyModes(usage: DailyUsage, audience: UsageAudience): ChartMode[] {
  return usage.currencies.map((currency) => {
    const suffix = usage.currencies.length > 1 ? ` (${currency})` : '';
    const axis = { kind: 'currency', currency } as const;
    if (audience === 'customer') {
      return { id: `money-${currency}`, label: `${sellLabel(audience)}${suffix}`, axis, series: [{ key: `sell_${currency}`, name: sellLabel(audience), kind: 'bar', color: SERIES_COLOR.revenue }] };
    }
    return {
      id: `money-${currency}`,
      label: `Revenue & margin${suffix}`,
      axis,
      series: [
        { key: `margin_${currency}`, name: 'Margin', kind: 'bar', color: SERIES_COLOR.margin },
        { key: `sell_${currency}`, name: 'Revenue', kind: 'line', color: SERIES_COLOR.revenue },
        { key: `cost_${currency}`, name: 'Cost', kind: 'line', color: SERIES_COLOR.cost },
      ],
    };
  });
}

function chartPoints(usage: DailyUsage): ChartPoint[] {
  return usage.days.map((day) => {
    const values: ChartPoint['values'] = { minutes: Number(day.minutes), calls: day.calls };
    const display: ChartPoint['display'] = { minutes: `${formatMinutes(day.minutes)} min`, calls: formatCount(day.calls) };
    for (const money of day.money) {
      for (const field of ['sell', 'cost', 'margin'] as const) {
        const amount = money[field];
        if (amount === null) continue;
        values[`${field}_${money.currency}`] = Number(amount);
        display[`${field}_${money.currency}`] = formatMoney(amount, money.currency);
      }
    }
    return { label: formatDay(day.day), title: formatDayLong(day.day), values, display };
  });
}

function summaryOf(usage: DailyUsage, audience: UsageAudience): string {
  const busiest = usage.days.reduce((best, day) => (Number(day.minutes) > Number(best.minutes) ? day : best), usage.days[0]!);
  const money = usage.totals.money.map((entry) => formatMoney(entry.sell, entry.currency)).join(' and ');
  return [
    `Daily usage, ${formatPeriod(usage.from, usage.to)}: ${formatMinutes(usage.totals.minutes)} minutes over ${formatCount(usage.totals.calls)} calls`,
    money ? `, ${sellLabel(audience).toLowerCase()} ${money}.` : '.',
    usage.totals.calls > 0 ? ` Busiest day ${formatDayLong(busiest.day)} with ${formatMinutes(busiest.minutes)} minutes.` : '',
  ].join('');
}

/** Minutes, calls and money per day of the period, with a table of the same figures. */
export function DailyUsageCard({ usage, audience, timeZone }: DailyUsageCardProps) {
  const modes: ChartMode[] = [
    { id: 'minutes', label: 'Minutes', axis: { kind: 'number' }, series: [{ key: 'minutes', name: 'Minutes', kind: 'bar', color: SERIES_COLOR.volume }] },
    { id: 'calls', label: 'Calls', axis: { kind: 'number' }, series: [{ key: 'calls', name: 'Calls', kind: 'bar', color: SERIES_COLOR.volume }] },
    ...moneyModes(usage, audience),
  ];
  return (
    <ChartCard title="Daily usage" description={`${formatPeriod(usage.from, usage.to)} · days in ${timeZone}`} table={<DailyUsageTable usage={usage} audience={audience} />}>
      <MetricChart modes={modes} points={chartPoints(usage)} summary={summaryOf(usage, audience)} />
    </ChartCard>
  );
}

function DailyUsageTable({ usage, audience }: { usage: DailyUsage; audience: UsageAudience }) {
  const fields = audience === 'partner' ? (['sell', 'cost', 'margin'] as const) : (['sell'] as const);
  const name = { sell: sellLabel(audience), cost: 'Cost', margin: 'Margin' };
  const suffix = (currency: string) => (usage.currencies.length > 1 ? ` (${currency})` : '');
  return (
    <Table>
      <TableCaption>Daily usage, {formatPeriod(usage.from, usage.to)}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Day</TableHead>
          <TableHead className="text-right">Minutes</TableHead>
          <TableHead className="text-right">Calls</TableHead>
          {usage.currencies.flatMap((currency) =>
            fields.map((field) => (
              <TableHead key={`${field}-${currency}`} className="text-right">
                {name[field]}
                {suffix(currency)}
              </TableHead>
            )),
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {usage.days.map((day) => (
          <TableRow key={day.day}>
            <TableHead scope="row" className="font-normal text-foreground">
              {formatDayLong(day.day)}
            </TableHead>
            <TableCell className="text-right tabular-nums">{formatMinutes(day.minutes)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(day.calls)}</TableCell>
            {day.money.flatMap((money) =>
              fields.map((field) => (
                <TableCell key={`${field}-${money.currency}`} className="text-right tabular-nums">
                  {formatMoney(money[field] ?? '0', money.currency)}
                </TableCell>
              )),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
