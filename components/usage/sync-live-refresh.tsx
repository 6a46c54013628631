'use client';

import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

const REFRESH_EVERY_MS = 3_000;

/** Starts refreshing for a while: a queued sync takes a few seconds to be picked up. */
const WatchContext = createContext<(forMs: number) => void>(() => {});

export function useWatchSync(): (forMs: number) => void {
  return useContext(WatchContext);
}

/**
 * Re-reads the page every few seconds while a sync runs (the server says so) or while one
 * that was just requested may still be starting, then stops.
 */
export function SyncLiveRefresh({ running, children }: { running: boolean; children: ReactNode }) {
  const router = useRouter();
  const [watchUntil, setWatchUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const watching = running || now < watchUntil;

  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      router.refresh();
    }, REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [watching, router]);

  const watch = useCallback((forMs: number) => {
    const at = Date.now();
    setNow(at);
    setWatchUntil(at + forMs);
  }, []);

  return (
    <WatchContext.Provider value={watch}>
      <div aria-busy={watching}>{children}</div>
    </WatchContext.Provider>
  );
}
