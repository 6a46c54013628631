import { getCustomerRecurringCharges } from '@/lib/invoices/get-customer-recurring-charges';
import type { InvoiceViewerScope, PortalInvoiceSummary } from '@/lib/invoices/invoice-views';
import { listCustomerCreditNotes } from '@/lib/invoices/list-customer-credit-notes';
import { listCustomerInvoices } from '@/lib/invoices/list-customer-invoices';
import { CustomerCreditNotes } from './customer-credit-notes';
import { CustomerInvoiceList } from './customer-invoice-list';
import { RecurringCharges } from './recurring-charges';
import type { InvoiceAudience } from './provider-read-status';

/**
 * The three billing sections of a customer (invoices, credit notes, monthly charges), each
 * reading on its own so a slow provider holds up only its section. Staff and the customer
 * itself see the same facts; `audience` decides how provider trouble is worded.
 */
type SectionProps = { scope: InvoiceViewerScope; customerId: string; audience: InvoiceAudience };

export async function CustomerInvoicesSection({
  scope,
  customerId,
  audience,
  page = 1,
  perPage = 10,
  pagingPath,
  detailHref,
}: SectionProps & { page?: number; perPage?: number; pagingPath?: string; detailHref: (invoice: PortalInvoiceSummary) => string }) {
  const list = await listCustomerInvoices(scope, customerId, page, perPage);
  if (!list) return null;
  return <CustomerInvoiceList customerId={customerId} list={list} audience={audience} detailHref={detailHref} pagingPath={pagingPath} />;
}

export async function CustomerCreditNotesSection({ scope, customerId, audience, invoiceHref }: SectionProps & { invoiceHref?: (invoiceId: string) => string }) {
  const notes = await listCustomerCreditNotes(scope, customerId);
  if (!notes) return null;
  return <CustomerCreditNotes notes={notes} audience={audience} invoiceHref={invoiceHref} />;
}

export async function CustomerRecurringChargesSection({ scope, customerId, audience }: SectionProps) {
  const charges = await getCustomerRecurringCharges(scope, customerId);
  if (!charges) return null;
  return <RecurringCharges charges={charges} audience={audience} />;
}
