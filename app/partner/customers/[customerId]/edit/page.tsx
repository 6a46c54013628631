import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomerProfileForm } from '@/components/customers/customer-profile-form';
import { PROVIDER_KIND_LABEL } from '@/components/customers/customer-labels';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { updateCustomerProfileAction } from '../actions';

export const metadata: Metadata = { title: 'Edit customer' };

// Like the detail page, no loading.tsx: another partner's customer id must answer 404.
export default async function EditCustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const scope = await requireScope('partner');
  const { customerId } = await params;
  const customer = await getCustomerForScope(scope, customerId);
  if (!customer) notFound();
  const detailPath = `/partner/customers/${customer.id}`;

  return (
    <>
      <PageHeader back={{ href: detailPath, label: customer.name }} title="Edit profile" description={customer.name} />
      <div className="grid max-w-2xl gap-4">
        <Alert variant="info" title="These details are the portal’s own record">
          {PROVIDER_KIND_LABEL[customer.providerKind]} offers no operation to change an account’s name, email, phone or country through its API, so
          your changes update what the portal shows and searches, not the account at the provider.
        </Alert>
        <Card>
          <CardContent className="py-5">
            <CustomerProfileForm
              action={updateCustomerProfileAction.bind(null, customer.id)}
              backHref={detailPath}
              currency={customer.currency}
              billingModel={customer.billingModel}
              profile={{
                name: customer.name,
                email: customer.email,
                phone: customer.phone ?? '',
                country: customer.country ?? '',
                lowBalanceThreshold: customer.lowBalanceThreshold ?? '',
                kycStatus: customer.kycStatus,
              }}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
