import type { Metadata } from 'next';
import { Phone } from 'lucide-react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { OwnNumberActions } from '@/components/self-service/own-number-actions';
import { requireScope } from '@/lib/auth/session';
import { formatMoney } from '@/lib/money/format-money';
import { getOwnNumbers } from '@/lib/self-service/get-own-numbers';

export const metadata: Metadata = { title: 'Numbers' };

export default async function CustomerNumbersPage() {
  const scope = await requireScope('customer');
  const { partnerName, numbers } = await getOwnNumbers(scope);
  const someFixed = numbers.some((number) => !number.canSetLabel || !number.canSetForwarding);

  return (
    <>
      <PageHeader title="Numbers" description={`The phone numbers ${partnerName} has given you.`} />
      <Card aria-labelledby="own-numbers-list-title">
        <CardHeader>
          <CardTitle id="own-numbers-list-title">
            {numbers.length} {numbers.length === 1 ? 'number' : 'numbers'}
          </CardTitle>
          {someFixed ? <CardDescription>Where a setting cannot be changed here, {partnerName} can change it for you.</CardDescription> : null}
        </CardHeader>
        {numbers.length === 0 ? (
          <EmptyState icon={Phone} title="No numbers yet" description={`Ask ${partnerName} for a number; it appears here once assigned.`} />
        ) : (
          <Table>
            <TableCaption>Your numbers</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Number</TableHead>
                <TableHead className="hidden md:table-cell">Forwarded to</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Monthly</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {numbers.map((number) => (
                <TableRow key={number.id}>
                  <TableCell className="min-w-40">
                    <span className="block font-mono font-medium tabular-nums">{number.number}</span>
                    {number.label ? <span className="block text-sm">{number.label}</span> : null}
                    <span className="block text-xs text-muted-foreground">
                      Since <LocalTime value={number.createdAt} format="date" />
                    </span>
                    {/* Phones show forwarding here instead of in a column of its own. */}
                    {number.forwardTo ? <span className="block text-xs text-muted-foreground md:hidden">Forwarded to {number.forwardTo}</span> : null}
                  </TableCell>
                  <TableCell className="hidden font-mono tabular-nums md:table-cell">{number.forwardTo ?? <span className="font-sans text-muted-foreground">Not forwarded</span>}</TableCell>
                  <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">
                    {number.monthlyPrice && number.currency ? formatMoney(number.monthlyPrice, number.currency) : <span className="text-muted-foreground">—</span>}
                  </TableCell>
                  <TableCell>
                    <OwnNumberActions number={number} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </>
  );
}
