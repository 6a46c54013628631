import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { SyncConnectionView } from '@/lib/usage/sync/get-sync-status';
import { SyncStateBadge } from './sync-state-badge';

/** One connection's cursors: where each stands, what it imported, and why it waits or failed. */
export function SyncCursorTable({ connection }: { connection: SyncConnectionView }) {
  return (
    <Table>
      <TableCaption>Call-record sync of {connection.label}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{connection.scope === 'customer' ? 'Customer' : 'Covers'}</TableHead>
          <TableHead>State</TableHead>
          <TableHead>Synced until</TableHead>
          <TableHead>Last success</TableHead>
          <TableHead className="text-right">Imported calls</TableHead>
          <TableHead>Problem</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {connection.cursors.map((cursor) => (
          <TableRow key={cursor.id}>
            <TableCell>
              {cursor.customerId ? (
                <Link href={`/partner/customers/${cursor.customerId}`} className="font-medium text-foreground hover:underline">
                  {cursor.customerName ?? 'Customer'}
                </Link>
              ) : (
                <span className="font-medium">All customers</span>
              )}
            </TableCell>
            <TableCell>
              <SyncStateBadge state={cursor.state} everSynced={cursor.lastSuccessAt !== null} hasWarning={cursor.lastError !== null} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {cursor.lastSuccessAt || cursor.callsImported > 0 ? <LocalTime value={cursor.syncedUntil} /> : '—'}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">{cursor.lastSuccessAt ? <LocalTime value={cursor.lastSuccessAt} /> : 'Never'}</TableCell>
            <TableCell className="text-right tabular-nums">
              {cursor.callsImported.toLocaleString('en-US')}
              {cursor.callsSkipped > 0 ? (
                <span className="block text-xs text-muted-foreground" title="Calls of provider accounts that are no customer in the portal">
                  {cursor.callsSkipped.toLocaleString('en-US')} skipped (unknown accounts)
                </span>
              ) : null}
            </TableCell>
            <TableCell className="max-w-96 text-sm text-muted-foreground">
              {cursor.state === 'WAITING_FOR_BUDGET' && cursor.nextAllowedAt ? (
                <span>
                  The provider’s request budget is spent; the sync continues at <LocalTime value={cursor.nextAllowedAt} />.
                </span>
              ) : cursor.lastError ? (
                <span className={cursor.state === 'FAILED' ? 'text-danger' : undefined}>{cursor.lastError}</span>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
