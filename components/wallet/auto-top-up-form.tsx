'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { saveAutoTopUpAction, type SettingFormState } from '@/app/partner/wallet/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Rule = { enabled: boolean; triggerBalance: string; amount: string; dailyCap: string };

const FIELDS = [
  { name: 'triggerBalance', label: 'When the balance falls below', hint: 'Checked every few minutes against the provider’s live balance.' },
  { name: 'amount', label: 'Top up by', hint: 'Sent like a staff transfer, within the per-transfer limit.' },
  { name: 'dailyCap', label: 'At most per day', hint: 'Pending and settled top-ups count; the day follows your time zone.' },
] as const;

/** Partner admins set a prepaid customer's automatic top-up. */
export function AutoTopUpForm({ customerId, currency, rule }: { customerId: string; currency: string; rule: Rule | null }) {
  const [state, formAction, pending] = useActionState(saveAutoTopUpAction.bind(null, customerId), null as SettingFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const problems = [state && !state.ok ? state.formError : null, ...otherErrors(errors, FIELDS.map((field) => field.name))].filter(Boolean);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="enabled" defaultChecked={rule?.enabled ?? true} className="size-4 accent-[var(--accent)]" />
        Top this wallet up automatically
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map((field) => (
          <FormField key={field.name} id={`auto-top-up-${field.name}`} label={`${field.label} (${currency})`} errors={errors[field.name]} hint={field.hint}>
            {(aria) => <Input id={`auto-top-up-${field.name}`} name={field.name} inputMode="decimal" autoComplete="off" defaultValue={rule?.[field.name] ?? ''} {...aria} />}
          </FormField>
        ))}
      </div>
      {problems.length > 0 ? (
        <Alert variant="error" role="alert">
          {problems.join(' ')}
        </Alert>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Save automatic top-up
        </Button>
        {state?.ok && !pending ? (
          <p role="status" className="text-sm text-muted-foreground">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
