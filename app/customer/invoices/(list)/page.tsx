import type { Metadata } from 'next';
import { BillingSection } from '@/components/invoices/billing-section';
import { CustomerCreditNotesSection, CustomerInvoicesSection, CustomerRecurringChargesSection } from '@/components/invoices/customer-billing-sections';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Invoices' };

const PER_PAGE = 20;

export default async function MyInvoicesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const scope = await requireScope('customer');
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1);
  return (
    <>
      <PageHeader title="Invoices" description="Your invoices with their PDFs, credit notes and monthly charges." />
      <Card>
        <CardContent className="flex flex-col gap-8 px-3 sm:px-5">
          <BillingSection title="Invoices">
            <CustomerInvoicesSection
              scope={scope}
              customerId={scope.customerId}
              audience="customer"
              page={page}
              perPage={PER_PAGE}
              pagingPath="/customer/invoices"
              detailHref={(invoice) => `/customer/invoices/${invoice.id}`}
            />
          </BillingSection>
          <BillingSection title="Credit notes">
            <CustomerCreditNotesSection scope={scope} customerId={scope.customerId} audience="customer" invoiceHref={(invoiceId) => `/customer/invoices/${invoiceId}`} />
          </BillingSection>
          <BillingSection title="Monthly recurring charges">
            <CustomerRecurringChargesSection scope={scope} customerId={scope.customerId} audience="customer" />
          </BillingSection>
        </CardContent>
      </Card>
    </>
  );
}
