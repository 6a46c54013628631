import { ReceiptText } from 'lucide-react';
import { CustomerBalance } from '@/components/customers/customer-balance';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getCustomerWalletTransactions } from '@/lib/customers/get-customer-wallet-transactions';
import { formatMoney } from '@/lib/money/format-money';
import type { CustomerScope } from '@/lib/numbers/list-customer-numbers';

/**
 * The latest charges and top-ups on the customer's account as the billing system records
 * them. Problems are told in the customer's terms: the provider's own messages (and name)
 * are for the partner's staff.
 */
export async function OwnWalletTransactions({ scope, partnerName }: { scope: CustomerScope; partnerName: string }) {
  const view = await getCustomerWalletTransactions(scope, scope.customerId);
  if (!view || view.kind === 'unavailable') {
    return <p className="text-sm text-muted-foreground">Your account’s transaction history is not available here. {partnerName} can send you a statement.</p>;
  }
  const transactions = view.data?.items ?? [];
  return (
    <div className="flex flex-col gap-3">
      {view.error ? (
        <p role="status" className="text-sm text-muted-foreground">
          The billing system could not be reached just now.{' '}
          {view.fetchedAt ? (
            <>
              Showing transactions as of <LocalTime value={view.fetchedAt} />.
            </>
          ) : (
            'Try again in a few minutes.'
          )}
        </p>
      ) : null}
      {view.data && transactions.length === 0 ? <EmptyState icon={ReceiptText} title="No transactions yet" className="py-6" /> : null}
      {transactions.length > 0 ? (
        <Table>
          <TableCaption>Your latest wallet transactions</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead className="hidden sm:table-cell">Date</TableHead>
              <TableHead>Transaction</TableHead>
              <TableHead className="text-right">Amount</TableHead>
              <TableHead className="hidden text-right sm:table-cell">Balance after</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {transactions.map((transaction) => (
              <TableRow key={transaction.id}>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">
                  <LocalTime value={transaction.createdAt} />
                </TableCell>
                <TableCell className="max-w-[18rem]">
                  <span className="block font-medium capitalize">{transaction.type.replace(/[_-]+/g, ' ')}</span>
                  {transaction.description ? <span className="block truncate text-xs text-muted-foreground">{transaction.description}</span> : null}
                  {/* Phones show the date here instead of in a column of its own. */}
                  <LocalTime value={transaction.createdAt} className="block text-xs text-muted-foreground sm:hidden" />
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
