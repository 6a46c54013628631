'use client';

import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => {};

/**
 * The viewer's IANA time zone as a hidden form field, so dates typed into a filter mean
 * days where the viewer is. Without JavaScript the server reads them as UTC.
 */
export function BrowserTimeZoneInput({ name = 'tz' }: { name?: string }) {
  const zone = useSyncExternalStore(noopSubscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => '');
  return <input type="hidden" name={name} value={zone} />;
}
