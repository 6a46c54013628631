'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { LoaderCircle, RefreshCw } from 'lucide-react';
import { requestRerateAction, type PricingFormState } from '@/app/partner/pricing/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type RerateFormProps = { priceListId: string; currency: string; timeZone: string; defaultFrom: string; defaultTo: string };

/** Queues a re-rate of a period's calls with the price list as it is now. */
export function RerateForm({ priceListId, currency, timeZone, defaultFrom, defaultTo }: RerateFormProps) {
  const [state, formAction, pending] = useActionState(requestRerateAction, null as PricingFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's form reset, so the chosen dates stay after a refusal.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <input type="hidden" name="priceListId" value={priceListId} />
      {state && !state.ok && (state.formError || errors.priceListId) ? (
        <Alert variant="error" role="alert" title={state.formError ?? 'The re-rate was not queued.'}>
          {errors.priceListId?.join(' ')}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[repeat(2,minmax(0,12rem))_auto] sm:items-start sm:justify-start">
        <FormField id="rerate-from" label="First day" errors={errors.from}>
          {(aria) => <Input id="rerate-from" name="from" type="date" defaultValue={defaultFrom} required {...aria} />}
        </FormField>
        <FormField id="rerate-to" label="Last day" errors={errors.to}>
          {(aria) => <Input id="rerate-to" name="to" type="date" defaultValue={defaultTo} required {...aria} />}
        </FormField>
        <div className="flex sm:pt-6">
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <RefreshCw aria-hidden="true" />}
            {pending ? 'Queuing…' : 'Re-rate calls'}
          </Button>
        </div>
      </div>
      <p className="text-xs text-muted-foreground">
        Days in your time zone ({timeZone}), both included, at most 366. Calls of customers billed in {currency} are priced again with this list as it is now, and the usage
        charts for those days are rebuilt.
      </p>
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {state?.ok && !pending ? state.message : null}
      </p>
    </form>
  );
}
