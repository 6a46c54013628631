import { Phone } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { formatMoney } from '@/lib/money/format-money';
import { getCustomerNumbersView, type CustomerNumbersView } from '@/lib/numbers/get-customer-numbers-view';
import { AssignNumberButton } from './assign-number-dialog';
import { NumberRowActions } from './number-row-actions';
import { RecordedInBadge } from './recorded-in-badge';

/**
 * The customer's numbers (DIDs) with assign, label, forwarding and unassign where the
 * provider allows them; where it does not, the reason is shown. Reads only the portal's
 * records, so it never waits for a provider.
 */
export async function CustomerNumbersCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerNumbersView(scope, customerId);
  if (!view) return null;
  const { customer, connection, numbers } = view;
  const unavailableReason =
    view.mode === 'provider' && !customer.hasProviderAccount ? `${customer.name} has no account at ${connection.providerName} yet, so it cannot assign a number.` : null;
  return (
    <Card aria-labelledby={`numbers-${customer.id}`}>
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle id={`numbers-${customer.id}`}>Numbers</CardTitle>
          <CardDescription>
            {connection.label} · {view.mode === 'provider' ? `assigned at ${connection.providerName}` : `recorded in the portal: ${connection.providerName}'s API cannot assign numbers`}
          </CardDescription>
        </div>
        <AssignNumberButton
          customerId={customer.id}
          customerName={customer.name}
          currency={customer.currency}
          defaultCountry={customer.country}
          mode={view.mode}
          providerName={connection.providerName}
          portalReason={view.portalReason}
          unavailableReason={unavailableReason}
        />
      </CardHeader>
      {unavailableReason ? <CardContent className="border-b border-border text-sm text-muted-foreground">{unavailableReason}</CardContent> : null}
      {numbers.length === 0 ? (
        <EmptyState icon={Phone} title="No numbers yet" description={`Numbers assigned to ${customer.name} appear here and on their invoices.`} className="py-8" />
      ) : (
        <>
          <Table>
            <TableCaption>Numbers of {customer.name}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Number</TableHead>
                <TableHead className="hidden md:table-cell">Label</TableHead>
                <TableHead className="hidden md:table-cell">Forwarding</TableHead>
                <TableHead className="text-right">Monthly</TableHead>
                <TableHead className="hidden sm:table-cell">Recorded</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {numbers.map((number) => (
                <TableRow key={number.id}>
                  <TableCell>
                    <span className="font-mono font-medium tabular-nums">{number.number}</span>
                    <span className="block text-xs text-muted-foreground">
                      Since <LocalTime value={number.createdAt} format="date" />
                    </span>
                  </TableCell>
                  <TableCell className="hidden md:table-cell">{number.label ?? <span className="text-muted-foreground">—</span>}</TableCell>
                  <TableCell className="hidden font-mono tabular-nums md:table-cell">{number.forwardTo ?? <span className="font-sans text-muted-foreground">—</span>}</TableCell>
                  <TableCell className="text-right whitespace-nowrap tabular-nums">
                    {number.monthlyPrice && number.currency ? formatMoney(number.monthlyPrice, number.currency) : <span className="text-muted-foreground">—</span>}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    <RecordedInBadge recordedIn={number.recordedIn} />
                  </TableCell>
                  <TableCell>
                    <NumberRowActions number={number} customerName={customer.name} providerName={connection.providerName} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <UnavailableReasons numbers={numbers} />
        </>
      )}
    </Card>
  );
}

/** Disabled buttons cannot show a tooltip everywhere: say once, in words, why an action is missing. */
function UnavailableReasons({ numbers }: { numbers: CustomerNumbersView['numbers'] }) {
  const reasons = new Map<string, Set<string>>();
  for (const { actions } of numbers) {
    for (const [name, availability] of [['Labels', actions.label], ['Forwarding', actions.forwarding]] as const) {
      if (availability.available) continue;
      const texts = reasons.get(name) ?? new Set<string>();
      reasons.set(name, texts.add(availability.reason));
    }
  }
  if (reasons.size === 0) return null;
  return (
    <CardContent className="border-t border-border">
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {[...reasons].flatMap(([name, texts]) =>
          [...texts].map((text) => (
            <li key={`${name}:${text}`}>
              <span className="font-medium text-foreground">{name} unavailable:</span> {text}
            </li>
          )),
        )}
      </ul>
    </CardContent>
  );
}
