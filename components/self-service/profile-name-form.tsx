'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { updateProfileAction, type ProfileFormState } from '@/app/customer/profile/actions';
import { Button } from '@/components/ui/button';
import { FormErrorSummary, FormField, otherErrors, SavedStatus } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

/** The user's own name; the email is shown but changed only by the partner. */
export function ProfileNameForm({ name, email }: { name: string; email: string }) {
  const [value, setValue] = useState(name);
  const [state, formAction, pending] = useActionState(updateProfileAction, null as ProfileFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex max-w-md flex-col gap-4">
      <FormErrorSummary title="Your details were not saved." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, ['name'])} />
      <FormField id="profile-name" label="Name" errors={errors.name}>
        {(aria) => <Input id="profile-name" name="name" autoComplete="name" maxLength={100} value={value} onChange={(event) => setValue(event.target.value)} {...aria} />}
      </FormField>
      <FormField id="profile-email" label="Email" hint="You sign in with this address. Your provider can change it for you.">
        {(aria) => <Input id="profile-email" type="email" value={email} readOnly className="bg-muted/60" {...aria} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Save name
        </Button>
        <SavedStatus saved={Boolean(state?.ok) && !pending} />
      </div>
    </form>
  );
}
