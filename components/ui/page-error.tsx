'use client';

import { RotateCw } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorDigest } from '@/lib/ui/error-digest';

/** A page that failed, inside the area's shell so the navigation stays usable. Only the digest is shown: it finds the error in the server log. */
export function PageError({ error, retry, title = 'This page could not be loaded' }: { error: unknown; retry: () => void; title?: string }) {
  const digest = errorDigest(error);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <Alert variant="error" role="alert" title={title}>
        It is usually temporary, so please try again.
        {digest ? (
          <span className="mt-1 block text-xs">
            Reference: <code className="font-mono">{digest}</code>
          </span>
        ) : null}
      </Alert>
      <div>
        <Button variant="secondary" onClick={() => retry()}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
      </div>
    </div>
  );
}
