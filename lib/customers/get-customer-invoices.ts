import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { Invoice, Page } from '../providers/types.ts';
import { readCustomerProviderData, reviveDate, type ProviderDataView } from './read-customer-provider-data.ts';

export const INVOICES_PER_PAGE = 10;

function reviveInvoices(json: unknown): Page<Invoice> {
  const page = json as Page<Invoice>;
  return { ...page, items: page.items.map((invoice) => ({ ...invoice, issuedAt: reviveDate(invoice.issuedAt), dueAt: reviveDate(invoice.dueAt) })) };
}

/** The first page of the customer's invoices at the provider. */
export async function getCustomerInvoices(scope: PartnerScope, customerId: string): Promise<ProviderDataView<Page<Invoice>> | null> {
  const result = await readCustomerProviderData(scope, customerId, {
    capability: 'billing.invoices',
    cacheKey: (account) => `invoices:first:${account}`,
    fetch: (adapter, ref) => adapter.listInvoices(ref, { page: 1, perPage: INVOICES_PER_PAGE }),
    revive: reviveInvoices,
  });
  return result?.view ?? null;
}
