import { isCalendarDay } from '../../platform/zoned-day.ts';

/**
 * Calendar days as "YYYY-MM-DD" text, the unit of the usage rollups. Arithmetic happens on
 * UTC midnights, where every day has 24 hours, so daylight-saving changes cannot skip or
 * repeat a day; only "today" depends on a time zone.
 */

const DAY_MS = 86_400_000;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export { isCalendarDay };

/** The day `instant` falls on in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** A day as the Date that PostgreSQL's `date` columns take and return (UTC midnight). */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateAsDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  return dateAsDay(new Date(dayAsDate(day).getTime() + delta * DAY_MS));
}

/** How many days `from`…`to` spans, both included (0 when `to` is before `from`). */
export function dayCount(from: string, to: string): number {
  return Math.max(0, Math.round((dayAsDate(to).getTime() - dayAsDate(from).getTime()) / DAY_MS) + 1);
}

export function listDays(from: string, to: string): string[] {
  return Array.from({ length: dayCount(from, to) }, (_, index) => addDays(from, index));
}

export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function lastOfMonth(day: string): string {
  const date = dayAsDate(day);
  return dateAsDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/** The first day of the month `by` months after the month of `day`. */
export function shiftMonth(day: string, by: number): string {
  const date = dayAsDate(day);
  return dateAsDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + by, 1)));
}

/** 1…31. */
export function dayOfMonth(day: string): number {
  return Number(day.slice(8, 10));
}
