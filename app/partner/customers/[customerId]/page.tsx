import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { CustomerAccountCard, CustomerProfileCard, CustomerProviderCard } from '@/components/customers/customer-cards';
import { CustomerAuditTrail } from '@/components/customers/customer-audit-trail';
import { CustomerInvoicesCard } from '@/components/customers/customer-invoices-card';
import { CustomerRecentCallsCard } from '@/components/customers/customer-recent-calls-card';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { CustomerWalletTransactionsCard } from '@/components/customers/customer-wallet-transactions-card';
import { CustomerUsersCard } from '@/components/invitations/customer-users-card';
import { LiveBalanceCard } from '@/components/customers/live-balance-card';
import { SectionErrorBoundary } from '@/components/customers/section-error-boundary';
import { CustomerNumbersCard } from '@/components/numbers/customer-numbers-card';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { AutoTopUpCard } from '@/components/wallet/auto-top-up-card';
import { CustomerWalletCard } from '@/components/wallet/customer-wallet-card';
import { FundWalletButton } from '@/components/wallet/fund-wallet-dialog';
import { requireScope } from '@/lib/auth/session';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { formatMoney } from '@/lib/money/format-money';

export const metadata: Metadata = { title: 'Customer' };

/** Another feature's card: it streams in on its own and a failure stays inside it. */
function Section({ what, children }: { what: string; children: ReactNode }) {
  return (
    <SectionErrorBoundary what={what}>
      <Suspense fallback={<Skeleton className="h-40 w-full" aria-label={`Loading ${what.toLowerCase()}`} />}>{children}</Suspense>
    </SectionErrorBoundary>
  );
}

// No loading.tsx at this level or above: a loading boundary would send status 200 before
// notFound() runs, and another partner's customer id must answer 404.
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
            Customer since <LocalTime value={customer.createdAt} format="date" /> · Updated <LocalTime value={customer.updatedAt} />
          </>
        }
        actions={<FundWalletButton customerId={customer.id} customerName={customer.name} currency={customer.currency} />}
      />
      <div className="grid gap-4">
        <div className="grid gap-4 lg:grid-cols-2">
          <LiveBalanceCard
            customerId={customer.id}
            lastKnown={{ display: formatMoney(customer.balance, customer.currency), at: customer.balanceUpdatedAt?.toISOString() ?? null }}
          />
          <CustomerAccountCard customer={customer} />
        </div>
        <Section what="Wallet">
          <CustomerWalletCard scope={scope} customerId={customer.id} />
        </Section>
        <Section what="Automatic top-up">
          <AutoTopUpCard scope={scope} customerId={customer.id} />
        </Section>
        <div className="grid gap-4 lg:grid-cols-2">
          <CustomerProfileCard customer={customer} editHref={`/partner/customers/${customer.id}/edit`} />
          <CustomerProviderCard customer={customer} />
        </div>
        <Section what="Numbers">
          <CustomerNumbersCard scope={scope} customerId={customer.id} />
        </Section>
        <CustomerRecentCallsCard scope={scope} customerId={customer.id} />
        <CustomerWalletTransactionsCard scope={scope} customerId={customer.id} />
        <CustomerInvoicesCard scope={scope} customerId={customer.id} />
        <Section what="Users">
          <CustomerUsersCard scope={scope} customer={customer} />
        </Section>
        <Section what="Activity">
          <CustomerAuditTrail scope={scope} customerId={customer.id} />
        </Section>
      </div>
    </>
  );
}
