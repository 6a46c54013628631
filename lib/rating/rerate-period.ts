import { nextDay, startOfDayInZone } from '../platform/zoned-day.ts';
import { dayInZone } from '../usage/charts/calendar-days.ts';

/**
 * The instants a period of whole days in the partner's time zone spans: from the first
 * day's midnight (inclusive) to the midnight after the last day (exclusive), the way the
 * partner's usage days are counted.
 */
export function periodInstants(period: { from: string; to: string }, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDayInZone(period.from, timeZone), to: startOfDayInZone(nextDay(period.to), timeZone) };
}

/** The days, in the partner's time zone, of a stored period (its end is exclusive), both included. */
export function periodDays(instants: { from: Date; to: Date }, timeZone: string): { from: string; to: string } {
  return { from: dayInZone(instants.from, timeZone), to: dayInZone(new Date(instants.to.getTime() - 1), timeZone) };
}
