import { readCustomerProviderData, reviveDate, type ProviderDataView } from '../customers/read-customer-provider-data.ts';
import type { Invoice, Page } from '../providers/types.ts';
import type { InvoiceViewerScope } from './invoice-views.ts';

function reviveInvoices(json: unknown): Page<Invoice> {
  const page = json as Page<Invoice>;
  return { ...page, items: page.items.map((invoice) => ({ ...invoice, issuedAt: reviveDate(invoice.issuedAt), dueAt: reviveDate(invoice.dueAt) })) };
}

/**
 * One page of the invoices the customer's provider issued, through the provider cache: an
 * outage shows the last good page with its age. Null when the customer is not in the scope.
 */
export async function listProviderInvoices(scope: InvoiceViewerScope, customerId: string, page: number, perPage: number): Promise<ProviderDataView<Page<Invoice>> | null> {
  const result = await readCustomerProviderData(scope, customerId, {
    capability: 'billing.invoices',
    cacheKey: (account) => `invoices:${page}x${perPage}:${account}`,
    fetch: (adapter, ref) => adapter.listInvoices(ref, { page, perPage }),
    revive: reviveInvoices,
  });
  return result?.view ?? null;
}
