import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { PendingFunding } from '@/lib/wallet/get-wallet-reconciliation';
import { FundingStatusBadge } from './funding-status-badge';

export function PendingFundingsTable({ fundings }: { fundings: PendingFunding[] }) {
  return (
    <Table>
      <TableCaption>Transfers waiting for the provider</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Requested</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead className="text-right">Amount</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Last problem</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fundings.map((funding) => (
          <TableRow key={funding.id}>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <LocalTime value={funding.createdAt} />
            </TableCell>
            <TableCell>
              <Link href={`/partner/customers/${funding.customerId}`} className="font-medium text-foreground hover:underline">
                {funding.customerName}
              </Link>
            </TableCell>
            <TableCell className="text-right font-medium tabular-nums">{formatMoney(funding.amount, funding.currency)}</TableCell>
            <TableCell>
              <FundingStatusBadge status={funding.status} outcomeUnknown={funding.outcomeUnknown} />
            </TableCell>
            <TableCell className="max-w-80 text-sm text-muted-foreground">{funding.lastError ?? 'Sent; waiting for the answer.'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
