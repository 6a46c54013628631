'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { CircleCheck, LoaderCircle } from 'lucide-react';
import { changePasswordAction, type ProfileFormState } from '@/app/customer/profile/actions';
import { Button } from '@/components/ui/button';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { PASSWORD_HINT } from '@/lib/users/password-rules';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

/** Current password, then the new one twice; the server answers beside each field. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, null as ProfileFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => {
    if (!state) return;
    // A changed password must not linger in the fields; after a refusal, go to the first problem.
    if (state.ok) formRef.current?.reset();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex max-w-md flex-col gap-4">
      <FormErrorSummary title="Your password was not changed." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, FIELDS)} />
      {/* Lets password managers store the new password under the right name. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField id="current-password" label="Current password" errors={errors.currentPassword}>
        {(aria) => <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required {...aria} />}
      </FormField>
      <FormField id="new-password" label="New password" errors={errors.newPassword} hint={PASSWORD_HINT}>
        {(aria) => <Input id="new-password" name="newPassword" type="password" autoComplete="new-password" required {...aria} />}
      </FormField>
      <FormField id="confirm-password" label="Confirm new password" errors={errors.confirmPassword}>
        {(aria) => <Input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required {...aria} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Change password
        </Button>
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {state?.ok && !pending ? (
            <span className="inline-flex items-center gap-1.5">
              <CircleCheck aria-hidden="true" className="size-4" />
              Password changed. Use it next time you sign in.
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
