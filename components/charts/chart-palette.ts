/**
 * Series colours as CSS variables, set on each chart's card so light and dark mode swap
 * them in one place (the dark values follow the OS setting, as app/globals.css does).
 * Revenue uses the app's accent; cost is amber, margin green, the earlier period grey.
 */
export const CHART_PALETTE_CLASS = [
  '[--chart-volume:var(--accent)]',
  '[--chart-revenue:var(--accent)]',
  '[--chart-cost:oklch(0.68_0.16_62)] dark:[--chart-cost:oklch(0.79_0.15_70)]',
  '[--chart-margin:oklch(0.6_0.14_158)] dark:[--chart-margin:oklch(0.72_0.15_160)]',
  '[--chart-previous:var(--muted-foreground)]',
].join(' ');

export const SERIES_COLOR = {
  volume: 'var(--chart-volume)',
  revenue: 'var(--chart-revenue)',
  cost: 'var(--chart-cost)',
  margin: 'var(--chart-margin)',
  previous: 'var(--chart-previous)',
} as const;

/** How a chart's value axis writes its numbers. */
export type AxisFormat = { kind: 'number' } | { kind: 'currency'; currency: string };
