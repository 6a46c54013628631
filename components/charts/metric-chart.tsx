'use client';

import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { cn } from '@/lib/ui/cn';
import type { AxisFormat } from './chart-palette';
import { ChartTooltipCard, SeriesSwatch } from './chart-tooltip';

export type SeriesSpec = { key: string; name: string; kind: 'bar' | 'line'; color: string; dashed?: boolean };
export type ChartMode = { id: string; label: string; series: SeriesSpec[]; axis: AxisFormat };
/** One x-axis position: numbers to plot (null = no value, e.g. a day still to come) and their formatted text. */
export type ChartPoint = { label: string; title: string; values: Record<string, number | null>; display: Record<string, string> };

type MetricChartProps = {
  modes: ChartMode[];
  points: ChartPoint[];
  /** Spoken instead of the drawing; the card's table has the figures. */
  summary: string;
  height?: number;
};

const TICK = { fill: 'var(--muted-foreground)', fontSize: 12 };

function axisFormatter(axis: AxisFormat): (value: number) => string {
  const format =
    axis.kind === 'currency'
      ? new Intl.NumberFormat('en-US', { style: 'currency', currency: axis.currency, notation: 'compact', maximumFractionDigits: 2 })
      : new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

/** A time series with a switch between metrics (minutes, calls, money…): bars and lines over one axis. */
export function MetricChart({ modes, points, summary, height = 260 }: MetricChartProps) {
  const [modeId, setModeId] = useState(modes[0]?.id);
  const mode = modes.find((candidate) => candidate.id === modeId) ?? modes[0];
  if (!mode) return null;
  const data = points.map((point, index) => ({ index, label: point.label, ...point.values }));

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        {modes.length > 1 ? (
          <div role="group" aria-label="Metric" className="inline-flex flex-wrap rounded-md border border-border bg-muted/60 p-0.5">
            {modes.map((candidate) => (
              <button
                key={candidate.id}
                type="button"
                aria-pressed={candidate.id === mode.id}
                onClick={() => setModeId(candidate.id)}
                className={cn(
                  'rounded-[5px] px-2.5 py-1 text-xs font-medium text-muted-foreground transition-colors hover:text-foreground',
                  candidate.id === mode.id && 'bg-card text-foreground shadow-xs',
                )}
              >
                {candidate.label}
              </button>
            ))}
          </div>
        ) : null}
        <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
          {mode.series.map((series) => (
            <li key={series.key} className="flex items-center gap-1.5">
              <SeriesSwatch color={series.color} kind={series.kind} dashed={series.dashed} />
              {series.name}
            </li>
          ))}
        </ul>
      </div>
      <div role="img" aria-label={summary} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          <ComposedChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={TICK} tickLine={false} axisLine={{ stroke: 'var(--border)' }} minTickGap={18} interval="preserveStartEnd" />
            <YAxis tick={TICK} tickLine={false} axisLine={false} width={56} tickFormatter={axisFormatter(mode.axis)} allowDecimals={mode.axis.kind === 'currency'} />
            <Tooltip
              cursor={{ fill: 'var(--muted)', opacity: 0.6 }}
              content={({ active, payload }) => {
                const point = active ? points[(payload?.[0]?.payload as { index?: number } | undefined)?.index ?? -1] : undefined;
                if (!point) return null;
                return <ChartTooltipCard title={point.title} lines={mode.series.map((series) => ({ name: series.name, color: series.color, kind: series.kind, dashed: series.dashed, value: point.display[series.key] ?? '—' }))} />;
              }}
            />
            {mode.series.map((series) =>
              series.kind === 'bar' ? (
                <Bar key={series.key} dataKey={series.key} name={series.name} fill={series.color} radius={[3, 3, 0, 0]} maxBarSize={28} animationDuration={400} />
              ) : (
                <Line
                  key={series.key}
                  dataKey={series.key}
                  name={series.name}
                  type="linear"
                  stroke={series.color}
                  strokeWidth={2}
                  strokeDasharray={series.dashed ? '5 4' : undefined}
                  dot={false}
                  activeDot={{ r: 3 }}
                  connectNulls={false}
                  animationDuration={400}
                />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
