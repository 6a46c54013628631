'use client';

import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { assignNumberAction, findCustomersForNumbersAction } from '@/app/partner/numbers/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/ui/cn';
import { NumberActionDialog } from './number-action-dialog';
import { FormField } from '@/components/ui/form-field';

type AssignToCustomerProps = {
  connectionId: string;
  connectionLabel: string;
  number: string;
  monthlyPrice: { amount: string; currency: string } | null;
  /** Shown above the form for numbers the portal records itself. */
  portalNote: string | null;
};

/** "Assign…" on a number of the inventory or the search: pick one of the connection's customers, then assign. */
export function AssignToCustomerButton({ connectionId, connectionLabel, number, monthlyPrice, portalNote }: AssignToCustomerProps) {
  return (
    <NumberActionDialog
      trigger={
        <Button size="sm" variant="secondary" aria-label={`Assign ${number}`}>
          <UserPlus aria-hidden="true" />
          Assign…
        </Button>
      }
      title={`Assign ${number}`}
      description={portalNote ?? `Choose a customer on ${connectionLabel}.`}
      action={assignNumberAction}
      hidden={{ number, currency: monthlyPrice?.currency ?? '' }}
      fieldNames={['customerId', 'number', 'monthlyPrice', 'currency']}
      fields={(errors) => (
        <>
          <CustomerPicker connectionId={connectionId} connectionLabel={connectionLabel} errors={errors.customerId} />
          {errors.number ? (
            <ul className="text-sm text-danger">
              {errors.number.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
          <FormField id={`price-${number}`} label={`Monthly price${monthlyPrice ? ` (${monthlyPrice.currency})` : ''}`} optional errors={errors.monthlyPrice ?? errors.currency} hint="What the customer pays each month; the provider’s price unless changed.">
            {(aria) => <Input id={`price-${number}`} name="monthlyPrice" inputMode="decimal" defaultValue={monthlyPrice?.amount ?? ''} autoComplete="off" {...aria} />}
          </FormField>
        </>
      )}
      submitLabel="Assign number"
      successMessage={`${number} assigned`}
      failureTitle="The number was not assigned."
    />
  );
}

function CustomerPicker({ connectionId, connectionLabel, errors }: { connectionId: string; connectionLabel: string; errors?: string[] }) {
  const [term, setTerm] = useState('');
  const deferredTerm = useDeferredValue(term);
  const [chosen, setChosen] = useState('');
  const customers = useQuery({
    queryKey: ['number-customers', connectionId, deferredTerm],
    queryFn: () => findCustomersForNumbersAction(connectionId, deferredTerm),
  });
  const id = `customer-search-${connectionId}`;
  return (
    <FormField id={id} label="Customer" errors={errors} hint={`Customers on ${connectionLabel}; type to narrow the list.`}>
      {(aria) => (
        <div className="flex flex-col gap-2">
          <Input id={id} type="search" value={term} onChange={(event) => setTerm(event.target.value)} placeholder="Name or email" autoComplete="off" {...aria} />
          <div role="radiogroup" aria-label="Customers" className="flex max-h-48 flex-col gap-1 overflow-y-auto">
            {customers.data?.length === 0 ? <p className="text-sm text-muted-foreground">No customer matches.</p> : null}
            {customers.data?.map((customer) => (
              <label key={customer.id} className={cn('flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-1.5 text-sm hover:bg-muted/60', chosen === customer.id && 'border-accent bg-accent-subtle')}>
                <input type="radio" name="customerId" value={customer.id} checked={chosen === customer.id} onChange={() => setChosen(customer.id)} className="size-4 accent-accent" />
                <span className="font-medium">{customer.name}</span>
                <span className="truncate text-muted-foreground">{customer.email}</span>
              </label>
            ))}
          </div>
        </div>
      )}
    </FormField>
  );
}
