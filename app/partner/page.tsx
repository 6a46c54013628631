import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowRight, Users } from 'lucide-react';
import { AuditEventList } from '@/components/audit/audit-event-list';
import { CustomerBalance } from '@/components/customers/customer-balance';
import { BILLING_MODEL_LABEL } from '@/components/customers/customer-labels';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listRecentAuditEvents } from '@/lib/audit/list-audit-events';
import { requireScope } from '@/lib/auth/session';
import type { CustomerSummary } from '@/lib/customers/customer-summary';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';
import { formatMoney, toDecimal } from '@/lib/money/format-money';

export const metadata: Metadata = { title: 'Overview' };

// Totals are computed over at most this many customers; beyond it the cards say so.
const SUMMARY_LIMIT = 1000;
const LOW_BALANCE_COUNT = 5;

function balancesByCurrency(customers: CustomerSummary[]) {
  const totals = new Map<string, ReturnType<typeof toDecimal>>();
  for (const { currency, balance } of customers) {
    totals.set(currency, (totals.get(currency) ?? toDecimal('0')).plus(toDecimal(balance)));
  }
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function countByStatus(customers: CustomerSummary[]) {
  const counts: Record<CustomerSummary['status'], number> = { ACTIVE: 0, PENDING: 0, SUSPENDED: 0, CLOSED: 0 };
  for (const { status } of customers) counts[status] += 1;
  return counts;
}

function lowestBalances(customers: CustomerSummary[]) {
  return customers
    .filter((customer) => customer.status !== 'CLOSED')
    .sort((a, b) => toDecimal(a.balance).comparedTo(toDecimal(b.balance)))
    .slice(0, LOW_BALANCE_COUNT);
}

export default async function PartnerOverviewPage() {
  const scope = await requireScope('partner');
  const [customers, events] = await Promise.all([
    listCustomersForPartner(scope, { pageSize: SUMMARY_LIMIT }),
    listRecentAuditEvents(scope, { limit: 10 }),
  ]);
  const complete = customers.items.length >= customers.total;
  const partialNote = `Based on the first ${customers.items.length} of ${customers.total} customers`;
  const balances = balancesByCurrency(customers.items);
  const statusCounts = countByStatus(customers.items);
  const lowest = lowestBalances(customers.items);

  return (
    <>
      <PageHeader title="Overview" description="Your customers and the latest activity in your workspace." />

      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
        <Card>
          <CardContent>
            <p className="text-sm text-muted-foreground">Customers</p>
            <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{customers.total}</p>
            <p className="mt-1 text-xs text-muted-foreground">
              {complete ? `${statusCounts.ACTIVE} active` : 'Across all statuses'}
            </p>
          </CardContent>
        </Card>

        <Card>
          <CardContent>
            <p className="text-sm text-muted-foreground">Customer balances</p>
            {balances.length === 0 ? (
              <p className="mt-1 text-2xl font-semibold tracking-tight text-muted-foreground">—</p>
            ) : (
              <ul className="mt-1 space-y-0.5">
                {balances.map(([currency, total]) => (
                  <li key={currency} className="text-2xl font-semibold tracking-tight tabular-nums">
                    {formatMoney(total, currency)}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-1 text-xs text-muted-foreground">
              {complete ? 'Sum of all balances, per currency' : partialNote}
            </p>
          </CardContent>
        </Card>

        <Card className="col-span-2 lg:col-span-1">
          <CardContent>
            <p className="text-sm text-muted-foreground">By status</p>
            <dl className="mt-2.5 grid grid-cols-2 gap-x-6 gap-y-2.5">
              {(Object.keys(statusCounts) as CustomerSummary['status'][]).map((status) => (
                <div key={status} className="flex items-center justify-between gap-2">
                  <dt>
                    <CustomerStatusBadge status={status} />
                  </dt>
                  <dd className="text-sm font-semibold tabular-nums">{statusCounts[status]}</dd>
                </div>
              ))}
            </dl>
            {complete ? null : <p className="mt-2 text-xs text-muted-foreground">{partialNote}</p>}
          </CardContent>
        </Card>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>Recent activity</CardTitle>
          </CardHeader>
          <AuditEventList events={events} viewerEmail={scope.email} />
        </Card>

        <Card className="self-start lg:col-span-2">
          <CardHeader>
            <CardTitle>Lowest balances</CardTitle>
            <CardDescription>Customers who may need a top-up soon.</CardDescription>
          </CardHeader>
          {lowest.length === 0 ? (
            <EmptyState icon={Users} title="No customers yet" description="Customer accounts will appear here once created." />
          ) : (
            <ul className="divide-y divide-border">
              {lowest.map((customer) => (
                <li key={customer.id} className="relative flex items-center justify-between gap-4 px-5 py-3 hover:bg-muted/50">
                  <div className="min-w-0">
                    <Link
                      href={`/partner/customers/${customer.id}`}
                      className="block truncate text-sm font-medium after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:after:ring-inset"
                    >
                      {customer.name}
                    </Link>
                    <p className="text-xs text-muted-foreground">{BILLING_MODEL_LABEL[customer.billingModel]}</p>
                  </div>
                  <CustomerBalance amount={customer.balance} currency={customer.currency} className="text-sm font-medium" />
                </li>
              ))}
            </ul>
          )}
          <div className="border-t border-border px-5 py-3">
            <Link
              href="/partner/customers"
              className="inline-flex items-center gap-1 rounded-sm text-sm font-medium text-accent hover:underline"
            >
              View all customers
              <ArrowRight aria-hidden="true" className="size-4" />
            </Link>
          </div>
        </Card>
      </div>
    </>
  );
}
