import type { Metadata } from 'next';
import Link from 'next/link';
import { Scale } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { PendingFundingsTable } from '@/components/wallet/pending-fundings-table';
import { ReconcileNowButton } from '@/components/wallet/reconcile-now-button';
import { WalletDriftTable } from '@/components/wallet/wallet-drift-table';
import { requireScope } from '@/lib/auth/session';
import { checkLedgerInvariants } from '@/lib/wallet/check-ledger-invariants';
import { listPendingFundings, listWalletDrift } from '@/lib/wallet/get-wallet-reconciliation';

export const metadata: Metadata = { title: 'Wallet reconciliation' };

const PAGE_SIZE = 20;

export default async function WalletReconciliationPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const scope = await requireScope('partner');
  const page = Number((await searchParams).page ?? 1) || 1;
  const [pending, drift, ledger] = await Promise.all([listPendingFundings(scope), listWalletDrift(scope, { page, pageSize: PAGE_SIZE }), checkLedgerInvariants(scope)]);
  const ledgerSound = ledger.unbalancedTransactionIds.length === 0 && ledger.accountsOutOfBalance.length === 0;

  return (
    <>
      <PageHeader
        title="Wallet reconciliation"
        description="The ledger's record of wallet fundings against what the providers report."
        actions={
          <>
            {scope.role === 'PARTNER_ADMIN' ? (
              <Link href="/partner/wallet/settings" className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
                Per-transfer limit
              </Link>
            ) : null}
            <ReconcileNowButton />
          </>
        }
      />
      <div className="grid gap-4">
        {ledgerSound ? (
          <Alert variant="success" title="The ledger balances">
            {ledger.transactions} transactions; each one&apos;s entries sum to zero and every account&apos;s balance equals the sum of its entries.
          </Alert>
        ) : (
          <Alert variant="error" role="alert" title="The ledger does not balance">
            {ledger.unbalancedTransactionIds.length} unbalanced transactions, {ledger.accountsOutOfBalance.length} accounts whose balance differs from their entries
            {ledger.accountsOutOfBalance.length > 0 ? ` (${ledger.accountsOutOfBalance.map((account) => account.key).join(', ')})` : ''}.
          </Alert>
        )}

        <Card>
          <CardHeader>
            <CardTitle>Waiting for the provider</CardTitle>
            <CardDescription>
              Fundings sent without a definite answer. “Reconcile now” asks the provider: found ones are settled; ones it never received are reversed once they are two
              minutes old. A background job does this every three minutes; this button and each customer&apos;s wallet “Refresh” run it now.
            </CardDescription>
          </CardHeader>
          {pending.length === 0 ? (
            <CardContent>
              <p className="text-sm text-muted-foreground">Nothing pending: every funding is settled, failed or reversed.</p>
            </CardContent>
          ) : (
            <PendingFundingsTable fundings={pending} />
          )}
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Ledger and provider balances</CardTitle>
            <CardDescription>
              Customers funded through the portal. Calls, and top-ups made outside the portal, also change the provider&apos;s balance: drift is a prompt to look, and
              the provider&apos;s figure shows its age when it could not be asked live.
            </CardDescription>
          </CardHeader>
          {drift.rows.length === 0 ? (
            <EmptyState icon={Scale} title="No wallets funded yet" description="Customers appear here after their first funding through the portal." />
          ) : (
            <>
              <WalletDriftTable rows={drift.rows} />
              <CardContent>
                <Pagination basePath="/partner/wallet/reconciliation" page={drift.page} pageSize={drift.pageSize} total={drift.total} />
              </CardContent>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
