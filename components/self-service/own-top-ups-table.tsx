import { WalletCards } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { FundingStatusBadge } from '@/components/wallet/funding-status-badge';
import { formatMoney } from '@/lib/money/format-money';
import type { CustomerScope } from '@/lib/numbers/list-customer-numbers';
import { listOwnTopUps } from '@/lib/self-service/list-own-top-ups';

/** What the partner transferred into the customer's wallet through the portal, with each transfer's state. */
export async function OwnTopUpsTable({ scope, partnerName }: { scope: CustomerScope; partnerName: string }) {
  const topUps = await listOwnTopUps(scope);
  if (topUps.length === 0) {
    return <EmptyState icon={WalletCards} title="No top-ups yet" description={`Money ${partnerName} adds to your wallet appears here.`} className="py-8" />;
  }
  return (
    <Table>
      <TableCaption>Top-ups from {partnerName}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Date</TableHead>
          <TableHead className="text-right">Amount</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="hidden sm:table-cell">Note</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {topUps.map((topUp) => (
          <TableRow key={topUp.id}>
            <TableCell className="whitespace-nowrap">
              <LocalTime value={topUp.createdAt} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">{formatMoney(topUp.amount, topUp.currency)}</TableCell>
            <TableCell>
              <FundingStatusBadge status={topUp.status} outcomeUnknown={topUp.outcomeUnknown} />
            </TableCell>
            <TableCell className="hidden max-w-[16rem] truncate text-muted-foreground sm:table-cell">{topUp.description ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
