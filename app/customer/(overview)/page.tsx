import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomerProfileCard } from '@/components/customers/customer-cards';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { PageHeader } from '@/components/ui/page-header';
import { MonthUsageSummary } from '@/components/self-service/month-usage-summary';
import { OwnBalanceCard } from '@/components/self-service/own-balance-card';
import { OwnNumbersSummary } from '@/components/self-service/own-numbers-summary';
import { PartnerContactCard } from '@/components/self-service/partner-contact-card';
import { SelfServiceSection } from '@/components/self-service/self-service-section';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';

export const metadata: Metadata = { title: 'My account' };

/** A customer user belongs to exactly one account: the area's home is its overview. */
export default async function CustomerOverviewPage() {
  const scope = await requireScope('customer');
  const customer = await getCustomerForScope(scope, scope.customerId);
  if (!customer) notFound();

  return (
    <>
      <PageHeader title={customer.name} badge={<CustomerStatusBadge status={customer.status} />} description={`Your account with ${customer.partnerName}`} />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <SelfServiceSection what="Balance" fallbackClassName="h-52">
              <OwnBalanceCard scope={scope} account={customer} partnerName={customer.partnerName} showWalletLink />
            </SelfServiceSection>
          </div>
          <SelfServiceSection what="Numbers" fallbackClassName="h-52">
            <OwnNumbersSummary scope={scope} partnerName={customer.partnerName} />
          </SelfServiceSection>
        </div>
        <SelfServiceSection what="This month’s usage" fallbackClassName="h-36">
          <MonthUsageSummary scope={scope} />
        </SelfServiceSection>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <CustomerProfileCard customer={customer} />
          <PartnerContactCard partnerName={customer.partnerName} />
        </div>
      </div>
    </>
  );
}
