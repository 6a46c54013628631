import { FileText } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import type { PortalInvoiceSummary } from '@/lib/invoices/invoice-views';
import type { CustomerInvoiceList as CustomerInvoiceListData } from '@/lib/invoices/list-customer-invoices';
import { PortalInvoiceTable } from './portal-invoice-table';
import { ProviderInvoiceTable } from './provider-invoice-table';
import { ProviderReadStatus, type InvoiceAudience } from './provider-read-status';

type CustomerInvoiceListProps = {
  customerId: string;
  list: CustomerInvoiceListData;
  audience: InvoiceAudience;
  detailHref: (invoice: PortalInvoiceSummary) => string;
  /** Numbered pages under this path; absent on a card that shows the first page only. */
  pagingPath?: string;
};

/** A customer's invoices from whichever source issues them, with its empty and failure states. */
export function CustomerInvoiceList({ customerId, list, audience, detailHref, pagingPath }: CustomerInvoiceListProps) {
  const empty = (
    <EmptyState
      icon={FileText}
      title="No invoices yet"
      description={list.source === 'portal' ? 'Invoices are issued on the 1st of each month for the month before.' : undefined}
      className="py-8"
    />
  );
  if (list.source === 'portal') {
    const { items, total, page, perPage } = list.page;
    if (total === 0) return empty;
    return (
      <div className="space-y-3">
        <PortalInvoiceTable invoices={items} detailHref={detailHref} />
        {pagingPath && total > perPage ? <Pagination basePath={pagingPath} page={page} pageSize={perPage} total={total} /> : null}
      </div>
    );
  }

  const { view } = list;
  const page = view.kind === 'data' ? view.data : null;
  return (
    <div className="space-y-3">
      <div className="empty:hidden">
        <ProviderReadStatus view={view} what="invoices" audience={audience} />
      </div>
      {page && page.items.length === 0 && page.page === 1 ? empty : null}
      {page && page.items.length > 0 ? <ProviderInvoiceTable customerId={customerId} invoices={page.items} pdfSupported={list.pdfSupported} /> : null}
      {pagingPath && page && (page.hasMore || page.page > 1) ? (
        <Pagination
          basePath={pagingPath}
          page={page.page}
          pageSize={page.perPage}
          total={page.total ?? (page.page - 1) * page.perPage + page.items.length + (page.hasMore ? 1 : 0)}
        />
      ) : null}
    </div>
  );
}
