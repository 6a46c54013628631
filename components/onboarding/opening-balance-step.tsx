'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { z } from 'zod';
import { fundOpeningBalanceAction, skipOnboardingStepAction, type OnboardingActionState } from '@/app/partner/customers/new/actions';
import { FormField, otherErrors } from '@/components/ui/form-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { OnboardingView } from '@/lib/onboarding/get-onboarding-view';
import { openingBalanceSchema } from '@/lib/onboarding/onboarding-schemas';

type OpeningBalanceStepProps = { view: OnboardingView; onResult: (state: OnboardingActionState) => void };

/**
 * An optional first top-up from the partner's balance at the provider. While a funding is
 * unconfirmed the amount is fixed: "Check again" repeats that same funding (same key).
 */
export function OpeningBalanceStep({ view, onResult }: OpeningBalanceStepProps) {
  const [state, setState] = useState<OnboardingActionState>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [pending, startTransition] = useTransition();
  const inDoubt = view.fundingInDoubt;
  const errors = clientErrors ?? state?.fieldErrors ?? {};
  const unplaced = otherErrors(errors, ['amount']);

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
    if (!inDoubt) {
      const hints = openingBalanceSchema.safeParse({ amount: formData.get('amount') });
      if (!hints.success) return setClientErrors(z.flattenError(hints.error).fieldErrors as Record<string, string[]>);
    }
    setClientErrors(null);
    run(() => fundOpeningBalanceAction(view.customerId, null, formData));
  }

  const failure = view.failure;
  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
      {failure ? (
        <Alert variant={inDoubt ? 'info' : 'error'} role="alert" title={inDoubt ? 'The opening balance is not confirmed yet' : 'The opening balance was not added'}>
          {failure.message}
        </Alert>
      ) : null}
      {state?.formError && state.formError !== failure?.message ? (
        <Alert variant="error" role="alert" title={state.formError}>
          {unplaced.length > 0 ? <ul className="list-disc pl-4">{unplaced.map((message) => <li key={message}>{message}</li>)}</ul> : null}
        </Alert>
      ) : null}
      <p className="text-sm text-muted-foreground">
        Moves money from your balance at {view.connection.displayName} into {view.customerName}’s wallet, recorded in the portal’s ledger. You can also skip this and fund the wallet later.
      </p>
      <FormField
        id="opening-balance"
        label={`Opening balance (${view.currency})`}
        errors={errors.amount}
        hint={inDoubt ? 'The amount of the unconfirmed funding; it cannot change until the provider has answered.' : 'A positive amount, e.g. 25 or 25.50.'}
      >
        {(aria) => (
          <Input
            id="opening-balance"
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            className="max-w-48 tabular-nums"
            defaultValue={view.openingBalance ?? ''}
            readOnly={inDoubt}
            {...aria}
          />
        )}
      </FormField>
      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-5">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {inDoubt ? 'Check again' : 'Fund wallet'}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={() => run(() => skipOnboardingStepAction(view.customerId, 'FUND'))}>
          Skip for now
        </Button>
      </div>
    </form>
  );
}
