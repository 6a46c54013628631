'use client';

import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_COLOR } from './chart-palette';
import { ChartTooltipCard } from './chart-tooltip';

/** One ranked item (a country, a number): the value its bar shows, and the figures its tooltip lists. */
export type RankedRow = { key: string; label: string; value: number; valueText: string; details: Array<{ name: string; value: string }> };

type RankedBarChartProps = {
  rows: RankedRow[];
  /** Spoken instead of the drawing; the card's table has the figures. */
  summary: string;
  valueName: string;
};

const ROW_HEIGHT = 30;
const MAX_LABEL = 22;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** One line per name: the axis would otherwise wrap names into two cramped lines. */
function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: string } }) {
  return (
    <text x={Number(x) - 8} y={Number(y)} dy="0.35em" textAnchor="end" fill="var(--foreground)" fontSize={12}>
      {payload?.value}
    </text>
  );
}

/** The bar's figure just past its end, on one line. */
function ValueLabel({ x, y, width, height, value }: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  return (
    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dy="0.35em" fill="var(--muted-foreground)" fontSize={12}>
      {String(value ?? '')}
    </text>
  );
}

/** Horizontal bars, largest first: names stay readable on a phone, where vertical bars would not. */
export function RankedBarChart({ rows, summary, valueName }: RankedBarChartProps) {
  const data = rows.map((row, index) => ({ index, label: shortLabel(row.label), value: row.value, valueText: row.valueText }));
  const labelWidth = Math.min(172, Math.max(64, ...data.map((row) => Math.ceil(row.label.length * 7.4) + 16)));
  const height = rows.length * ROW_HEIGHT + 8;
  return (
    <div role="img" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 400, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 88, bottom: 0, left: 0 }} barCategoryGap={6} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={labelWidth} tickLine={false} axisLine={false} tick={CategoryTick} interval={0} />
          <Tooltip
            cursor={{ fill: 'var(--muted)', opacity: 0.6 }}
            content={({ active, payload }) => {
              const row = active ? rows[(payload?.[0]?.payload as { index?: number } | undefined)?.index ?? -1] : undefined;
              if (!row) return null;
              return (
                <ChartTooltipCard
                  title={row.label}
                  lines={[{ name: valueName, value: row.valueText, color: SERIES_COLOR.volume, kind: 'bar' }, ...row.details.map((detail) => ({ ...detail, color: 'transparent', kind: 'bar' as const }))]}
                />
              );
            }}
          />
          <Bar dataKey="value" name={valueName} fill={SERIES_COLOR.volume} radius={[0, 3, 3, 0]} maxBarSize={22} minPointSize={2} animationDuration={400}>
            <LabelList dataKey="valueText" content={ValueLabel} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
