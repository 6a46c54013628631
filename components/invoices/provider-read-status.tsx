import { Alert } from '@/components/ui/alert';
import { LocalTime } from '@/components/ui/local-time';
import { ProviderDataStatus, ProviderDataUnavailable } from '@/components/customers/provider-data-card';
import type { ProviderDataView } from '@/lib/customers/read-customer-provider-data';

export type InvoiceAudience = 'staff' | 'customer';

/**
 * Where provider-read billing data stands. Staff get the provider's own words (what failed,
 * why a capability is missing); customers get the same facts without the provider, which is
 * the partner's business, not theirs.
 */
export function ProviderReadStatus({ view, what, audience }: { view: ProviderDataView<unknown>; what: string; audience: InvoiceAudience }) {
  if (view.kind === 'unavailable') {
    return audience === 'staff' ? <ProviderDataUnavailable reason={view.reason} /> : <p className="text-sm text-muted-foreground">Your {what} are not available here.</p>;
  }
  if (audience === 'staff') return <ProviderDataStatus view={view} what={what} />;
  if (!view.error) return null;
  return (
    <Alert variant="error" title={view.data ? `Showing your ${what} as last loaded` : `Your ${what} cannot be loaded right now`}>
      {view.fetchedAt ? (
        <>
          As of <LocalTime value={view.fetchedAt} />.{' '}
        </>
      ) : null}
      Please try again later.
    </Alert>
  );
}
