import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CreditNoteRow } from '@/lib/invoices/invoice-views';
import { formatMoney } from '@/lib/money/format-money';

/** Credit notes: number, date, the invoice they credit (linked where the portal issued it), reason, amount. */
export function CreditNotesTable({ notes, invoiceHref }: { notes: CreditNoteRow[]; invoiceHref?: (invoiceId: string) => string }) {
  const showInvoice = notes.some((note) => note.invoiceNumber);
  return (
    <Table>
      <TableCaption>Credit notes</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Credit note</TableHead>
          <TableHead className="hidden sm:table-cell">Issued</TableHead>
          {showInvoice ? <TableHead className="hidden md:table-cell">Invoice</TableHead> : null}
          <TableHead className="hidden sm:table-cell">Reason</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {notes.map((note) => (
          <TableRow key={note.id}>
            <TableCell className="font-medium">
              <span className="whitespace-nowrap">{note.number}</span>
              {note.reason ? <div className="text-xs font-normal text-muted-foreground sm:hidden">{note.reason}</div> : null}
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">{note.issuedAt ? <LocalTime value={note.issuedAt} format="date" /> : '—'}</TableCell>
            {showInvoice ? (
              <TableCell className="hidden whitespace-nowrap md:table-cell">
                {note.invoiceId && invoiceHref ? (
                  <Link href={invoiceHref(note.invoiceId)} className="text-accent hover:underline">
                    {note.invoiceNumber}
                  </Link>
                ) : (
                  (note.invoiceNumber ?? '—')
                )}
              </TableCell>
            ) : null}
            <TableCell className="hidden min-w-40 text-muted-foreground sm:table-cell">{note.reason ?? '—'}</TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">−{formatMoney(note.amount.amount, note.amount.currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
