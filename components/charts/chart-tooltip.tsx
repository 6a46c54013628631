'use client';

import { cn } from '@/lib/ui/cn';

/** One point's figures as the tooltip lists them, already formatted on the server. */
export type TooltipLine = { name: string; color: string; value: string; kind: 'bar' | 'line'; dashed?: boolean };

export function ChartTooltipCard({ title, lines }: { title: string; lines: TooltipLine[] }) {
  return (
    <div className="min-w-40 rounded-md border border-border bg-card px-3 py-2 text-xs shadow-md">
      <p className="mb-1.5 font-medium text-foreground">{title}</p>
      <dl className="flex flex-col gap-1">
        {lines.map((line) => (
          <div key={line.name} className="flex items-center justify-between gap-4">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <SeriesSwatch color={line.color} kind={line.kind} dashed={line.dashed} />
              {line.name}
            </dt>
            <dd className="font-medium text-foreground tabular-nums">{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A bar series' square or a line series' stroke, as the legend and tooltips show it. */
export function SeriesSwatch({ color, kind, dashed }: { color: string; kind: 'bar' | 'line'; dashed?: boolean }) {
  return kind === 'line' ? (
    <span aria-hidden="true" className={cn('h-0 w-3.5 border-t-2', dashed && 'border-dashed')} style={{ borderColor: color }} />
  ) : (
    <span aria-hidden="true" className="size-2.5 rounded-[3px]" style={{ backgroundColor: color }} />
  );
}
