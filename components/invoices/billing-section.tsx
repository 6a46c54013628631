import { Suspense, type ReactNode } from 'react';
import { SectionErrorBoundary } from '@/components/customers/section-error-boundary';
import { Skeleton } from '@/components/ui/skeleton';

/** One titled part of a billing card: it streams in on its own and a failure stays inside it. */
export function BillingSection({ title, description, action, children }: { title: string; description?: ReactNode; action?: ReactNode; children: ReactNode }) {
  const id = `billing-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h3 id={id} className="text-sm font-semibold text-foreground">
            {title}
          </h3>
          {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
        </div>
        {action}
      </div>
      <SectionErrorBoundary what={title}>
        <Suspense
          fallback={
            <div role="status" aria-label={`Loading ${title.toLowerCase()}`} className="space-y-2">
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-5/6" />
              <Skeleton className="h-4 w-2/3" />
            </div>
          }
        >
          {children}
        </Suspense>
      </SectionErrorBoundary>
    </section>
  );
}
