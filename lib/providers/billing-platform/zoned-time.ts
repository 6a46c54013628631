/**
 * The billing platform exchanges datetimes as wall-clock text ("2026-03-01 14:05:00") in
 * the time zone named by the request's `__tz`. These two functions convert between such
 * text and instants, so the rest of the adapter only handles Date (UTC).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what a misconfigured adapter should do.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at that instant, in milliseconds (whole seconds). */
function offsetMs(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** "YYYY-MM-DD HH:mm:ss" of an instant as a clock in `timeZone` shows it. */
export function formatInZone(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** "YYYY-MM-DD" of an instant in `timeZone`. */
export function formatDateInZone(instant: Date, timeZone: string): string {
  return formatInZone(instant, timeZone).slice(0, 10);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant a platform datetime denotes. Text that names its own offset is absolute (the
 * docs: such values ignore `__tz`); wall-clock text is read in `timeZone`. Returns null for
 * anything else, so callers can report the field.
 */
export function parseInZone(text: string, timeZone: string): Date | null {
  if (HAS_ZONE.test(text)) {
    const absolute = new Date(text.replace(' ', 'T'));
    return Number.isNaN(absolute.getTime()) ? null : absolute;
  }
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0'] = match;
  const wallAsUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
  // Two passes settle the offset across a DST change (the offset at the guess may differ).
  let guess = wallAsUtc - offsetMs(new Date(wallAsUtc), timeZone);
  const corrected = offsetMs(new Date(guess), timeZone);
  if (wallAsUtc - guess !== corrected) guess = wallAsUtc - corrected;
  return new Date(guess);
}

export const PLATFORM_DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
