import { Suspense, type ReactNode } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { Skeleton } from '@/components/ui/skeleton';
import type { ProviderDataView } from '@/lib/customers/read-customer-provider-data';
import { SectionErrorBoundary } from './section-error-boundary';
import { ProviderErrorAlert } from './provider-error-alert';

/**
 * A card whose content is read from the provider: it streams in when the provider answers,
 * so a slow provider never holds up the page, and a failure stays inside the card.
 */
export function ProviderDataCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>
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
      </CardContent>
    </Card>
  );
}

/** The provider cannot give this data for this customer, and why. */
export function ProviderDataUnavailable({ reason }: { reason: string }) {
  return (
    <p role="note" className="text-sm text-muted-foreground">
      <span className="font-medium text-foreground">Unavailable:</span> {reason}
    </p>
  );
}

/** Where the shown data comes from and how old it is; the provider's error when it failed. */
export function ProviderDataStatus({ view, what }: { view: Extract<ProviderDataView<unknown>, { kind: 'data' }>; what: string }) {
  return (
    <div className="space-y-2">
      {view.error ? (
        <ProviderErrorAlert
          title={view.data ? `Showing the last known ${what}` : `${what.charAt(0).toUpperCase()}${what.slice(1)} unavailable right now`}
          error={view.error}
        />
      ) : null}
      {view.fetchedAt ? (
        <p className="text-xs text-muted-foreground">
          {view.fresh ? 'Live from the provider' : 'Last known'} · as of <LocalTime value={view.fetchedAt} />
        </p>
      ) : null}
    </div>
  );
}
