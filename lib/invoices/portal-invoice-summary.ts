import { Prisma } from '../db/client.ts';
import { monthOfPeriod } from './invoice-month.ts';
import type { PortalInvoiceSummary } from './invoice-views.ts';

export const portalInvoiceSummarySelect = {
  id: true,
  number: true,
  status: true,
  customerId: true,
  customer: { select: { name: true } },
  periodStart: true,
  issuedAt: true,
  dueAt: true,
  currency: true,
  subtotal: true,
  tax: true,
  total: true,
  creditNotes: { select: { amount: true } },
} satisfies Prisma.InvoiceSelect;

export type PortalInvoiceSummaryRow = Prisma.InvoiceGetPayload<{ select: typeof portalInvoiceSummarySelect }>;

export function toPortalInvoiceSummary(row: PortalInvoiceSummaryRow): PortalInvoiceSummary {
  const credited = row.creditNotes.reduce((sum, note) => sum.plus(note.amount), new Prisma.Decimal(0));
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    customerId: row.customerId,
    customerName: row.customer.name,
    month: monthOfPeriod(row.periodStart),
    issuedAt: row.issuedAt,
    dueAt: row.dueAt,
    currency: row.currency,
    subtotal: row.subtotal.toFixed(),
    tax: row.tax.toFixed(),
    total: row.total.toFixed(),
    credited: credited.toFixed(),
  };
}
