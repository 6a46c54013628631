import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowRight, Users } from 'lucide-react';
import { AuditEventList } from '@/components/audit/audit-event-list';
import { CUSTOMER_STATUS_LABEL } from '@/components/customers/customer-labels';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { buttonVariants } from '@/components/ui/button';
import { listRecentAuditEvents } from '@/lib/audit/list-audit-events';
import { requireScope } from '@/lib/auth/session';
import type { CustomerSummary } from '@/lib/customers/customer-summary';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';
import { formatMoney, toDecimal } from '@/lib/money/format-money';

export const metadata: Metadata = { title: 'Overview' };

// Totals are summed over at most this many customers; beyond it the card says so.
const SUMMARY_LIMIT = 1000;

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

export default async function PartnerOverviewPage() {
  const scope = await requireScope('partner');
  const [customers, events] = await Promise.all([
    listCustomersForPartner(scope, { pageSize: SUMMARY_LIMIT }),
    listRecentAuditEvents(scope, { limit: 10 }),
  ]);
  const complete = customers.items.length >= customers.total;
  const balances = balancesByCurrency(customers.items);
  const statusCounts = countByStatus(customers.items);

  return (
    <>
      <PageHeader title="Overview" description="Your customers and the latest activity in your workspace." />

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
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
              {complete
                ? 'Sum of all balances, per currency'
                : `Sum over the first ${customers.items.length} of ${customers.total} customers`}
            </p>
          </CardContent>
        </Card>

        <Card className="sm:col-span-2 lg:col-span-1">
          <CardContent>
            <p className="text-sm text-muted-foreground">By status</p>
            <dl className="mt-2 grid grid-cols-4 gap-2">
              {(Object.keys(statusCounts) as CustomerSummary['status'][]).map((status) => (
                <div key={status}>
                  <dt className="text-xs text-muted-foreground">{CUSTOMER_STATUS_LABEL[status]}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{statusCounts[status]}</dd>
                </div>
              ))}
            </dl>
            {complete ? null : (
              <p className="mt-1 text-xs text-muted-foreground">Of the first {customers.items.length} customers</p>
            )}
          </CardContent>
        </Card>
      </div>

      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader className="flex-row items-center justify-between">
            <CardTitle>Recent activity</CardTitle>
          </CardHeader>
          <AuditEventList events={events} viewerEmail={scope.email} />
        </Card>

        <Card className="self-start">
          <CardHeader>
            <CardTitle>Customers</CardTitle>
          </CardHeader>
          {customers.total === 0 ? (
            <EmptyState
              icon={Users}
              title="No customers yet"
              description="Customer accounts you create will be listed here."
            />
          ) : (
            <CardContent className="flex flex-col gap-3">
              <p className="text-sm text-muted-foreground">
                Search accounts, check balances and see which provider each customer runs on.
              </p>
              <Link href="/partner/customers" className={buttonVariants({ variant: 'secondary', className: 'self-start' })}>
                View all customers
                <ArrowRight aria-hidden="true" />
              </Link>
            </CardContent>
          )}
        </Card>
      </div>
    </>
  );
}
