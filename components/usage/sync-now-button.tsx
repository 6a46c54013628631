'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LoaderCircle, RefreshCw } from 'lucide-react';
import { toast } from 'sonner';
import { syncConnectionNowAction, type SyncNowActionResult } from '@/app/partner/usage/sync/actions';
import { Button } from '@/components/ui/button';
import { useWatchSync } from './sync-live-refresh';

const WATCH_AFTER_REQUEST_MS = 90_000;

function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function describe(result: Extract<SyncNowActionResult, { ok: true }>): string {
  if (result.waitingUntil) {
    const others = result.cursors > 1 && result.queued > 0 ? ' The other customers’ syncs are queued.' : '';
    return `The provider’s request budget is spent: its next request is allowed at ${formatInstant(result.waitingUntil)}, and the sync continues then.${others}`;
  }
  if (result.queued === 0) return 'A sync is already queued for this connection.';
  return `Sync queued${result.cursors > 1 ? ` for ${result.queued} of ${result.cursors} customers` : ''}; this page updates as it runs.`;
}

/** "Sync now" for one connection: queues its syncs (the provider's budget still applies) and watches them run. */
export function SyncNowButton({ connectionId, label }: { connectionId: string; label: string }) {
  const router = useRouter();
  const watch = useWatchSync();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      aria-label={`Sync now: ${label}`}
      onClick={() =>
        startTransition(async () => {
          try {
            const result = await syncConnectionNowAction(connectionId);
            if (result.ok) {
              (result.waitingUntil ? toast.warning : toast.success)(describe(result));
              watch(WATCH_AFTER_REQUEST_MS);
            } else {
              toast.error(result.message);
            }
          } catch {
            toast.error('The portal did not answer; try again.');
          }
          router.refresh();
        })
      }
    >
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <RefreshCw aria-hidden="true" />}
      {pending ? 'Queuing…' : 'Sync now'}
    </Button>
  );
}
