import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BillingSection } from '@/components/invoices/billing-section';
import { CustomerCreditNotesSection, CustomerInvoicesSection, CustomerRecurringChargesSection } from '@/components/invoices/customer-billing-sections';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { invoiceSourceFor } from '@/lib/invoices/invoice-source';

export const metadata: Metadata = { title: 'Customer invoices' };

const PER_PAGE = 20;

export default async function CustomerInvoicesPage({ params, searchParams }: { params: Promise<{ customerId: string }>; searchParams: Promise<{ page?: string }> }) {
  const scope = await requireScope('partner');
  const { customerId } = await params;
  const customer = await getCustomerForScope(scope, customerId);
  if (!customer) notFound();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1);
  const source = invoiceSourceFor(customer.providerKind);

  return (
    <>
      <PageHeader
        back={{ href: `/partner/customers/${customer.id}`, label: customer.name }}
        title={`${customer.name}: invoices`}
        description={source === 'provider' ? `Issued by ${customer.connectionLabel}, read live.` : 'Issued by the portal each month from rated calls and monthly charges.'}
      />
      <Card>
        <CardContent className="flex flex-col gap-8 px-3 sm:px-5">
          <BillingSection title="Invoices">
            <CustomerInvoicesSection
              scope={scope}
              customerId={customer.id}
              audience="staff"
              page={page}
              perPage={PER_PAGE}
              pagingPath={`/partner/invoices/customers/${customer.id}`}
              detailHref={(invoice) => `/partner/invoices/${invoice.id}`}
            />
          </BillingSection>
          <BillingSection title="Credit notes">
            <CustomerCreditNotesSection scope={scope} customerId={customer.id} audience="staff" invoiceHref={(invoiceId) => `/partner/invoices/${invoiceId}`} />
          </BillingSection>
          <BillingSection title="Monthly recurring charges">
            <CustomerRecurringChargesSection scope={scope} customerId={customer.id} audience="staff" />
          </BillingSection>
        </CardContent>
      </Card>
    </>
  );
}
