import Link from 'next/link';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { NumberConnection } from '@/lib/numbers/list-number-connections';
import type { InventoryRow } from '@/lib/numbers/list-number-inventory';
import { PORTAL_RECORD_NOTE } from '@/lib/numbers/number-actions';
import { AssignToCustomerButton } from './assign-to-customer-dialog';
import { RecordedInBadge } from './recorded-in-badge';

function Dash() {
  return <span className="font-sans text-muted-foreground">—</span>;
}

/** The inventory's rows: each number with its connection, its customer (or an Assign button) and where the assignment is recorded. */
export function NumberInventoryTable({ rows, connections }: { rows: InventoryRow[]; connections: NumberConnection[] }) {
  const connectionById = new Map(connections.map((connection) => [connection.id, connection]));
  return (
    <Table>
      <TableCaption>Numbers</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead className="hidden md:table-cell">Connection</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead className="hidden sm:table-cell">Recorded in</TableHead>
          <TableHead className="text-right">Monthly</TableHead>
          <TableHead className="hidden lg:table-cell">Label</TableHead>
          <TableHead className="hidden lg:table-cell">Forwarding</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const connection = connectionById.get(row.connection.id);
          return (
            <TableRow key={row.key}>
              <TableCell className="font-mono font-medium whitespace-nowrap tabular-nums">{row.number}</TableCell>
              <TableCell className="hidden whitespace-nowrap md:table-cell">{row.connection.label}</TableCell>
              <TableCell>
                {row.customer ? (
                  <Link href={`/partner/customers/${row.customer.id}`} className="font-medium text-foreground underline-offset-2 hover:underline">
                    {row.customer.name}
                  </Link>
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-muted-foreground">Unassigned</span>
                    {connection ? (
                      <AssignToCustomerButton
                        connectionId={row.connection.id}
                        connectionLabel={row.connection.label}
                        number={row.number}
                        monthlyPrice={row.monthlyPrice}
                        portalNote={connection.mode === 'provider' ? null : `${PORTAL_RECORD_NOTE}. ${connection.portalReason ?? ''}`.trim()}
                      />
                    ) : null}
                  </div>
                )}
              </TableCell>
              <TableCell className="hidden sm:table-cell">{row.recordedIn ? <RecordedInBadge recordedIn={row.recordedIn} /> : <Dash />}</TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">{row.monthlyPrice ? formatMoney(row.monthlyPrice.amount, row.monthlyPrice.currency) : <Dash />}</TableCell>
              <TableCell className="hidden lg:table-cell">{row.label ?? <Dash />}</TableCell>
              <TableCell className="hidden font-mono tabular-nums lg:table-cell">{row.forwardTo ?? <Dash />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
