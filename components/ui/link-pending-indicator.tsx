'use client';

import { useLinkStatus } from 'next/link';
import { LoaderCircle } from 'lucide-react';
import { cn } from '@/lib/ui/cn';

/**
 * Place inside a next/link: a small spinner while the navigation it started is pending.
 * Routes whose 404 status matters cannot have a loading.tsx, so this is their feedback.
 */
export function LinkPendingIndicator({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  return (
    <LoaderCircle
      aria-hidden="true"
      className={cn('size-3.5 shrink-0 animate-spin text-muted-foreground', pending ? 'visible' : 'invisible', className)}
    />
  );
}
