'use client';

import { startTransition, useActionState, useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { LoaderCircle, Plus } from 'lucide-react';
import { toast } from 'sonner';
import { assignNumberAction, findAssignableNumbersAction, type AssignableNumberChoice } from '@/app/partner/numbers/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import type { AssignmentMode } from '@/lib/numbers/number-actions';
import { PORTAL_RECORD_NOTE } from '@/lib/numbers/number-actions';
import { NumberChoiceList } from './number-choice-list';
import { FormField, otherErrors } from '@/components/ui/form-field';
import { NumberSearchControls, type NumberQuery } from './number-search-controls';

export type AssignNumberTarget = {
  customerId: string;
  customerName: string;
  currency: string;
  defaultCountry: string | null;
  mode: AssignmentMode;
  providerName: string;
  portalReason: string | null;
  /** Why nothing can be assigned to this customer yet, e.g. no account at the provider. */
  unavailableReason?: string | null;
};

const FIELDS = ['number', 'monthlyPrice', 'currency', 'customerId', 'providerNumberId'];

/** "Assign number" for one customer: pick from the provider's numbers (or type one), set the monthly price, assign. */
export function AssignNumberButton(target: AssignNumberTarget) {
  const [open, setOpen] = useState(false);
  if (target.unavailableReason) {
    return (
      <Button size="sm" disabled title={target.unavailableReason} aria-description={target.unavailableReason}>
        <Plus aria-hidden="true" />
        Assign number
      </Button>
    );
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          Assign number
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Assign a number to {target.customerName}</DialogTitle>
          <DialogDescription>
            {target.mode === 'provider'
              ? `${target.providerName} assigns the number to the customer's account.`
              : target.mode === 'portal-listed'
                ? `Choose one of your numbers at ${target.providerName}.`
                : `${target.providerName} lists no numbers through its API: type the number.`}
          </DialogDescription>
        </DialogHeader>
        {target.mode !== 'provider' ? (
          <Alert variant="info" title={PORTAL_RECORD_NOTE}>
            {target.portalReason}
          </Alert>
        ) : null}
        <AssignNumberPanel {...target} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

type Picked = { number: string; providerNumberId: string; monthlyPrice: string; currency: string };
const NOTHING_PICKED: Picked = { number: '', providerNumberId: '', monthlyPrice: '', currency: '' };

function AssignNumberPanel({ customerId, currency, defaultCountry, mode, providerName, onDone }: AssignNumberTarget & { onDone: () => void }) {
  const queryClient = useQueryClient();
  // The provider's stock is searched by country; its other lists come whole.
  const [submitted, setSubmitted] = useState<NumberQuery | null>(mode === 'provider' ? (defaultCountry ? { country: defaultCountry, type: '' } : null) : { country: '', type: '' });
  const choices = useQuery({
    queryKey: ['assignable-numbers', customerId, submitted],
    queryFn: () => findAssignableNumbersAction(customerId, submitted ?? {}),
    enabled: mode !== 'portal-typed' && submitted !== null,
    gcTime: 0,
  });
  const [picked, setPicked] = useState<Picked>(NOTHING_PICKED);
  const [state, formAction, pending] = useActionState(assignNumberAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const unplaced = otherErrors(fieldErrors, FIELDS);

  const settled = useEffectEvent((result: NonNullable<typeof state>) => {
    if (result.ok) {
      toast.success(`${picked.number} assigned`);
      void queryClient.invalidateQueries({ queryKey: ['assignable-numbers'] });
      onDone();
      return;
    }
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
  useEffect(() => {
    if (state) settled(state);
  }, [state]);

  function pick(choice: AssignableNumberChoice) {
    setPicked({
      number: choice.number,
      providerNumberId: choice.providerNumberId ?? '',
      monthlyPrice: choice.monthlyPrice?.amount ?? '',
      currency: choice.monthlyPrice?.currency ?? '',
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const result = choices.data;
  const priceCurrency = picked.monthlyPrice ? picked.currency || currency : currency;
  return (
    <div className="flex flex-col gap-4">
      {mode === 'provider' ? (
        <NumberSearchControls
          idPrefix={`assign-${customerId}`}
          initial={submitted ?? { country: defaultCountry ?? '', type: '' }}
          errors={result && !result.ok ? result.fieldErrors : {}}
          searching={choices.isFetching}
          onSearch={setSubmitted}
        />
      ) : null}

      <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
        <input type="hidden" name="customerId" value={customerId} />
        <input type="hidden" name="providerNumberId" value={picked.providerNumberId} />
        <input type="hidden" name="currency" value={priceCurrency} />
        {state && !state.ok && (state.formError || unplaced.length > 0) ? (
          <Alert variant="error" role="alert" title={state.formError ?? 'The number was not assigned.'}>
            {unplaced.length > 0 ? <ul className="list-disc pl-4">{unplaced.map((message) => <li key={message}>{message}</li>)}</ul> : null}
          </Alert>
        ) : null}

        {mode !== 'portal-typed' ? (
          <NumberChoiceList
            loading={choices.isFetching}
            failed={choices.isError ? `The numbers could not be loaded from ${providerName}. Try again.` : result && !result.ok ? (result.formError ?? null) : null}
            notice={result?.ok ? result.notice : null}
            choices={result?.ok ? result.choices : null}
            selected={picked.number}
            onPick={pick}
            awaitingSearch={submitted === null}
          />
        ) : null}

        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id={`assign-number-${customerId}`} label="Number" errors={fieldErrors.number} hint="International format, e.g. +14155550100.">
            {(aria) => (
              <Input
                id={`assign-number-${customerId}`}
                name="number"
                type="tel"
                value={picked.number}
                onChange={(event) => setPicked({ ...NOTHING_PICKED, number: event.target.value })}
                autoComplete="off"
                {...aria}
              />
            )}
          </FormField>
          <FormField id={`assign-price-${customerId}`} label={`Monthly price (${priceCurrency})`} optional errors={fieldErrors.monthlyPrice ?? fieldErrors.currency} hint="What the customer pays each month; the provider’s price when left as chosen.">
            {(aria) => (
              <Input
                id={`assign-price-${customerId}`}
                name="monthlyPrice"
                inputMode="decimal"
                value={picked.monthlyPrice}
                onChange={(event) => setPicked({ ...picked, monthlyPrice: event.target.value })}
                autoComplete="off"
                {...aria}
              />
            )}
          </FormField>
        </div>

        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" disabled={pending}>
            {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
            {pending ? 'Assigning…' : 'Assign number'}
          </Button>
        </DialogFooter>
      </form>
    </div>
  );
}
