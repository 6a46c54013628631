import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InvoicePdfLink } from '@/components/invoices/invoice-pdf-link';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge';
import { IssueCreditNoteButton } from '@/components/invoices/issue-credit-note-dialog';
import { PortalInvoiceDetail } from '@/components/invoices/portal-invoice-detail';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getPortalInvoice } from '@/lib/invoices/get-portal-invoice';
import { formatInvoiceMonth } from '@/lib/invoices/invoice-month';
import { formatMoney } from '@/lib/money/format-money';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const scope = await requireScope('partner');
  const { invoiceId } = await params;
  // Null also for another partner's invoice: the page must not reveal that it exists.
  const invoice = await getPortalInvoice(scope, invoiceId);
  if (!invoice) notFound();
  const creditable = scope.role === 'PARTNER_ADMIN' && (invoice.status === 'ISSUED' || invoice.status === 'PAID') && invoice.remaining !== '0';

  return (
    <>
      <PageHeader
        back={{ href: '/partner/invoices', label: 'Invoices' }}
        title={`Invoice ${invoice.number}`}
        badge={<InvoiceStatusBadge status={invoice.status} />}
        description={`${invoice.customerName} · ${formatInvoiceMonth(invoice.month)} · ${formatMoney(invoice.total, invoice.currency)}`}
        actions={
          <>
            <InvoicePdfLink customerId={invoice.customerId} invoiceId={invoice.id} number={invoice.number} variant="secondary" label="Download PDF" />
            {creditable ? (
              <IssueCreditNoteButton invoiceId={invoice.id} invoiceNumber={invoice.number} currency={invoice.currency} remainingText={formatMoney(invoice.remaining, invoice.currency)} />
            ) : null}
          </>
        }
      />
      <PortalInvoiceDetail
        invoice={invoice}
        customer={
          <Link href={`/partner/customers/${invoice.customerId}`} className="text-accent hover:underline">
            {invoice.customerName}
          </Link>
        }
      />
    </>
  );
}
