'use client';

import './globals.css';
import { errorDigest } from '@/lib/ui/error-digest';


/** Replaces the root layout when it fails, so it renders its own document and keeps dependencies minimal. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Partner Portal</title>
      </head>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <main className="flex min-h-dvh items-center justify-center px-4 py-16">
          <div role="alert" className="flex max-w-md flex-col items-center text-center">
            <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
            <p className="mt-2 text-sm text-muted-foreground">
              The portal could not be loaded. Please try again in a moment.
            </p>
            {digest ? (
              <p className="mt-3 text-xs text-muted-foreground">
                Reference: <code className="font-mono">{digest}</code>
              </p>
            ) : null}
            <div className="mt-6 flex gap-2">
              <button
                type="button"
                onClick={() => retry()}
                className="inline-flex h-9 items-center rounded-md bg-accent px-4 text-sm font-medium text-accent-foreground hover:bg-accent/90"
              >
                Try again
              </button>
              {/* A full page load, since the app's router may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a
                href="/"
                className="inline-flex h-9 items-center rounded-md border border-border bg-card px-4 text-sm font-medium hover:bg-muted"
              >
                Go home
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
