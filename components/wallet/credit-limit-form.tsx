'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { setCreditLimitAction, type SettingFormState } from '@/app/partner/wallet/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormField, otherErrors } from '@/components/ui/form-field';

/** Partner admins change a postpaid customer's credit limit; the result says where it was recorded. */
export function CreditLimitForm({ customerId, currency, creditLimit, hint }: { customerId: string; currency: string; creditLimit: string; hint: string }) {
  const [value, setValue] = useState(creditLimit);
  const [state, formAction, pending] = useActionState(setCreditLimitAction.bind(null, customerId), null as SettingFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const problems = [state && !state.ok ? state.formError : null, ...otherErrors(errors, ['creditLimit'])].filter(Boolean);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <FormField id={`credit-limit-${customerId}`} label={`Credit limit (${currency})`} errors={errors.creditLimit} hint={hint}>
        {(aria) => (
          <div className="flex gap-2">
            <Input id={`credit-limit-${customerId}`} name="creditLimit" inputMode="decimal" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} className="max-w-40" {...aria} />
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
              Save limit
            </Button>
          </div>
        )}
      </FormField>
      {problems.length > 0 ? (
        <Alert variant="error" role="alert">
          {problems.join(' ')}
        </Alert>
      ) : null}
      {state?.ok && !pending ? (
        <p role="status" className="text-sm text-muted-foreground">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
