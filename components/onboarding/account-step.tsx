'use client';

import { useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { z } from 'zod';
import { retryProvisioningAction, startOnboardingAction, type OnboardingActionState } from '@/app/partner/customers/new/actions';
import { FormField, otherErrors } from '@/components/ui/form-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CountryOption } from '@/lib/onboarding/country-options';
import type { OnboardingView } from '@/lib/onboarding/get-onboarding-view';
import type { OnboardingConnectionChoice } from '@/lib/onboarding/list-onboarding-connections';
import { ONBOARDING_SCHEMAS } from '@/lib/onboarding/onboarding-schemas';
import { ACCOUNT_FIELDS } from './account-fields';
import { AccountFieldControl } from './account-field-control';
import { ConnectionChooser } from './connection-chooser';
import { DiscardOnboardingButton } from './discard-onboarding-button';

type AccountStepProps = {
  connections: OnboardingConnectionChoice[];
  /** The onboarding once its customer exists: the form then retries its create step. */
  view: OnboardingView | null;
  countries: CountryOption[];
  onResult: (state: OnboardingActionState) => void;
};

/**
 * The provider's required fields. The provider's rules run here first as hints, so a
 * mistake shows beside its field before anything is sent; the server checks them again.
 */
export function AccountStep({ connections, view, countries, onResult }: AccountStepProps) {
  const [selectedId, setSelectedId] = useState(view?.connection.id ?? (connections.length === 1 ? connections[0]!.id : ''));
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [state, setState] = useState<OnboardingActionState>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  const kind = view?.connection.kind ?? connections.find((connection) => connection.id === selectedId)?.kind;
  const fields = kind ? ACCOUNT_FIELDS[kind] : [];
  const failure = view?.failure ?? null;
  // After a lost answer the portal first looks for the account: nothing needs to be valid for that.
  const checkFirst = failure?.kind === 'unknown';
  const errors = clientErrors ?? state?.fieldErrors ?? {};
  const unplaced = otherErrors(errors, ['connectionId', ...fields.map((field) => field.name)]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [clientErrors, state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const values = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    if (!values.connectionId) return setClientErrors({ connectionId: ['Choose a connection.'] });
    if (kind && !checkFirst) {
      const schema: z.ZodType = ONBOARDING_SCHEMAS[kind];
      const hints = schema.safeParse(values);
      if (!hints.success) return setClientErrors(z.flattenError(hints.error).fieldErrors);
    }
    setClientErrors(null);
    startTransition(async () => {
      const next = view ? await retryProvisioningAction(view.customerId, null, formData) : await startOnboardingAction(null, formData);
      setState(next);
      onResult(next);
    });
  }

  const submitLabel = checkFirst ? 'Check again' : kind === 'CLIQTEL' ? 'Link account' : view ? 'Try again' : 'Create account';
  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
      {failure && failure.kind !== 'sending' ? (
        <Alert variant={checkFirst ? 'info' : 'error'} role="alert" title={checkFirst ? 'The provider did not confirm the account' : 'The account was not created'}>
          {failure.message}
        </Alert>
      ) : null}
      {failure?.kind === 'sending' ? <Alert variant="info" title="Another attempt is under way">{failure.message} Reload the page in a moment to see its outcome.</Alert> : null}
      {(state?.formError && state.formError !== failure?.message) || unplaced.length > 0 ? (
        <Alert variant="error" role="alert" title={state?.formError ?? 'Please check the form.'}>
          {unplaced.length > 0 ? <ul className="list-disc pl-4">{unplaced.map((message) => <li key={message}>{message}</li>)}</ul> : null}
        </Alert>
      ) : null}

      {view ? (
        <input type="hidden" name="connectionId" value={view.connection.id} />
      ) : (
        <ConnectionChooser connections={connections} selectedId={selectedId} onSelect={setSelectedId} errors={errors.connectionId} />
      )}

      {kind ? (
        // Keyed by provider: switching connections never carries one provider's values into another's fields.
        <fieldset key={kind} className="flex flex-col gap-5 border-t border-border pt-5">
          <legend className="float-left w-full text-sm font-semibold text-foreground">{kind === 'CLIQTEL' ? 'The customer’s Cliqtel account' : 'The customer’s account'}</legend>
          {fields.map((field) => (
            <FormField key={field.name} id={`account-${field.name}`} label={field.label} optional={field.optional} hint={field.hint} errors={errors[field.name]}>
              {(aria) => <AccountFieldControl field={field} id={`account-${field.name}`} countries={countries} defaultValue={initialValue(view, field.name)} aria={aria} />}
            </FormField>
          ))}
        </fieldset>
      ) : null}

      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-5">
        <Button type="submit" disabled={pending || !kind}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? (checkFirst ? 'Checking…' : 'Working…') : submitLabel}
        </Button>
        {view?.canDiscard ? <DiscardOnboardingButton customerId={view.customerId} customerName={view.customerName} /> : null}
        {checkFirst ? <p className="text-xs text-muted-foreground">The portal looks for the account at the provider first and creates it only if it is certainly absent.</p> : null}
      </div>
    </form>
  );
}

/** What a retry starts from: the customer as recorded; secrets (the password) are never prefilled. */
function initialValue(view: OnboardingView | null, field: string): string | undefined {
  if (!view) return undefined;
  const values: Record<string, string | null> = {
    name: view.customerName,
    email: view.email,
    phone: view.phone,
    country: view.country,
    billingModel: view.billingModel,
    currency: view.currency,
    username: view.connection.kind === 'VOIP_ACCOUNT' ? view.providerAccountId : null,
  };
  return values[field] ?? undefined;
}
