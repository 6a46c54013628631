import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { describeBilling, formatRate } from '@/lib/rating/format-rate';
import type { PriceListEntryRow } from '@/lib/rating/list-price-list-entries';
import { PriceListEntryActions } from './price-list-entry-dialog';

type PriceListEntriesTableProps = { priceListId: string; currency: string; rows: PriceListEntryRow[]; editable: boolean };

/** A page of entries; partner admins get Edit and Delete on each row. */
export function PriceListEntriesTable({ priceListId, currency, rows, editable }: PriceListEntriesTableProps) {
  return (
    <Table>
      <TableCaption>Price-list entries</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Prefix</TableHead>
          <TableHead className="hidden sm:table-cell">Destination</TableHead>
          <TableHead className="text-right">Per minute</TableHead>
          <TableHead className="hidden md:table-cell">Billing</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Connection fee</TableHead>
          {editable ? (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((entry) => {
          const billing = describeBilling(entry.billingIncrementSeconds, entry.minimumSeconds);
          return (
            <TableRow key={entry.id}>
              <TableCell>
                <span className="font-mono font-medium tabular-nums">+{entry.prefix}</span>
                {/* Phones have no room for the destination column: it goes under the prefix. */}
                <span className="block sm:hidden">{entry.description}</span>
                <span className="block text-xs text-muted-foreground sm:hidden">{billing}</span>
              </TableCell>
              <TableCell className="hidden min-w-32 sm:table-cell">
                <span className="block">{entry.description}</span>
                <span className="block text-xs text-muted-foreground md:hidden">{billing}</span>
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">{formatRate(entry.ratePerMinute, currency)}</TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{billing}</TableCell>
              <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">
                {entry.connectionFee === '0' ? <span className="text-muted-foreground">—</span> : formatRate(entry.connectionFee, currency)}
              </TableCell>
              {editable ? (
                <TableCell className="w-px whitespace-nowrap">
                  <PriceListEntryActions priceListId={priceListId} currency={currency} entry={entry} />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
