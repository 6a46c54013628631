import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatInvoiceMonth } from '@/lib/invoices/invoice-month';
import type { PortalInvoiceSummary } from '@/lib/invoices/invoice-views';
import { formatMoney } from '@/lib/money/format-money';
import { InvoicePdfLink } from './invoice-pdf-link';
import { InvoiceStatusBadge } from './invoice-status-badge';

type PortalInvoiceTableProps = {
  invoices: PortalInvoiceSummary[];
  /** Where an invoice's number links to: its page in the caller's area. */
  detailHref: (invoice: PortalInvoiceSummary) => string;
  showCustomer?: boolean;
  caption?: string;
};

/** Invoices the portal issued: number, period, dates, status, total, credits and the PDF. */
export function PortalInvoiceTable({ invoices, detailHref, showCustomer = false, caption = 'Invoices' }: PortalInvoiceTableProps) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Invoice</TableHead>
          {showCustomer ? <TableHead className="hidden sm:table-cell">Customer</TableHead> : null}
          <TableHead className="hidden md:table-cell">Period</TableHead>
          <TableHead className="hidden lg:table-cell">Issued</TableHead>
          <TableHead className="hidden lg:table-cell">Due</TableHead>
          <TableHead className="hidden sm:table-cell">Status</TableHead>
          <TableHead className="text-right">Total</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Download</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => {
          const credited = invoice.credited !== '0';
          return (
            <TableRow key={invoice.id}>
              <TableCell className="font-medium">
                <Link href={detailHref(invoice)} className="whitespace-nowrap text-accent hover:underline">
                  {invoice.number}
                </Link>
                <div className="text-xs font-normal text-muted-foreground md:hidden">
                  {showCustomer ? <span className="sm:hidden">{invoice.customerName} · </span> : null}
                  {formatInvoiceMonth(invoice.month)}
                </div>
                <div className="mt-1 sm:hidden">
                  <InvoiceStatusBadge status={invoice.status} />
                </div>
              </TableCell>
              {showCustomer ? <TableCell className="hidden max-w-48 truncate sm:table-cell">{invoice.customerName}</TableCell> : null}
              <TableCell className="hidden whitespace-nowrap md:table-cell">{formatInvoiceMonth(invoice.month)}</TableCell>
              <TableCell className="hidden whitespace-nowrap lg:table-cell">
                <LocalTime value={invoice.issuedAt} format="date" />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap lg:table-cell">{invoice.dueAt ? <LocalTime value={invoice.dueAt} format="date" /> : '—'}</TableCell>
              <TableCell className="hidden sm:table-cell">
                <InvoiceStatusBadge status={invoice.status} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {formatMoney(invoice.total, invoice.currency)}
                {credited ? <div className="text-xs text-muted-foreground">−{formatMoney(invoice.credited, invoice.currency)} credited</div> : null}
              </TableCell>
              <TableCell className="text-right">
                <InvoicePdfLink customerId={invoice.customerId} invoiceId={invoice.id} number={invoice.number} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
