/**
 * Calendar days in the viewer's time zone as instants, for date-range filters: "from
 * 2026-03-29" in Europe/Paris starts at 2026-03-28T23:00Z. Intl knows the zone rules, so
 * daylight-saving changes come out right without a date library.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** The zone's offset from UTC at that instant, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The first instant of `day` (YYYY-MM-DD) in `timeZone`. */
export function startOfDayInZone(day: string, timeZone: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  const wallAsUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The offset at the first guess may differ from the offset at the answer across a DST change: a second pass settles it.
  let guess = wallAsUtc - offsetMs(new Date(wallAsUtc), timeZone);
  const corrected = offsetMs(new Date(guess), timeZone);
  if (wallAsUtc - guess !== corrected) guess = wallAsUtc - corrected;
  return new Date(guess);
}

/** The day after `day`, YYYY-MM-DD. */
export function nextDay(day: string): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
}
