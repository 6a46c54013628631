import { Suspense } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { getCustomerProviderBalance } from '@/lib/customers/get-customer-provider-balance';
import { formatMoney } from '@/lib/money/format-money';
import { getCustomerWallet, type CustomerWallet } from '@/lib/wallet/get-customer-wallet';
import { CreditLimitForm } from './credit-limit-form';
import { FundingStatusBadge } from './funding-status-badge';
import { ReconcileNowButton } from './reconcile-now-button';

/** The provider's figure beside the ledger's, with its age: the two are compared on the reconciliation page. */
async function ProviderBalanceFigure({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerProviderBalance(scope, customerId);
  if (!view || view.kind === 'unavailable') return <p className="mt-1 text-sm text-muted-foreground">{view?.reason ?? 'Unknown'}</p>;
  if (!view.data) return <p className="mt-1 text-sm text-muted-foreground">Not available: {view.error?.message ?? 'no answer yet'}</p>;
  return (
    <>
      <p className="mt-1 font-medium tabular-nums">{formatMoney(view.data.balance.amount, view.data.balance.currency)}</p>
      {view.fetchedAt ? (
        <p className="text-xs text-muted-foreground">
          {view.fresh ? 'Live' : 'Last known'} · <LocalTime value={view.fetchedAt} />
        </p>
      ) : null}
    </>
  );
}

function CreditLimit({ wallet, isAdmin }: { wallet: CustomerWallet; isAdmin: boolean }) {
  if (wallet.billingModel !== 'POSTPAID') return <p className="mt-1 text-sm text-muted-foreground">Prepaid: no credit</p>;
  const where = wallet.creditLimitAtProvider.supported ? 'Set at the provider.' : `Recorded in the portal only: ${wallet.creditLimitAtProvider.reason}`;
  if (!isAdmin) {
    return (
      <>
        <p className="mt-1 font-medium tabular-nums">{formatMoney(wallet.creditLimit, wallet.currency)}</p>
        <p className="text-xs text-muted-foreground">{where}</p>
      </>
    );
  }
  return <CreditLimitForm customerId={wallet.customerId} currency={wallet.currency} creditLimit={wallet.creditLimit} hint={where} />;
}

/**
 * The customer's wallet by the portal's ledger: its balance, transfers still waiting for
 * the provider (with a way to check them now), the credit limit, and recent fundings.
 */
export async function CustomerWalletCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const wallet = await getCustomerWallet(scope, customerId);
  if (!wallet) return null;
  return (
    <Card aria-labelledby="wallet-card-title">
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle id="wallet-card-title">Wallet</CardTitle>
          <CardDescription>Transfers made through the portal, as the ledger records them.</CardDescription>
        </div>
        <ReconcileNowButton customerId={customerId} label="Refresh" variant="ghost" />
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-muted-foreground">Ledger balance</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums" data-testid="ledger-balance">
              {formatMoney(wallet.ledgerBalance, wallet.currency)}
            </dd>
            {wallet.pendingCount > 0 ? (
              <dd className="text-xs text-muted-foreground">
                + {formatMoney(wallet.pendingAmount, wallet.currency)} pending ({wallet.pendingCount})
              </dd>
            ) : null}
          </div>
          <div>
            <dt className="text-sm text-muted-foreground">At the provider</dt>
            <dd>
              <Suspense fallback={<Skeleton className="mt-1 h-6 w-24" aria-label="Loading the provider balance" />}>
                <ProviderBalanceFigure scope={scope} customerId={customerId} />
              </Suspense>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted-foreground">Credit limit</dt>
            <dd>
              <CreditLimit wallet={wallet} isAdmin={scope.role === 'PARTNER_ADMIN'} />
            </dd>
          </div>
        </dl>

        {!wallet.funding.supported ? <Alert title="This provider cannot fund wallets">{wallet.funding.reason}</Alert> : null}
        {wallet.pendingCount > 0 ? (
          <Alert title="Waiting for the provider">
            {wallet.pendingCount === 1 ? 'One transfer has' : `${wallet.pendingCount} transfers have`} not been confirmed yet. “Refresh” asks the provider now: a
            transfer it has is settled; one it never received is reversed after two minutes.
          </Alert>
        ) : null}

        {wallet.recentFundings.length === 0 ? (
          <p className="text-sm text-muted-foreground">No transfers through the portal yet.</p>
        ) : (
          <Table>
            <TableCaption>Recent wallet fundings</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Requested</TableHead>
                <TableHead className="text-right">Amount</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Note</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {wallet.recentFundings.map((funding) => (
                <TableRow key={funding.id}>
                  <TableCell className="whitespace-nowrap text-muted-foreground">
                    <LocalTime value={funding.createdAt} />
                  </TableCell>
                  <TableCell className="text-right font-medium tabular-nums">{formatMoney(funding.amount, funding.currency)}</TableCell>
                  <TableCell>
                    <FundingStatusBadge status={funding.status} outcomeUnknown={funding.outcomeUnknown} />
                  </TableCell>
                  <TableCell className="max-w-80 text-sm text-muted-foreground">{funding.status === 'SETTLED' ? funding.description : (funding.lastError ?? funding.description)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
