'use client';

import { useSyncExternalStore, useTransition } from 'react';
import { LoaderCircle, PlugZap } from 'lucide-react';
import { toast } from 'sonner';
import { testProviderConnectionAction } from '@/app/admin/connections/actions';
import { Button } from '@/components/ui/button';

const noopSubscribe = () => () => {};

/**
 * A table row's "Test": the result arrives as a toast (announced to screen readers) and
 * the row's health badge, which the action's revalidation refreshes.
 */
export function TestProviderConnectionButton({ connectionId, label }: { connectionId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  // The button needs JavaScript; until hydration it is disabled rather than silently inert.
  const hydrated = useSyncExternalStore(noopSubscribe, () => true, () => false);

  function runTest() {
    startTransition(async () => {
      try {
        const result = await testProviderConnectionAction(connectionId);
        if (result.ok) toast.success(`${label}: connection works`, { description: result.detail });
        else toast.error(`${label}: test failed`, { description: result.message });
      } catch {
        toast.error(`${label}: the test could not run`, { description: 'Try again in a moment.' });
      }
    });
  }

  return (
    <Button variant="secondary" size="sm" onClick={runTest} disabled={pending || !hydrated}>
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <PlugZap aria-hidden="true" />}
      {pending ? 'Testing…' : 'Test'}
      <span className="sr-only"> {label}</span>
    </Button>
  );
}
