'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { CircleCheck, LoaderCircle } from 'lucide-react';
import { setMaxTransferAmountAction, type SettingFormState } from '@/app/partner/wallet/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormField } from '@/components/ui/form-field';

/** The partner admin's cap on a single wallet funding; blank means no cap. */
export function MaxTransferForm({ maxTransferAmount, currency }: { maxTransferAmount: string | null; currency: string }) {
  const [value, setValue] = useState(maxTransferAmount ?? '');
  const [state, formAction, pending] = useActionState(setMaxTransferAmountAction, null as SettingFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex max-w-md flex-col gap-4">
      {state && !state.ok && state.formError ? (
        <Alert variant="error" role="alert" title="Not saved">
          {state.formError}
        </Alert>
      ) : null}
      <FormField
        id="max-transfer-amount"
        label="Most one funding may move"
        optional
        errors={errors.maxTransferAmount}
        hint={`In the customer's currency (your partner currency is ${currency}). Leave blank for no limit.`}
      >
        {(aria) => (
          <Input id="max-transfer-amount" name="maxTransferAmount" inputMode="decimal" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} {...aria} />
        )}
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Saving…' : 'Save limit'}
        </Button>
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {state?.ok && !pending ? (
            <span className="inline-flex items-center gap-1.5">
              <CircleCheck aria-hidden="true" className="size-4" />
              {state.message}
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
