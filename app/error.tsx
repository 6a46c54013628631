'use client';

import { RotateCw, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { Button, buttonVariants } from '@/components/ui/button';
import { errorDigest } from '@/lib/ui/error-digest';


/** Shows only the digest: messages can carry internal details, the digest finds them in the server log. */
export default function ErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div role="alert" className="flex max-w-md flex-col items-center text-center">
        <div className="mb-5 flex size-12 items-center justify-center rounded-full bg-danger-subtle text-danger">
          <TriangleAlert aria-hidden="true" className="size-6" />
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-foreground">Something went wrong</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          This page could not be loaded. It is usually temporary, so please try again.
        </p>
        {digest ? (
          <p className="mt-3 text-xs text-muted-foreground">
            Reference: <code className="font-mono">{digest}</code>
          </p>
        ) : null}
        <div className="mt-6 flex gap-2">
          <Button onClick={() => retry()}>
            <RotateCw aria-hidden="true" />
            Try again
          </Button>
          <Link href="/" className={buttonVariants({ variant: 'secondary' })}>
            Go home
          </Link>
        </div>
      </div>
    </main>
  );
}
