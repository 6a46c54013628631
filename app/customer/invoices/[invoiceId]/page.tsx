import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InvoicePdfLink } from '@/components/invoices/invoice-pdf-link';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge';
import { PortalInvoiceDetail } from '@/components/invoices/portal-invoice-detail';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getPortalInvoice } from '@/lib/invoices/get-portal-invoice';
import { formatInvoiceMonth } from '@/lib/invoices/invoice-month';
import { formatMoney } from '@/lib/money/format-money';

export const metadata: Metadata = { title: 'Invoice' };

export default async function MyInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const scope = await requireScope('customer');
  const { invoiceId } = await params;
  // The customer scope finds only this customer's own invoices; any other id is a 404.
  const invoice = await getPortalInvoice(scope, invoiceId);
  if (!invoice) notFound();
  return (
    <>
      <PageHeader
        back={{ href: '/customer/invoices', label: 'Invoices' }}
        title={`Invoice ${invoice.number}`}
        badge={<InvoiceStatusBadge status={invoice.status} />}
        description={`${invoice.partnerName} · ${formatInvoiceMonth(invoice.month)} · ${formatMoney(invoice.total, invoice.currency)}`}
        actions={<InvoicePdfLink customerId={invoice.customerId} invoiceId={invoice.id} number={invoice.number} variant="secondary" label="Download PDF" />}
      />
      <PortalInvoiceDetail invoice={invoice} />
    </>
  );
}
