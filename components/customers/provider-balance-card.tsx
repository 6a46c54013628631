import { Suspense } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { Skeleton } from '@/components/ui/skeleton';
import { getCustomerProviderBalance } from '@/lib/customers/get-customer-provider-balance';
import { formatMoney } from '@/lib/money/format-money';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';

async function ProviderBalanceContent({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerProviderBalance(scope, customerId);
  if (!view) return null;
  if (view.kind === 'unavailable') return <p className="text-sm text-muted-foreground">{view.reason}</p>;
  const { data, fetchedAt, fresh, error } = view;
  return (
    <div className="space-y-3">
      {data ? (
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-muted-foreground">Balance</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{formatMoney(data.balance.amount, data.balance.currency)}</dd>
          </div>
          {data.available ? (
            <div>
              <dt className="text-sm text-muted-foreground">Available</dt>
              <dd className="mt-2.5 font-medium tabular-nums">{formatMoney(data.available.amount, data.available.currency)}</dd>
            </div>
          ) : null}
          {data.creditLimit ? (
            <div>
              <dt className="text-sm text-muted-foreground">Credit limit</dt>
              <dd className="mt-2.5 font-medium tabular-nums">{formatMoney(data.creditLimit.amount, data.creditLimit.currency)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {fetchedAt ? (
        <p className="text-xs text-muted-foreground">
          {fresh ? 'Live from the provider' : 'Last known value'} · as of <LocalTime value={fetchedAt} />
        </p>
      ) : null}
      {error ? (
        <Alert variant="error" title={data ? 'Showing the last known balance' : 'Balance unavailable'}>
          {error.message}
          {error.retryAt ? (
            <>
              {' '}
              Next try after <LocalTime value={error.retryAt} />.
            </>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}

/** Asks the provider while the rest of the page is already shown; a failing provider shows a message, never an error page. */
export function ProviderBalanceCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          At the provider <Badge tone="neutral">live</Badge>
        </CardTitle>
        <CardDescription>The account&apos;s wallet as the provider reports it.</CardDescription>
      </CardHeader>
      <CardContent>
        <Suspense fallback={<Skeleton className="h-16 w-full" aria-label="Loading the provider balance" />}>
          <ProviderBalanceContent scope={scope} customerId={customerId} />
        </Suspense>
      </CardContent>
    </Card>
  );
}
