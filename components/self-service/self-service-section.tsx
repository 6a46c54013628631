import { Suspense, type ReactNode } from 'react';
import { SectionErrorBoundary } from '@/components/customers/section-error-boundary';
import { Skeleton } from '@/components/ui/skeleton';

/** A part of a self-service page that streams in on its own; a failure stays inside it. */
export function SelfServiceSection({ what, fallbackClassName = 'h-40', children }: { what: string; fallbackClassName?: string; children: ReactNode }) {
  return (
    <SectionErrorBoundary what={what}>
      <Suspense
        fallback={
          <div role="status" aria-label={`Loading ${what.toLowerCase()}`}>
            <Skeleton className={`w-full ${fallbackClassName}`} />
          </div>
        }
      >
        {children}
      </Suspense>
    </SectionErrorBoundary>
  );
}
