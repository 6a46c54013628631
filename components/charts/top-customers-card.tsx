import Link from 'next/link';
import { Users } from 'lucide-react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/format-money';
import type { TopCustomers } from '@/lib/usage/charts/get-top-customers';
import { marginPercent } from '@/lib/usage/charts/percent-change';
import { formatCount, formatMinutes } from './usage-format';

type TopCustomersCardProps = {
  top: TopCustomers;
  /** Where a customer's name leads: this page filtered to them. */
  hrefFor: (customerId: string) => string;
};

/** The customers with the most revenue in the period, one table per currency. */
export function TopCustomersCard({ top, hrefFor }: TopCustomersCardProps) {
  const empty = top.every((group) => group.customers.length === 0);
  return (
    <Card className="overflow-hidden">
      <CardHeader>
        <CardTitle>Top customers</CardTitle>
        <CardDescription>By revenue in this period. Choose a customer to see their charts.</CardDescription>
      </CardHeader>
      {empty ? (
        <EmptyState icon={Users} title="No customer usage in this period" description="Customers appear here once they have made calls in the chosen days." className="py-8" />
      ) : (
        top.map((group) => (
          <Table key={group.currency}>
            <TableCaption>Top customers by revenue in {group.currency}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Customer{top.length > 1 ? ` (${group.currency})` : ''}</TableHead>
                <TableHead className="text-right">Revenue</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Cost</TableHead>
                <TableHead className="text-right">Margin</TableHead>
                <TableHead className="text-right">Minutes</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Calls</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {group.customers.map((customer) => {
                const money = customer.money[0]!;
                const share = marginPercent(money.sell, money.margin ?? '0');
                return (
                  <TableRow key={customer.customerId} className="hover:bg-muted/50">
                    <TableHead scope="row" className="max-w-56 font-normal">
                      <Link href={hrefFor(customer.customerId)} className="block truncate font-medium text-foreground hover:text-accent hover:underline">
                        {customer.name}
                      </Link>
                    </TableHead>
                    <TableCell className="text-right whitespace-nowrap tabular-nums">{formatMoney(money.sell, money.currency)}</TableCell>
                    <TableCell className="hidden text-right whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">{formatMoney(money.cost ?? '0', money.currency)}</TableCell>
                    <TableCell className="text-right whitespace-nowrap tabular-nums">
                      {formatMoney(money.margin ?? '0', money.currency)}
                      {share === null ? null : <span className="block text-xs text-muted-foreground">{share}%</span>}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatMinutes(customer.minutes)}</TableCell>
                    <TableCell className="hidden text-right tabular-nums sm:table-cell">{formatCount(customer.calls)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        ))
      )}
    </Card>
  );
}
