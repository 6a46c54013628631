import type { ProviderDataView } from '../customers/read-customer-provider-data.ts';
import { providerDefinition } from '../providers/index.ts';
import type { Invoice, Page } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { invoiceSourceFor } from './invoice-source.ts';
import type { InvoiceViewerScope, PortalInvoiceSummary } from './invoice-views.ts';
import { listPortalInvoices, type CountedPage } from './list-portal-invoices.ts';
import { listProviderInvoices } from './list-provider-invoices.ts';

export type CustomerInvoiceList =
  | { source: 'provider'; view: ProviderDataView<Page<Invoice>>; pdfSupported: boolean }
  | { source: 'portal'; page: CountedPage<PortalInvoiceSummary> };

/**
 * A customer's invoices from whoever issues them (invoice-source.ts): the provider's, read
 * live with the last good list as fallback, or the portal's own. Null when the customer is
 * not in the caller's scope.
 */
export async function listCustomerInvoices(scope: InvoiceViewerScope, customerId: string, page = 1, perPage = 10): Promise<CustomerInvoiceList | null> {
  const customer = await scopedDb(scope).customer.findUnique({ where: { id: customerId }, select: { connection: { select: { kind: true } } } });
  if (!customer) return null;
  const kind = customer.connection.kind;
  if (invoiceSourceFor(kind) === 'portal') return { source: 'portal', page: await listPortalInvoices(scope, { customerId, page }, perPage) };
  const view = await listProviderInvoices(scope, customerId, page, perPage);
  return view ? { source: 'provider', view, pdfSupported: providerDefinition(kind).capabilities['billing.invoicePdf'].supported } : null;
}
