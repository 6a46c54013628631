'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { LoaderCircle, Plus } from 'lucide-react';
import { createPartnerAction, type NewPartnerFormState } from '@/app/admin/partners/actions';
import { InvitationLink } from '@/components/invitations/invitation-link';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { SLUG_MAX_LENGTH, slugFromName } from '@/lib/partners/partner-input';
import { NativeSelect } from './native-select';

type Choice = { value: string; label: string };

type NewPartnerFormProps = { currencies: Choice[]; timeZones: string[] };

const FIELDS = ['name', 'slug', 'currency', 'timeZone', 'adminName', 'adminEmail'];

/** Creating a partner, then its first admin's invitation link, shown once. "Create another" starts a fresh form. */
export function NewPartnerForm(props: NewPartnerFormProps) {
  const [round, setRound] = useState(0);
  return <NewPartnerRound key={round} {...props} onAnother={() => setRound(round + 1)} />;
}

function NewPartnerRound({ currencies, timeZones, onAnother }: NewPartnerFormProps & { onAnother: () => void }) {
  const [state, formAction, pending] = useActionState<NewPartnerFormState, FormData>(createPartnerAction, null);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  // The slug follows the name until someone edits it by hand.
  const [slugEdited, setSlugEdited] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => {
    // After a refusal, take keyboard and screen-reader users to the first problem.
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state?.ok) return <PartnerCreated state={state} onAnother={onAnother} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's form reset, so a refused submit keeps what was typed.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
      <FormErrorSummary title="The partner was not created." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, FIELDS)} />

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="partner-name" label="Name" errors={errors.name} hint="The reseller’s trading name, as its staff will see it.">
          {(aria) => (
            <Input
              id="partner-name"
              name="name"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                if (!slugEdited) setSlug(slugFromName(event.target.value));
              }}
              maxLength={100}
              required
              autoComplete="off"
              {...aria}
            />
          )}
        </FormField>
        <FormField id="partner-slug" label="Slug" errors={errors.slug} hint="Short unique name: lowercase letters, digits and dashes. Made from the name unless you change it.">
          {(aria) => (
            <Input
              id="partner-slug"
              name="slug"
              value={slug}
              onChange={(event) => {
                setSlug(event.target.value);
                setSlugEdited(event.target.value !== '');
              }}
              maxLength={SLUG_MAX_LENGTH}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              {...aria}
            />
          )}
        </FormField>
        <FormField id="partner-currency" label="Currency" errors={errors.currency} hint="The partner’s own currency (ISO 4217); customers may bill in others.">
          {(aria) => (
            <NativeSelect id="partner-currency" name="currency" defaultValue="" required {...aria}>
              <option value="" disabled>
                Choose a currency
              </option>
              {currencies.map((currency) => (
                <option key={currency.value} value={currency.value}>
                  {currency.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField id="partner-time-zone" label="Time zone" errors={errors.timeZone} hint="Its business day: usage days and invoice months follow it.">
          {(aria) => (
            <NativeSelect id="partner-time-zone" name="timeZone" defaultValue="" required {...aria}>
              <option value="" disabled>
                Choose a time zone
              </option>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </div>

      <fieldset className="flex flex-col gap-5 border-t border-border pt-5">
        <legend className="float-left w-full text-sm font-semibold text-foreground">First partner admin</legend>
        <p className="-mt-2 text-sm text-muted-foreground">They get an invitation link to set their own password; they then invite their colleagues.</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="partner-admin-name" label="Name" errors={errors.adminName}>
            {(aria) => <Input id="partner-admin-name" name="adminName" maxLength={100} required autoComplete="off" {...aria} />}
          </FormField>
          <FormField id="partner-admin-email" label="Email" errors={errors.adminEmail}>
            {(aria) => <Input id="partner-admin-email" name="adminEmail" type="email" inputMode="email" maxLength={254} required autoComplete="off" spellCheck={false} {...aria} />}
          </FormField>
        </div>
      </fieldset>

      <div className="flex items-center gap-3 border-t border-border pt-5">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Creating…' : 'Create partner'}
        </Button>
      </div>
    </form>
  );
}

function PartnerCreated({ state, onAnother }: { state: Extract<NonNullable<NewPartnerFormState>, { ok: true }>; onAnother: () => void }) {
  return (
    <div className="flex flex-col gap-5">
      <Alert variant="success" role="status" title={`${state.name} was created`}>
        {state.invitation ? 'Copy the admin’s invitation link now: it is not shown again.' : null}
      </Alert>
      {state.invitation ? <InvitationLink invitation={state.invitation} id="partner-admin-invitation-link" /> : null}
      {state.invitationError ? (
        <Alert variant="error" role="alert" title="No invitation was made">
          {state.invitationError}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-2 border-t border-border pt-5">
        <Link href={`/admin/partners/${state.partnerId}`} className={buttonVariants()}>
          Open {state.name}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          <Plus aria-hidden="true" />
          Create another
        </Button>
      </div>
    </div>
  );
}
