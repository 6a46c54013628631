import Link from 'next/link';
import { BillingSection } from '@/components/invoices/billing-section';
import { CustomerCreditNotesSection, CustomerInvoicesSection, CustomerRecurringChargesSection } from '@/components/invoices/customer-billing-sections';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';

const CARD_INVOICES = 5;

/**
 * The customer page's billing card: the latest invoices from whoever issues them (the
 * provider, or the portal from rated usage), credit notes and monthly charges.
 */
export function CustomerInvoicesCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  return (
    <Card aria-labelledby="customer-invoices-title">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id="customer-invoices-title">Invoices</CardTitle>
          <CardDescription>Latest invoices with their PDFs, credit notes and monthly recurring charges.</CardDescription>
        </div>
        <Link href={`/partner/invoices/customers/${customerId}`} className="shrink-0 text-sm font-medium text-accent hover:underline">
          All invoices
        </Link>
      </CardHeader>
      <CardContent className="flex flex-col gap-6 px-3 sm:px-5">
        <BillingSection title="Latest invoices">
          <CustomerInvoicesSection scope={scope} customerId={customerId} audience="staff" perPage={CARD_INVOICES} detailHref={(invoice) => `/partner/invoices/${invoice.id}`} />
        </BillingSection>
        <BillingSection title="Credit notes">
          <CustomerCreditNotesSection scope={scope} customerId={customerId} audience="staff" invoiceHref={(invoiceId) => `/partner/invoices/${invoiceId}`} />
        </BillingSection>
        <BillingSection title="Monthly recurring charges">
          <CustomerRecurringChargesSection scope={scope} customerId={customerId} audience="staff" />
        </BillingSection>
      </CardContent>
    </Card>
  );
}
