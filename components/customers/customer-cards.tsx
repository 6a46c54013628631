import type { ReactNode } from 'react';
import Link from 'next/link';
import { Lock, Pencil } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { CustomerDetail } from '@/lib/customers/get-customer-for-scope';
import { DEFAULT_PREPAID_LOW_BALANCE } from '@/lib/customers/low-balance';
import { formatMoney } from '@/lib/money/format-money';
import { BILLING_MODEL_LABEL, KYC_STATUS_LABEL, PROVIDER_KIND_LABEL, countryName } from './customer-labels';
import { CustomerBalance } from './customer-balance';
import { LowBalanceBadge } from './low-balance-badge';

function NotSet() {
  return <span className="text-muted-foreground">Not set</span>;
}

function DetailList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-border">{children}</dl>;
}

function DetailItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2.5 first:pt-0 last:pb-0">
      <dt className="shrink-0 text-sm text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-right text-sm font-medium [overflow-wrap:anywhere] text-foreground">{children}</dd>
    </div>
  );
}

function Stat({ label, children, large = false }: { label: string; children: ReactNode; large?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className={large ? 'mt-1 text-2xl font-semibold tracking-tight' : 'mt-1.5 text-base font-medium sm:mt-2.5'}>
        {children}
      </dd>
    </div>
  );
}

type ProfileCardProps = {
  customer: CustomerDetail;
  /** Staff only: where the profile is edited; the card then says whose record it is. */
  editHref?: string;
};

export function CustomerProfileCard({ customer, editHref }: ProfileCardProps) {
  return (
    <Card>
      <CardHeader className={editHref ? 'flex-row items-start justify-between gap-3' : undefined}>
        <div className="flex flex-col gap-1">
          <CardTitle>Profile</CardTitle>
          {editHref ? (
            <CardDescription>
              The portal’s own record: {PROVIDER_KIND_LABEL[customer.providerKind]} offers no way to change these details through its API, so edits are
              not sent to the provider.
            </CardDescription>
          ) : null}
        </div>
        {editHref ? (
          <Link href={editHref} className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
            <Pencil aria-hidden="true" />
            Edit<span className="sr-only"> profile</span>
          </Link>
        ) : null}
      </CardHeader>
      <CardContent>
        <DetailList>
          <DetailItem term="Email">
            <a href={`mailto:${customer.email}`} className="rounded-sm hover:underline">
              {customer.email}
            </a>
          </DetailItem>
          <DetailItem term="Phone">
            {customer.phone ? <span className="tabular-nums">{customer.phone}</span> : <NotSet />}
          </DetailItem>
          <DetailItem term="Country">{customer.country ? countryName(customer.country) : <NotSet />}</DetailItem>
        </DetailList>
      </CardContent>
    </Card>
  );
}

export function CustomerProviderCard({ customer }: { customer: CustomerDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Provider</CardTitle>
      </CardHeader>
      <CardContent>
        <DetailList>
          <DetailItem term="Connection">{customer.connectionLabel}</DetailItem>
          <DetailItem term="Kind">{PROVIDER_KIND_LABEL[customer.providerKind]}</DetailItem>
          <DetailItem term="Account ID">
            {customer.providerAccountId ? (
              <code className="font-mono text-[13px]">{customer.providerAccountId}</code>
            ) : (
              <span className="text-muted-foreground">Not linked</span>
            )}
          </DetailItem>
          <DetailItem term="Auth token">
            {/* Only whether a token exists ever reaches the page, never the token itself. */}
            {customer.hasAuthToken ? (
              <span className="inline-flex items-center gap-1.5">
                <Lock aria-hidden="true" className="size-3.5 text-muted-foreground" />
                Stored encrypted
              </span>
            ) : (
              <span className="text-muted-foreground">None stored</span>
            )}
          </DetailItem>
        </DetailList>
      </CardContent>
    </Card>
  );
}

/** Full width: the balance is what people open an account page for. */
export function CustomerBillingCard({ customer }: { customer: CustomerDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Billing</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-5 sm:grid-cols-4">
          <Stat label="Balance" large>
            <CustomerBalance amount={customer.balance} currency={customer.currency} />
          </Stat>
          <Stat label="Credit limit">
            <CustomerBalance amount={customer.creditLimit} currency={customer.currency} />
          </Stat>
          <Stat label="Billing model">{BILLING_MODEL_LABEL[customer.billingModel]}</Stat>
          <Stat label="Currency">{customer.currency}</Stat>
        </dl>
      </CardContent>
    </Card>
  );
}

/** How the customer pays and when they count as low on funds; the wallet card (ledger, credit limit) and the live balance have cards of their own. */
export function CustomerAccountCard({ customer }: { customer: CustomerDetail }) {
  const threshold =
    customer.lowBalanceThreshold !== null
      ? `Below ${formatMoney(customer.lowBalanceThreshold, customer.currency)}`
      : customer.billingModel === 'PREPAID'
        ? `Default: below ${formatMoney(DEFAULT_PREPAID_LOW_BALANCE, customer.currency)}`
        : 'Default: under a tenth of the credit limit left';
  return (
    <Card>
      <CardHeader>
        <CardTitle>Account</CardTitle>
      </CardHeader>
      <CardContent>
        <DetailList>
          <DetailItem term="Billing model">{BILLING_MODEL_LABEL[customer.billingModel]}</DetailItem>
          <DetailItem term="Currency">{customer.currency}</DetailItem>
          <DetailItem term="KYC">{KYC_STATUS_LABEL[customer.kycStatus]}</DetailItem>
          <DetailItem term="Low balance">
            <span className="inline-flex flex-wrap items-center justify-end gap-2">
              {customer.lowBalance ? <LowBalanceBadge threshold={customer.lowBalanceThreshold} /> : null}
              <span className="font-normal text-muted-foreground">{threshold}</span>
            </span>
          </DetailItem>
        </DetailList>
      </CardContent>
    </Card>
  );
}
