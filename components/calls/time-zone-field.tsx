'use client';

import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The browser's IANA time zone as a hidden form field, so the server reads the dates the
 * viewer types in the viewer's zone. Before hydration (or without JavaScript) the field is
 * empty and the server falls back to the partner's zone. The note names the zone the
 * current results used, and the viewer's own when a shared link used another.
 */
export function TimeZoneField({ applied }: { applied: string }) {
  const zone = useSyncExternalStore(noopSubscribe, browserZone, () => '');
  return (
    <>
      <input type="hidden" name="tz" value={zone} />
      <p className="text-xs text-muted-foreground">
        Dates read in <span className="font-medium text-foreground">{applied}</span>
        {zone && zone !== applied ? <> · applying the filters uses yours, {zone}</> : null}
      </p>
    </>
  );
}
