import type { Metadata } from 'next';
import Link from 'next/link';
import { FileText, SearchX } from 'lucide-react';
import { GenerateInvoicesForm } from '@/components/invoices/generate-invoices-form';
import { INVOICES_PATH, InvoiceFilters, isInvoiceListFiltered } from '@/components/invoices/invoice-filters';
import { PortalInvoiceTable } from '@/components/invoices/portal-invoice-table';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { requireScope } from '@/lib/auth/session';
import { countPortalInvoicedCustomers } from '@/lib/invoices/count-portal-invoiced-customers';
import { lastInvoiceableMonth } from '@/lib/invoices/last-invoiceable-month';
import { listPortalInvoices, portalInvoiceFiltersSchema } from '@/lib/invoices/list-portal-invoices';
import { listProviderInvoicedCustomers } from '@/lib/invoices/list-provider-invoiced-customers';

export const metadata: Metadata = { title: 'Invoices' };

const PROVIDER_CUSTOMERS_SHOWN = 12;
const number = new Intl.NumberFormat('en-US');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const params = await searchParams;
  const filters = portalInvoiceFiltersSchema.parse({
    customerId: first(params.customerId),
    customer: first(params.customer),
    status: first(params.status),
    month: first(params.month),
    page: first(params.page),
  });
  const [invoices, providerCustomers, portalCustomers, defaultMonth] = await Promise.all([
    listPortalInvoices(scope, filters),
    listProviderInvoicedCustomers(scope, { search: filters.customer, limit: PROVIDER_CUSTOMERS_SHOWN }),
    countPortalInvoicedCustomers(scope),
    lastInvoiceableMonth(scope),
  ]);
  const filtered = isInvoiceListFiltered(filters);

  return (
    <>
      <PageHeader
        title="Invoices"
        description={`${number.format(invoices.total)} portal ${invoices.total === 1 ? 'invoice' : 'invoices'}${filtered ? ' match the filters' : ''}`}
      />
      <div className="grid gap-4">
        {scope.role === 'PARTNER_ADMIN' && portalCustomers > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle>Monthly invoicing</CardTitle>
              <CardDescription>
                Customers whose provider issues no invoices are invoiced by the portal: their calls at your price list, plus monthly charges. This runs by itself on
                the 1st of each month; generating a month again only adds the invoices still missing.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <GenerateInvoicesForm defaultMonth={defaultMonth} />
            </CardContent>
          </Card>
        ) : null}

        <Card className="overflow-hidden">
          <div className="border-b border-border p-3 sm:p-4">
            <InvoiceFilters filters={filters} />
          </div>
          {invoices.items.length === 0 ? (
            <EmptyState
              icon={filtered ? SearchX : FileText}
              title={filtered ? 'No invoices match' : 'No portal invoices yet'}
              description={
                filtered
                  ? 'Try another customer, status or month.'
                  : portalCustomers > 0
                    ? 'Invoices appear here once a month has been invoiced.'
                    : 'Every customer of yours is invoiced by its provider: see them below.'
              }
            />
          ) : (
            <PortalInvoiceTable invoices={invoices.items} showCustomer detailHref={(invoice) => `${INVOICES_PATH}/${invoice.id}`} caption="Portal invoices" />
          )}
          {invoices.total > 0 ? (
            <div className="border-t border-border px-4 py-3">
              <Pagination
                basePath={INVOICES_PATH}
                page={invoices.page}
                pageSize={invoices.perPage}
                total={invoices.total}
                query={{ customerId: filters.customerId, customer: filters.customer, status: filters.status, month: filters.month }}
              />
            </div>
          ) : null}
        </Card>

        {providerCustomers.total > 0 || filters.customer ? (
          <Card className="overflow-hidden">
            <CardHeader>
              <CardTitle>Invoiced by the provider</CardTitle>
              <CardDescription>These customers receive their invoices from their provider; open one to see them live, with their PDFs and credit notes.</CardDescription>
            </CardHeader>
            {providerCustomers.items.length === 0 ? (
              <CardContent>
                <p className="text-sm text-muted-foreground">No customer invoiced by a provider matches the search.</p>
              </CardContent>
            ) : (
              <ul className="divide-y divide-border">
                {providerCustomers.items.map((customer) => (
                  <li key={customer.id}>
                    <Link href={`${INVOICES_PATH}/customers/${customer.id}`} className="flex items-center justify-between gap-3 px-5 py-3 text-sm hover:bg-muted/60">
                      <span className="font-medium text-accent">{customer.name}</span>
                      <span className="truncate text-muted-foreground">{customer.connectionLabel}</span>
                    </Link>
                  </li>
                ))}
                {providerCustomers.total > providerCustomers.items.length ? (
                  <li className="px-5 py-3 text-sm text-muted-foreground">
                    and {number.format(providerCustomers.total - providerCustomers.items.length)} more: search by name above.
                  </li>
                ) : null}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
