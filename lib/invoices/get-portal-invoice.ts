import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { InvoiceViewerScope, PortalInvoiceDetail } from './invoice-views.ts';
import { portalInvoiceSummarySelect, toPortalInvoiceSummary } from './portal-invoice-summary.ts';

const detailSelect = {
  ...portalInvoiceSummarySelect,
  periodEnd: true,
  customer: { select: { name: true, email: true, partner: { select: { name: true, timeZone: true } } } },
  lines: { select: { id: true, kind: true, description: true, quantity: true, unitPrice: true, amount: true }, orderBy: [{ kind: 'asc' }, { description: 'asc' }] },
  creditNotes: { select: { id: true, number: true, amount: true, currency: true, reason: true, issuedAt: true }, orderBy: { issuedAt: 'asc' } },
} satisfies Prisma.InvoiceSelect;

/**
 * One portal invoice with its lines and credit notes, for its page and its PDF. Null when
 * it is not in the caller's scope, or (given `customerId`) belongs to another customer.
 */
export async function getPortalInvoice(scope: InvoiceViewerScope, invoiceId: string, customerId?: string): Promise<PortalInvoiceDetail | null> {
  const row = await scopedDb(scope).invoice.findFirst({ where: { id: invoiceId, customerId }, select: detailSelect });
  if (!row) return null;
  const summary = toPortalInvoiceSummary(row);
  return {
    ...summary,
    partnerName: row.customer.partner.name,
    partnerTimeZone: row.customer.partner.timeZone,
    customerEmail: row.customer.email,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    lines: row.lines.map((line) => ({
      id: line.id,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity.toFixed(),
      unitPrice: line.unitPrice.toFixed(),
      amount: line.amount.toFixed(),
    })),
    creditNotes: row.creditNotes.map((note) => ({
      id: note.id,
      number: note.number,
      amount: note.amount.toFixed(),
      currency: note.currency,
      reason: note.reason,
      issuedAt: note.issuedAt,
      invoiceId: row.id,
      invoiceNumber: row.number,
    })),
    remaining: new Prisma.Decimal(summary.total).minus(summary.credited).toFixed(),
  };
}
