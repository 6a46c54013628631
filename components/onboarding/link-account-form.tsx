'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { linkOnboardingAccountAction, type OnboardingActionState } from '@/app/partner/customers/new/actions';
import { FormField } from '@/components/ui/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { OnboardingView } from '@/lib/onboarding/get-onboarding-view';

/**
 * The way out when an unconfirmed create left an account the portal cannot look up: the
 * account's own API key proves it is this customer's, and is stored encrypted.
 */
export function LinkAccountForm({ view, onResult }: { view: OnboardingView; onResult: (state: OnboardingActionState) => void }) {
  const [state, setState] = useState<OnboardingActionState>(null);
  const [pending, startTransition] = useTransition();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await linkOnboardingAccountAction(view.customerId, null, formData);
      setState(next);
      onResult(next);
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4 rounded-lg border border-border bg-muted/40 p-4">
      <p className="text-sm text-foreground">
        Link account <span className="font-mono">{view.providerAccountId}</span> with its API key
      </p>
      <FormField
        id="link-api-key"
        label="The account’s API key"
        errors={state?.fieldErrors.apiKey ?? (state?.formError ? [state.formError] : undefined)}
        hint={`Ask ${view.connection.displayName} for the account’s password (password recovery sends it to ${view.email}), then get its API key. It is stored encrypted.`}
      >
        {(aria) => <Input id="link-api-key" name="apiKey" type="password" autoComplete="off" spellCheck={false} {...aria} />}
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Link account
        </Button>
      </div>
    </form>
  );
}
