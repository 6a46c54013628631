import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { InvoiceLineKind, InvoiceStatus } from '../db/client.ts';
import type { Money } from '../providers/types.ts';
import type { Scope } from '../tenancy/scope.ts';

/** Partner staff, or a customer looking at its own account. */
export type InvoiceViewerScope = PartnerScope | Extract<Scope, { area: 'customer' }>;

/** A portal invoice as lists show it: plain values, amounts as decimal strings. */
export type PortalInvoiceSummary = {
  id: string;
  number: string;
  status: InvoiceStatus;
  customerId: string;
  customerName: string;
  /** "YYYY-MM", the usage month. */
  month: string;
  issuedAt: Date;
  dueAt: Date | null;
  currency: string;
  subtotal: string;
  tax: string;
  total: string;
  /** Sum of the credit notes issued against it. */
  credited: string;
};

export type PortalInvoiceLine = { id: string; kind: InvoiceLineKind; description: string; quantity: string; unitPrice: string; amount: string };

export type PortalCreditNote = { id: string; number: string; amount: string; currency: string; reason: string; issuedAt: Date; invoiceId: string; invoiceNumber: string };

export type PortalInvoiceDetail = PortalInvoiceSummary & {
  partnerName: string;
  partnerTimeZone: string;
  customerEmail: string;
  periodStart: Date;
  periodEnd: Date;
  lines: PortalInvoiceLine[];
  creditNotes: PortalCreditNote[];
  /** What may still be credited: the total less the credit notes. */
  remaining: string;
};

/** A credit note from either source, as tables show it. */
export type CreditNoteRow = { id: string; number: string; amount: Money; issuedAt: Date | null; reason: string | null; invoiceNumber: string | null; invoiceId: string | null };
