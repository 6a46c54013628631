import Link from 'next/link';
import { ArrowRight, Phone } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { listCustomerNumbers, type CustomerScope } from '@/lib/numbers/list-customer-numbers';

const SHOWN = 4;

/** How many numbers the customer has, the first few, and the way to manage them. */
export async function OwnNumbersSummary({ scope, partnerName }: { scope: CustomerScope; partnerName: string }) {
  const numbers = await listCustomerNumbers(scope, scope.customerId);
  return (
    <Card aria-labelledby="own-numbers-title" className="h-full">
      <CardHeader className="flex-row items-center justify-between gap-2">
        <CardTitle id="own-numbers-title">Active numbers</CardTitle>
        <span className="text-2xl font-semibold tracking-tight tabular-nums" aria-label={`${numbers.length} numbers`}>
          {numbers.length}
        </span>
      </CardHeader>
      {numbers.length === 0 ? (
        <EmptyState icon={Phone} title="No numbers yet" description={`Numbers ${partnerName} gives you appear here.`} className="py-6" />
      ) : (
        <CardContent className="flex flex-col gap-3">
          <ul className="flex flex-col divide-y divide-border">
            {numbers.slice(0, SHOWN).map((number) => (
              <li key={number.id} className="flex items-baseline justify-between gap-3 py-2 first:pt-0">
                <span className="font-mono text-sm font-medium tabular-nums">{number.number}</span>
                <span className="truncate text-sm text-muted-foreground">{number.label ?? ''}</span>
              </li>
            ))}
          </ul>
          <Link href="/customer/numbers" className="inline-flex items-center gap-1 self-start rounded-sm text-sm font-medium text-accent hover:underline">
            {numbers.length > SHOWN ? `All ${numbers.length} numbers` : 'Manage numbers'}
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </CardContent>
      )}
    </Card>
  );
}
