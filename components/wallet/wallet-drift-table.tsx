import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { DriftState, WalletDriftRow } from '@/lib/wallet/get-wallet-reconciliation';

const STATE: Record<DriftState, { tone: BadgeTone; label: string }> = {
  matches: { tone: 'success', label: 'Matches' },
  drift: { tone: 'danger', label: 'Drift' },
  pending: { tone: 'warning', label: 'Pending transfers' },
  unknown: { tone: 'neutral', label: 'Provider unknown' },
};

/** Ledger wallet against the provider's balance, per customer, with the provider figure's age. */
export function WalletDriftTable({ rows }: { rows: WalletDriftRow[] }) {
  return (
    <Table>
      <TableCaption>Ledger and provider balances per customer</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Customer</TableHead>
          <TableHead className="text-right">Ledger wallet</TableHead>
          <TableHead className="text-right">At the provider</TableHead>
          <TableHead className="text-right">Difference</TableHead>
          <TableHead>Status</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.customerId}>
            <TableCell>
              <Link href={`/partner/customers/${row.customerId}`} className="font-medium text-foreground hover:underline">
                {row.customerName}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(row.ledgerBalance, row.currency)}
              {row.pendingAmount ? (
                <span className="block text-xs text-muted-foreground">+ {formatMoney(row.pendingAmount, row.currency)} pending</span>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {row.provider.balance !== null ? formatMoney(row.provider.balance, row.currency) : '—'}
              {row.provider.fetchedAt ? (
                <span className="block text-xs text-muted-foreground">
                  {row.provider.fresh ? 'live' : 'last known'} · <LocalTime value={row.provider.fetchedAt} />
                </span>
              ) : null}
              {row.provider.problem ? <span className="block max-w-64 text-xs text-muted-foreground">{row.provider.problem}</span> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{row.difference !== null ? formatMoney(row.difference, row.currency) : '—'}</TableCell>
            <TableCell>
              <Badge tone={STATE[row.state].tone} dot>
                {STATE[row.state].label}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

