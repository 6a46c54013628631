import { ReceiptText } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { getCustomerWalletTransactions } from '@/lib/customers/get-customer-wallet-transactions';
import { formatMoney } from '@/lib/money/format-money';
import { CustomerBalance } from './customer-balance';
import { ProviderDataCard, ProviderDataStatus, ProviderDataUnavailable } from './provider-data-card';

async function WalletTransactions({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerWalletTransactions(scope, customerId);
  if (!view) return null;
  if (view.kind === 'unavailable') return <ProviderDataUnavailable reason={view.reason} />;
  const transactions = view.data?.items ?? [];
  return (
    <div className="space-y-3">
      <ProviderDataStatus view={view} what="transactions" />
      {view.data && transactions.length === 0 ? <EmptyState icon={ReceiptText} title="No wallet transactions yet" className="py-6" /> : null}
      {transactions.length > 0 ? (
        <Table>
          <TableCaption>Wallet transactions at the provider</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Date</TableHead>
              <TableHead>Transaction</TableHead>
              <TableHead className="text-right">Amount</TableHead>
              <TableHead className="hidden text-right sm:table-cell">Balance after</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {transactions.map((transaction) => (
              <TableRow key={transaction.id}>
                <TableCell className="whitespace-nowrap">
                  <LocalTime value={transaction.createdAt} />
                </TableCell>
                <TableCell className="max-w-[18rem]">
                  <span className="block font-medium capitalize">{transaction.type.replace(/[_-]+/g, ' ')}</span>
                  {transaction.description ? <span className="block truncate text-xs text-muted-foreground">{transaction.description}</span> : null}
                </TableCell>
                <TableCell className="text-right whitespace-nowrap">
                  <CustomerBalance amount={transaction.amount.amount} currency={transaction.amount.currency} />
                </TableCell>
                <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">
                  {transaction.balanceAfter ? formatMoney(transaction.balanceAfter.amount, transaction.balanceAfter.currency) : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}

export function CustomerWalletTransactionsCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  return (
    <ProviderDataCard title="Wallet transactions" description="Top-ups and charges as the provider records them.">
      <WalletTransactions scope={scope} customerId={customerId} />
    </ProviderDataCard>
  );
}
