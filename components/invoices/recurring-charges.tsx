import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RecurringChargesView } from '@/lib/invoices/get-customer-recurring-charges';
import { formatMoney } from '@/lib/money/format-money';
import type { Money, RecurringCharge } from '@/lib/providers/types';
import { ProviderReadStatus, type InvoiceAudience } from './provider-read-status';

function ChargesTable({ items, totals }: { items: RecurringCharge[]; totals: Money[] }) {
  return (
    <Table>
      <TableCaption>Monthly recurring charges</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Service</TableHead>
          <TableHead className="text-right">Per month</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item, index) => (
          <TableRow key={`${item.service}-${index}`}>
            <TableCell>{item.service}</TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">{formatMoney(item.amount.amount, item.amount.currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <tfoot className="border-t border-border bg-muted/40">
        {totals.map((total) => (
          <TableRow key={total.currency}>
            <TableCell className="font-medium">Total per month{totals.length > 1 ? ` (${total.currency})` : ''}</TableCell>
            <TableCell className="text-right font-semibold whitespace-nowrap tabular-nums">{formatMoney(total.amount, total.currency)}</TableCell>
          </TableRow>
        ))}
      </tfoot>
    </Table>
  );
}

/** The monthly charges and their total, from the provider's report or the numbers' prices. */
export function RecurringCharges({ charges, audience }: { charges: RecurringChargesView; audience: InvoiceAudience }) {
  if (charges.source === 'numbers') {
    if (charges.items.length === 0) {
      return <p className="text-sm text-muted-foreground">{audience === 'staff' ? 'No monthly charges: no number with a monthly price is assigned.' : 'No monthly charges.'}</p>;
    }
    return <ChargesTable items={charges.items} totals={charges.totals} />;
  }
  const { view } = charges;
  const data = view.kind === 'data' ? view.data : null;
  return (
    <div className="space-y-3">
      <div className="empty:hidden">
        <ProviderReadStatus view={view} what="monthly charges" audience={audience} />
      </div>
      {data && data.items.length === 0 ? <p className="text-sm text-muted-foreground">No monthly charges.</p> : null}
      {data && data.items.length > 0 ? <ChargesTable items={data.items} totals={[data.total]} /> : null}
    </div>
  );
}
