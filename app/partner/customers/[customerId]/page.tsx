import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomerBillingCard, CustomerProfileCard, CustomerProviderCard } from '@/components/customers/customer-cards';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { ProviderBalanceCard } from '@/components/customers/provider-balance-card';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';

export const metadata: Metadata = { title: 'Customer' };

export default async function CustomerDetailPage({ params }: { params: Promise<{ customerId: string }> }) {
  const scope = await requireScope('partner');
  const { customerId } = await params;
  // Null also for another partner's customer: the page must not reveal that it exists.
  const customer = await getCustomerForScope(scope, customerId);
  if (!customer) notFound();

  return (
    <>
      <PageHeader
        back={{ href: '/partner/customers', label: 'Customers' }}
        title={customer.name}
        badge={<CustomerStatusBadge status={customer.status} />}
        description={
          <>
            Customer since <LocalTime value={customer.createdAt} format="date" /> · Updated{' '}
            <LocalTime value={customer.updatedAt} />
          </>
        }
      />
      <div className="grid gap-4">
        <CustomerBillingCard customer={customer} />
        <ProviderBalanceCard scope={scope} customerId={customer.id} />
        <div className="grid gap-4 lg:grid-cols-2">
          <CustomerProfileCard customer={customer} />
          <CustomerProviderCard customer={customer} />
        </div>
      </div>
    </>
  );
}
