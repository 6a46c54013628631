'use client';

import { useState, useSyncExternalStore, useTransition } from 'react';
import { CircleAlert, CircleCheck, LoaderCircle, PlugZap } from 'lucide-react';
import { toast } from 'sonner';
import { testConnectionAction } from '@/app/partner/connections/actions';
import { Button } from '@/components/ui/button';
import type { ConnectionTestResult } from '@/lib/connections/test-connection';
import { cn } from '@/lib/ui/cn';

const noopSubscribe = () => () => {};

type TestConnectionButtonProps = { connectionId: string; label: string };

/**
 * Runs the provider's cheapest authenticated call. The action revalidates the page, so
 * the health badge updates too; the result also stays below the button until the next run.
 * Place it in a wrapping flex row: the result takes a line of its own there.
 */
export function TestConnectionButton({ connectionId, label }: TestConnectionButtonProps) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  // The button needs JavaScript; until hydration it is disabled rather than silently inert.
  const hydrated = useSyncExternalStore(noopSubscribe, () => true, () => false);

  function runTest() {
    setResult(null);
    startTransition(async () => {
      let outcome: ConnectionTestResult;
      try {
        outcome = await testConnectionAction(connectionId);
      } catch {
        outcome = { ok: false, message: 'The test could not run. Try again in a moment.' };
      }
      setResult(outcome);
      if (outcome.ok) toast.success(`${label}: connection works`, { description: outcome.detail });
      else toast.error(`${label}: test failed`, { description: outcome.message });
    });
  }

  return (
    <>
      <Button variant="secondary" size="sm" onClick={runTest} disabled={pending || !hydrated}>
        {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <PlugZap aria-hidden="true" />}
        {pending ? 'Testing…' : 'Test'}
        <span className="sr-only"> {label}</span>
      </Button>
      <p role="status" className="mt-2 min-w-0 basis-full text-sm empty:mt-0">
        {result ? (
          <span className={cn('inline-flex items-start gap-1.5', result.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-danger')}>
            {result.ok ? (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            ) : (
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            )}
            <span className="[overflow-wrap:anywhere]">{result.ok ? `Works: ${result.detail}` : result.message}</span>
          </span>
        ) : null}
      </p>
    </>
  );
}
