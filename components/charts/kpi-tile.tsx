import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';
import { cn } from '@/lib/ui/cn';
import { formatChange } from './usage-format';

/** A figure, and optionally its change against an earlier one (null: nothing to compare with). */
export type KpiValue = { key: string; value: string; change?: number | null };

type KpiTileProps = {
  label: string;
  values: KpiValue[];
  /** Under the figure, e.g. "vs $1,200.00 in Feb 1 – 17". */
  note?: string;
  /** Whether a rise is good news (revenue) or simply a fact (cost). */
  rise?: 'good' | 'neutral';
  className?: string;
};

function Change({ change, rise }: { change: number | null; rise: 'good' | 'neutral' }) {
  const text = formatChange(change);
  // Nothing to compare with: the note beside the figure says what the earlier figure was.
  if (text === null) return null;
  const Icon = change! > 0 ? ArrowUpRight : change! < 0 ? ArrowDownRight : Minus;
  const tone =
    rise === 'neutral' || change === 0
      ? 'text-muted-foreground'
      : change! > 0
        ? 'text-emerald-700 dark:text-emerald-400'
        : 'text-danger';
  return (
    <span className={cn('inline-flex items-center gap-0.5 text-xs font-medium tabular-nums', tone)}>
      <Icon aria-hidden="true" className="size-3.5" />
      {text}
    </span>
  );
}

export function KpiTile({ label, values, note, rise = 'good', className }: KpiTileProps) {
  return (
    <Card className={className}>
      <CardContent className="px-4 py-3.5 sm:px-5 sm:py-4">
        <p className="text-sm text-muted-foreground">{label}</p>
        <ul className="mt-1 space-y-0.5">
          {values.length === 0 ? <li className="text-xl font-semibold tracking-tight text-muted-foreground sm:text-2xl">—</li> : null}
          {values.map((value) => (
            <li key={value.key} className="flex flex-wrap items-baseline gap-x-2">
              <span className="text-xl font-semibold tracking-tight tabular-nums sm:text-2xl">{value.value}</span>
              {value.change !== undefined ? <Change change={value.change} rise={rise} /> : null}
            </li>
          ))}
        </ul>
        {note ? <p className="mt-1 text-xs text-muted-foreground">{note}</p> : null}
      </CardContent>
    </Card>
  );
}
