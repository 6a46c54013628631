'use client';

import { useSyncExternalStore, useTransition } from 'react';
import { LoaderCircle, RotateCw } from 'lucide-react';
import { toast } from 'sonner';
import { retryJobAction } from '@/app/admin/jobs/actions';
import { Button } from '@/components/ui/button';

const noopSubscribe = () => () => {};

/** Retries one failed job; the page refreshes (the action revalidates it) and a toast says what happened. */
export function RetryJobButton({ queue, jobId, archived }: { queue: string; jobId: string; archived: boolean }) {
  const [pending, startTransition] = useTransition();
  const hydrated = useSyncExternalStore(noopSubscribe, () => true, () => false);

  function retry() {
    startTransition(async () => {
      try {
        const result = await retryJobAction(queue, jobId);
        if (!result.ok) toast.error('Not retried', { description: result.message });
        else if (result.mode === 'retried') toast.success('Job queued for another attempt');
        else toast.success('A new job with the same data was queued');
      } catch {
        toast.error('The retry could not be made', { description: 'Try again in a moment.' });
      }
    });
  }

  return (
    <Button variant="secondary" size="sm" onClick={retry} disabled={pending || !hydrated}>
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <RotateCw aria-hidden="true" />}
      {archived ? 'Send again' : 'Retry'}
      <span className="sr-only">
        {' '}
        {queue} job {jobId}
      </span>
    </Button>
  );
}
