'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LoaderCircle } from 'lucide-react';
import { assignOnboardingNumberAction, skipOnboardingStepAction, type OnboardingActionState } from '@/app/partner/customers/new/actions';
import { findAssignableNumbersAction, type AssignableNumberChoice } from '@/app/partner/numbers/actions';
import { NumberChoiceList } from '@/components/numbers/number-choice-list';
import { FormField, otherErrors } from '@/components/ui/form-field';
import { NumberSearchControls, type NumberQuery } from '@/components/numbers/number-search-controls';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PORTAL_RECORD_NOTE } from '@/lib/numbers/number-actions';
import type { OnboardingView } from '@/lib/onboarding/get-onboarding-view';

type NumberStepProps = { view: OnboardingView; onResult: (state: OnboardingActionState) => void };

type Picked = { number: string; providerNumberId: string; monthlyPrice: string; currency: string };
const NOTHING_PICKED: Picked = { number: '', providerNumberId: '', monthlyPrice: '', currency: '' };
const SHOWN_FIELDS = ['number', 'monthlyPrice', 'currency', 'providerNumberId'];

/** An optional first number (DID), chosen the way the numbers pages choose one, or typed. */
export function NumberStep({ view, onResult }: NumberStepProps) {
  const { customerId, numbers } = view;
  const [query, setQuery] = useState<NumberQuery | null>(numbers.mode === 'provider' ? (view.country ? { country: view.country, type: '' } : null) : { country: '', type: '' });
  const choices = useQuery({
    queryKey: ['assignable-numbers', customerId, query],
    queryFn: () => findAssignableNumbersAction(customerId, query ?? {}),
    enabled: numbers.mode !== 'portal-typed' && query !== null,
    gcTime: 0,
  });
  const [picked, setPicked] = useState<Picked>({ ...NOTHING_PICKED, number: view.numberToAssign ?? '' });
  const [state, setState] = useState<OnboardingActionState>(null);
  const [pending, startTransition] = useTransition();
  const errors = state?.fieldErrors ?? {};
  const unplaced = otherErrors(errors, SHOWN_FIELDS);
  const result = choices.data;

  function run(action: () => Promise<OnboardingActionState>) {
    startTransition(async () => {
      const next = await action();
      setState(next);
      onResult(next);
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    run(() => assignOnboardingNumberAction(customerId, null, formData));
  }

  function pick(choice: AssignableNumberChoice) {
    setPicked({ number: choice.number, providerNumberId: choice.providerNumberId ?? '', monthlyPrice: choice.monthlyPrice?.amount ?? '', currency: choice.monthlyPrice?.currency ?? '' });
  }

  const priceCurrency = picked.monthlyPrice ? picked.currency || view.currency : view.currency;
  return (
    <div className="flex flex-col gap-5">
      {numbers.mode !== 'provider' ? <Alert title={PORTAL_RECORD_NOTE}>{numbers.portalReason}</Alert> : null}
      {view.failure ? (
        <Alert variant="error" role="alert" title="The number was not assigned">
          {view.failure.message}
        </Alert>
      ) : null}
      {numbers.mode === 'provider' ? (
        <NumberSearchControls idPrefix="onboarding-number" initial={query ?? { country: '', type: '' }} errors={result && !result.ok ? result.fieldErrors : {}} searching={choices.isFetching} onSearch={setQuery} />
      ) : null}

      <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
        <input type="hidden" name="providerNumberId" value={picked.providerNumberId} />
        <input type="hidden" name="currency" value={priceCurrency} />
        {(state?.formError && state.formError !== view.failure?.message) || unplaced.length > 0 ? (
          <Alert variant="error" role="alert" title={state?.formError ?? 'The number was not assigned.'}>
            {unplaced.length > 0 ? <ul className="list-disc pl-4">{unplaced.map((message) => <li key={message}>{message}</li>)}</ul> : null}
          </Alert>
        ) : null}
        {numbers.mode !== 'portal-typed' ? (
          <NumberChoiceList
            loading={choices.isFetching}
            failed={choices.isError ? `The numbers could not be loaded from ${view.connection.displayName}. Type the number instead, or try again.` : result && !result.ok ? (result.formError ?? null) : null}
            notice={result?.ok ? result.notice : null}
            choices={result?.ok ? result.choices : null}
            selected={picked.number}
            onPick={pick}
            awaitingSearch={query === null}
          />
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="onboarding-number" label="Number" errors={errors.number} hint="International format, e.g. +14155550100.">
            {(aria) => (
              <Input id="onboarding-number" name="number" type="tel" autoComplete="off" value={picked.number} onChange={(event) => setPicked({ ...NOTHING_PICKED, number: event.target.value })} {...aria} />
            )}
          </FormField>
          <FormField id="onboarding-number-price" label={`Monthly price (${priceCurrency})`} optional errors={errors.monthlyPrice ?? errors.currency} hint="What the customer pays each month; the provider’s price when left as chosen.">
            {(aria) => (
              <Input id="onboarding-number-price" name="monthlyPrice" inputMode="decimal" autoComplete="off" value={picked.monthlyPrice} onChange={(event) => setPicked({ ...picked, monthlyPrice: event.target.value })} {...aria} />
            )}
          </FormField>
        </div>
        <div className="flex flex-wrap items-center gap-3 border-t border-border pt-5">
          <Button type="submit" disabled={pending}>
            {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
            Assign number
          </Button>
          <Button variant="ghost" disabled={pending} onClick={() => run(() => skipOnboardingStepAction(customerId, 'ASSIGN_NUMBER'))}>
            Skip for now
          </Button>
        </div>
      </form>
    </div>
  );
}
