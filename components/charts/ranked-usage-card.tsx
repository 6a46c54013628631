import { BarChart3 } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { UsageFigures } from '@/lib/usage/charts/usage-figures';
import { ChartCard } from './chart-card';
import { RankedBarChart } from './ranked-bar-chart';
import { formatAmounts, formatCount, formatMinutes, sellLabel, type UsageAudience } from './usage-format';

/** A ranked item as the card shows it: a name, an optional second line (e.g. the customer) and its figures. */
export type RankedItem = UsageFigures & { key: string; label: string; sublabel?: string | null };

type RankedUsageCardProps = {
  title: string;
  description: string;
  /** Column heading for the items, e.g. "Destination". */
  itemName: string;
  items: RankedItem[];
  /** What "others" sums up, e.g. "4 more countries"; null when the list is complete. */
  others: { label: string; figures: UsageFigures } | null;
  audience: UsageAudience;
  emptyText: string;
};

function details(item: UsageFigures & { sublabel?: string | null }, audience: UsageAudience) {
  return [
    ...(item.sublabel ? [{ name: 'Customer', value: item.sublabel }] : []),
    { name: 'Calls', value: formatCount(item.calls) },
    { name: sellLabel(audience), value: formatAmounts(item.money, 'sell') },
    ...(audience === 'partner' ? [{ name: 'Margin', value: formatAmounts(item.money, 'margin') }] : []),
  ];
}

/** Top items by minutes as horizontal bars, with everything else summed up beneath and a table of the same figures. */
export function RankedUsageCard({ title, description, itemName, items, others, audience, emptyText }: RankedUsageCardProps) {
  const summary =
    items.length === 0
      ? `${title}: ${emptyText}`
      : `${title}, by minutes: ${items.map((item) => `${item.label} ${formatMinutes(item.minutes)} minutes`).join('; ')}${others ? `; ${others.label} ${formatMinutes(others.figures.minutes)} minutes` : ''}.`;
  return (
    <ChartCard title={title} description={description} table={<RankedUsageTable itemName={itemName} items={items} others={others} audience={audience} caption={title} />}>
      {items.length === 0 ? (
        <EmptyState icon={BarChart3} title="Nothing to rank" description={emptyText} className="py-8" />
      ) : (
        <>
          <RankedBarChart
            summary={summary}
            valueName="Minutes"
            rows={items.map((item) => ({ key: item.key, label: item.label, value: Number(item.minutes), valueText: `${formatMinutes(item.minutes)} min`, details: details(item, audience) }))}
          />
          {others ? (
            <p className="mt-2 text-xs text-muted-foreground">
              Plus {others.label}: {formatMinutes(others.figures.minutes)} min over {formatCount(others.figures.calls)} calls.
            </p>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}

function RankedUsageTable({ itemName, items, others, audience, caption }: Omit<RankedUsageCardProps, 'title' | 'description' | 'emptyText'> & { caption: string }) {
  const money = audience === 'partner' ? (['sell', 'cost', 'margin'] as const) : (['sell'] as const);
  const name = { sell: sellLabel(audience), cost: 'Cost', margin: 'Margin' };
  const rows = [...items.map((item) => ({ ...item, other: false })), ...(others ? [{ ...others.figures, key: 'others', label: `Others (${others.label})`, sublabel: null, other: true }] : [])];
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{itemName}</TableHead>
          <TableHead className="text-right">Minutes</TableHead>
          <TableHead className="text-right">Calls</TableHead>
          {money.map((field) => (
            <TableHead key={field} className="text-right">
              {name[field]}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={3 + money.length} className="text-muted-foreground">
              No calls in this period.
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={row.key}>
              <TableHead scope="row" className="font-normal text-foreground">
                <span className={row.other ? 'text-muted-foreground' : undefined}>{row.label}</span>
                {row.sublabel ? <span className="block text-xs text-muted-foreground">{row.sublabel}</span> : null}
              </TableHead>
              <TableCell className="text-right tabular-nums">{formatMinutes(row.minutes)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(row.calls)}</TableCell>
              {money.map((field) => (
                <TableCell key={field} className="text-right whitespace-nowrap tabular-nums">
                  {formatAmounts(row.money, field)}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
