import type { ReactNode } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatLineQuantity, formatUnitPrice } from '@/lib/invoices/format-invoice-figures';
import type { PortalInvoiceDetail as PortalInvoiceDetailData } from '@/lib/invoices/invoice-views';
import { formatMoney } from '@/lib/money/format-money';
import { CreditNotesTable } from './credit-notes-table';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm text-foreground">{children}</dd>
    </div>
  );
}

function TotalRow({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'flex justify-between gap-6 font-semibold text-foreground' : 'flex justify-between gap-6 text-muted-foreground'}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

/** A portal invoice as its PDF shows it: facts, lines, totals, and the credit notes against it. */
export function PortalInvoiceDetail({ invoice, customer }: { invoice: PortalInvoiceDetailData; customer?: ReactNode }) {
  const money = (amount: string) => formatMoney(amount, invoice.currency);
  const credited = invoice.credited !== '0';
  return (
    <div className="grid gap-4">
      <Card>
        <CardContent>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            <Fact label="Customer">{customer ?? invoice.customerName}</Fact>
            <Fact label="Period">
              {dateFormat.format(invoice.periodStart)} – {dateFormat.format(invoice.periodEnd)}
            </Fact>
            <Fact label="Issued">
              <LocalTime value={invoice.issuedAt} format="date" />
            </Fact>
            <Fact label="Due">{invoice.dueAt ? <LocalTime value={invoice.dueAt} format="date" /> : '—'}</Fact>
            <Fact label="Currency">{invoice.currency}</Fact>
          </dl>
        </CardContent>
      </Card>

      <Card className="overflow-hidden">
        <CardHeader>
          <CardTitle>Lines</CardTitle>
          <CardDescription>Calls at the rates of the period; monthly charges as they stood when the invoice was issued.</CardDescription>
        </CardHeader>
        {invoice.lines.length === 0 ? (
          <CardContent>
            <p className="text-sm text-muted-foreground">No calls or monthly charges in this period.</p>
          </CardContent>
        ) : (
          <Table>
            <TableCaption>Invoice lines</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Description</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Quantity</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Unit price</TableHead>
                <TableHead className="text-right">Amount</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoice.lines.map((line) => (
                <TableRow key={line.id}>
                  <TableCell>
                    {line.description}
                    <div className="text-xs text-muted-foreground sm:hidden">
                      {formatLineQuantity(line)} × {formatUnitPrice(line.unitPrice, invoice.currency)}
                    </div>
                  </TableCell>
                  <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{formatLineQuantity(line)}</TableCell>
                  <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{formatUnitPrice(line.unitPrice, invoice.currency)}</TableCell>
                  <TableCell className="text-right whitespace-nowrap tabular-nums">{money(line.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <CardContent className="border-t border-border">
          <dl className="ml-auto flex max-w-xs flex-col gap-1.5 text-sm">
            <TotalRow label="Subtotal" value={money(invoice.subtotal)} />
            <TotalRow label="Tax" value={money(invoice.tax)} />
            <TotalRow label={`Total (${invoice.currency})`} value={money(invoice.total)} strong />
            {credited ? (
              <>
                <TotalRow label="Credited" value={`−${money(invoice.credited)}`} />
                <TotalRow label="Balance due" value={money(invoice.remaining)} strong />
              </>
            ) : null}
          </dl>
        </CardContent>
      </Card>

      <Card className="overflow-hidden">
        <CardHeader>
          <CardTitle>Credit notes</CardTitle>
          <CardDescription>Credits issued against this invoice.</CardDescription>
        </CardHeader>
        {invoice.creditNotes.length === 0 ? (
          <CardContent>
            <p className="text-sm text-muted-foreground">No credit notes.</p>
          </CardContent>
        ) : (
          <CreditNotesTable
            notes={invoice.creditNotes.map((note) => ({
              id: note.id,
              number: note.number,
              amount: { amount: note.amount, currency: note.currency },
              issuedAt: note.issuedAt,
              reason: note.reason,
              invoiceNumber: null,
              invoiceId: null,
            }))}
          />
        )}
      </Card>
    </div>
  );
}
