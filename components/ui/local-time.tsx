'use client';

import { useSyncExternalStore } from 'react';

type LocalTimeProps = {
  value: Date | string;
  /** "date" for days (e.g. sign-up dates), "datetime" for events, "time" beside a date shown apart. */
  format?: 'date' | 'datetime' | 'time';
  className?: string;
};

const noopSubscribe = () => () => {};

const OPTIONS: Record<NonNullable<LocalTimeProps['format']>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

/**
 * Shows an instant in the viewer's own time zone and locale. The server does not know
 * them, so it renders UTC first and the browser swaps in local time after hydration.
 */
export function LocalTime({ value, format = 'datetime', className }: LocalTimeProps) {
  const isClient = useSyncExternalStore(noopSubscribe, () => true, () => false);
  const date = typeof value === 'string' ? new Date(value) : value;
  const text = isClient
    ? new Intl.DateTimeFormat(undefined, OPTIONS[format]).format(date)
    : `${new Intl.DateTimeFormat('en-GB', { ...OPTIONS[format], timeZone: 'UTC' }).format(date)}${format === 'date' ? '' : ' UTC'}`;

  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} className={className}>
      {text}
    </time>
  );
}
