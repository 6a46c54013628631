import { formatMoney } from '@/lib/money/format-money';
import { dayAsDate } from '@/lib/usage/charts/calendar-days';
import type { MoneyFigures } from '@/lib/usage/charts/usage-figures';

/** Who reads the figures: partner staff see cost and margin, a customer sees their charges. */
export type UsageAudience = 'partner' | 'customer';

export function sellLabel(audience: UsageAudience): string {
  return audience === 'partner' ? 'Revenue' : 'Charges';
}

const minutesFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en-US');
const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const mediumDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Minutes are Decimal strings; Intl takes them as exact decimal text. */
export function formatMinutes(minutes: string): string {
  return minutesFormat.format(minutes as unknown as number);
}

export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** "Mar 3" for a YYYY-MM-DD day (a calendar day: no time zone shifts it). */
export function formatDay(day: string): string {
  return shortDay.format(dayAsDate(day));
}

/** "Tue, Mar 3, 2026". */
export function formatDayLong(day: string): string {
  return longDay.format(dayAsDate(day));
}

/** "March 2026" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  return monthName.format(dayAsDate(`${month}-01`));
}

/** "Mar 1 – Mar 30, 2026", or with both years when they differ. */
export function formatPeriod(from: string, to: string): string {
  if (from === to) return mediumDay.format(dayAsDate(from));
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDay(from)} – ${formatDay(to)}, ${to.slice(0, 4)}`;
  return `${mediumDay.format(dayAsDate(from))} – ${mediumDay.format(dayAsDate(to))}`;
}

/** "Oct 1 – 26" or "Oct 28 – Nov 3": a range within a year, for notes beside a figure. */
export function formatShortRange(from: string, to: string): string {
  if (from === to) return formatDay(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${formatDay(from)} – ${Number(to.slice(8, 10))}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** "+12.5%", "−3%", or null for no earlier figure. */
export function formatChange(change: number | null): string | null {
  if (change === null) return null;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${minutesFormat.format(Math.abs(change))}%`;
}

export function formatAmounts(money: MoneyFigures[], field: 'sell' | 'cost' | 'margin'): string {
  if (money.length === 0) return '—';
  return money.map((entry) => formatMoney(entry[field] ?? '0', entry.currency)).join(' · ');
}
