import type { ReactNode } from 'react';
import { Lock } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { CustomerDetail } from '@/lib/customers/get-customer-for-scope';
import { BILLING_MODEL_LABEL, PROVIDER_KIND_LABEL, countryName } from './customer-labels';
import { CustomerBalance } from './customer-balance';

function NotSet() {
  return <span className="text-muted-foreground">Not set</span>;
}

function DetailList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-border">{children}</dl>;
}

function DetailItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 py-2.5 first:pt-0 last:pb-0 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
      <dt className="shrink-0 text-sm text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-sm font-medium break-words text-foreground sm:text-right">{children}</dd>
    </div>
  );
}

export function CustomerProfileCard({ customer }: { customer: CustomerDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
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

export function CustomerBillingCard({ customer }: { customer: CustomerDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Billing</CardTitle>
      </CardHeader>
      <CardContent>
        <div className="mb-4">
          <p className="text-sm text-muted-foreground">Balance</p>
          <p className="mt-1 text-2xl font-semibold tracking-tight">
            <CustomerBalance amount={customer.balance} currency={customer.currency} />
          </p>
        </div>
        <DetailList>
          <DetailItem term="Billing model">{BILLING_MODEL_LABEL[customer.billingModel]}</DetailItem>
          <DetailItem term="Currency">{customer.currency}</DetailItem>
          <DetailItem term="Credit limit">
            <CustomerBalance amount={customer.creditLimit} currency={customer.currency} />
          </DetailItem>
        </DetailList>
      </CardContent>
    </Card>
  );
}
