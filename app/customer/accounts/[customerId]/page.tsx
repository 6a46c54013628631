import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LifeBuoy } from 'lucide-react';
import { CustomerBillingCard, CustomerProfileCard } from '@/components/customers/customer-cards';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';

export const metadata: Metadata = { title: 'My account' };

export default async function CustomerAccountPage({ params }: { params: Promise<{ customerId: string }> }) {
  const scope = await requireScope('customer');
  const { customerId } = await params;
  // A customer scope only ever finds its own account; any other id is a 404.
  const customer = await getCustomerForScope(scope, customerId);
  if (!customer) notFound();

  return (
    <>
      <PageHeader
        title={customer.name}
        badge={<CustomerStatusBadge status={customer.status} />}
        description={`Your account with ${customer.partnerName}`}
      />
      {/* The upstream provider stays out of view: it is the partner's business, not the customer's. */}
      <div className="grid gap-4">
        <CustomerBillingCard customer={customer} />
        <div className="grid gap-4 lg:grid-cols-2">
          <CustomerProfileCard customer={customer} />
          <Card>
            <CardHeader>
              <CardTitle>Questions about your account?</CardTitle>
            </CardHeader>
            <CardContent className="flex gap-3 text-sm text-muted-foreground">
              <LifeBuoy aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <p>
                Your service is provided and billed by <span className="font-medium text-foreground">{customer.partnerName}</span>.
                Contact them to top up your balance, change your plan or update these details.
              </p>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
