'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { acceptInvitationAction, type AcceptInvitationState } from '@/app/invite/[token]/actions';
import { Button } from '@/components/ui/button';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { PASSWORD_HINT } from '@/lib/users/password-rules';

/** Choose a password, typed twice; the server checks the rules and answers beside each field. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction.bind(null, token), null as AcceptInvitationState);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state?.fieldErrors ?? {};

  useEffect(() => {
    // After a refusal, take keyboard and screen-reader users to the first problem.
    if (state) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <FormErrorSummary title="Your account was not created." formError={state?.formError} errors={otherErrors(errors, ['password', 'confirmPassword'])} />
      {/* Lets password managers store the new password under the right name. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField id="invite-password" label="Password" errors={errors.password} hint={PASSWORD_HINT}>
        {(aria) => <Input id="invite-password" name="password" type="password" autoComplete="new-password" required autoFocus {...aria} />}
      </FormField>
      <FormField id="invite-confirm-password" label="Confirm password" errors={errors.confirmPassword}>
        {(aria) => <Input id="invite-confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required {...aria} />}
      </FormField>
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
