import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomerBillingCard, CustomerProfileCard } from '@/components/customers/customer-cards';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
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
      <div className="grid gap-4 lg:grid-cols-2">
        <CustomerBillingCard customer={customer} />
        <CustomerProfileCard customer={customer} />
      </div>
    </>
  );
}
