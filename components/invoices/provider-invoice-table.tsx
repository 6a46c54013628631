import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { Invoice } from '@/lib/providers/types';
import { InvoicePdfLink } from './invoice-pdf-link';
import { InvoiceStatusBadge } from './invoice-status-badge';

/** Invoices as the provider issued them; a PDF link where the provider has one. */
export function ProviderInvoiceTable({ customerId, invoices, pdfSupported }: { customerId: string; invoices: Invoice[]; pdfSupported: boolean }) {
  return (
    <Table>
      <TableCaption>Invoices</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Invoice</TableHead>
          <TableHead className="hidden sm:table-cell">Issued</TableHead>
          <TableHead className="hidden md:table-cell">Due</TableHead>
          <TableHead className="hidden sm:table-cell">Status</TableHead>
          <TableHead className="hidden text-right lg:table-cell">Tax</TableHead>
          <TableHead className="text-right">Total</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Download</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id}>
            <TableCell className="font-medium whitespace-nowrap">
              {invoice.number}
              <div className="mt-1 sm:hidden">
                <InvoiceStatusBadge status={invoice.status} />
              </div>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">{invoice.issuedAt ? <LocalTime value={invoice.issuedAt} format="date" /> : '—'}</TableCell>
            <TableCell className="hidden whitespace-nowrap md:table-cell">{invoice.dueAt ? <LocalTime value={invoice.dueAt} format="date" /> : '—'}</TableCell>
            <TableCell className="hidden sm:table-cell">
              <InvoiceStatusBadge status={invoice.status} />
            </TableCell>
            <TableCell className="hidden text-right whitespace-nowrap tabular-nums lg:table-cell">{invoice.tax ? formatMoney(invoice.tax.amount, invoice.tax.currency) : '—'}</TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">{formatMoney(invoice.total.amount, invoice.total.currency)}</TableCell>
            <TableCell className="text-right">
              {pdfSupported && invoice.hasPdf ? (
                <InvoicePdfLink customerId={customerId} invoiceId={invoice.id} number={invoice.number} />
              ) : (
                <span className="px-3 text-xs whitespace-nowrap text-muted-foreground">
                  <span aria-hidden="true" className="sm:hidden">—</span>
                  <span className="max-sm:sr-only">No PDF</span>
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
