import Link from 'next/link';
import { CircleAlert, Clock, RefreshCw } from 'lucide-react';
import { LocalTime } from '@/components/ui/local-time';
import { cn } from '@/lib/ui/cn';
import type { SyncStatus } from '@/lib/usage/sync/get-sync-status';

/**
 * One line about the CDR sync for pages that show synced usage: when calls were last
 * synced, whether a sync runs or waits, any problem, and (unless `link` is false) a link
 * to the sync page.
 */
export function SyncStatusSummary({ status, link = true, className }: { status: SyncStatus; link?: boolean; className?: string }) {
  const cursors = status.connections.reduce((sum, connection) => sum + connection.cursors.length, 0);
  return (
    <p className={cn('flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground', className)}>
      <span className="inline-flex items-center gap-1.5">
        <Clock aria-hidden="true" className="size-4" />
        {status.lastSuccessAt ? (
          <span>
            Calls synced <LocalTime value={status.lastSuccessAt} />
          </span>
        ) : (
          <span>{cursors === 0 ? 'No connection lists calls yet.' : 'Calls not synced yet.'}</span>
        )}
      </span>
      {status.running > 0 ? (
        <span className="inline-flex items-center gap-1.5">
          <RefreshCw aria-hidden="true" className="size-4 animate-spin" />
          Syncing now
        </span>
      ) : null}
      {status.waiting > 0 ? <span>{status.waiting === 1 ? '1 sync waits' : `${status.waiting} syncs wait`} for a provider’s request budget</span> : null}
      {status.failing > 0 ? (
        <span className="inline-flex items-center gap-1.5 text-danger" title={status.firstError ?? undefined}>
          <CircleAlert aria-hidden="true" className="size-4" />
          {status.failing === 1 ? '1 sync has a problem' : `${status.failing} syncs have problems`}
        </span>
      ) : null}
      {link ? (
        <Link href="/partner/usage/sync" className="font-medium text-foreground underline-offset-4 hover:underline">
          Sync status
        </Link>
      ) : null}
    </p>
  );
}
