import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { OwnBalanceCard } from '@/components/self-service/own-balance-card';
import { OwnTopUpsTable } from '@/components/self-service/own-top-ups-table';
import { OwnWalletTransactions } from '@/components/self-service/own-wallet-transactions';
import { SelfServiceSection } from '@/components/self-service/self-service-section';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';

export const metadata: Metadata = { title: 'Wallet' };

export default async function CustomerWalletPage() {
  const scope = await requireScope('customer');
  const customer = await getCustomerForScope(scope, scope.customerId);
  if (!customer) notFound();

  return (
    <>
      <PageHeader title="Wallet" description={`Your balance, charges and top-ups with ${customer.partnerName}.`} />
      <div className="grid grid-cols-1 gap-4">
        <SelfServiceSection what="Balance" fallbackClassName="h-44">
          <OwnBalanceCard scope={scope} account={customer} partnerName={customer.partnerName} />
        </SelfServiceSection>
        <Card aria-labelledby="transactions-title">
          <CardHeader>
            <CardTitle id="transactions-title">Transactions</CardTitle>
            <CardDescription>Your latest charges and top-ups, newest first.</CardDescription>
          </CardHeader>
          <CardContent>
            <SelfServiceSection what="Transactions" fallbackClassName="h-32">
              <OwnWalletTransactions scope={scope} partnerName={customer.partnerName} />
            </SelfServiceSection>
          </CardContent>
        </Card>
        <Card aria-labelledby="top-ups-title">
          <CardHeader>
            <CardTitle id="top-ups-title">Top-ups from {customer.partnerName}</CardTitle>
            <CardDescription>Money {customer.partnerName} moved into your wallet. A pending top-up is confirmed with the billing system within minutes.</CardDescription>
          </CardHeader>
          <SelfServiceSection what="Top-ups" fallbackClassName="h-24">
            <OwnTopUpsTable scope={scope} partnerName={customer.partnerName} />
          </SelfServiceSection>
        </Card>
      </div>
    </>
  );
}
