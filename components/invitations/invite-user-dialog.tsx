'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { LoaderCircle, UserPlus } from 'lucide-react';
import { inviteUserAction, type InviteFormState } from '@/app/partner/users/actions';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { InvitableRole } from '@/lib/invitations/invitation-rules';
import { InvitationLink } from './invitation-link';

export type RoleChoice = { role: InvitableRole; label: string; description: string };

type InviteUserDialogProps = {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description: string;
  /** One choice: the role is fixed (e.g. a customer's user); several: a radio group. */
  roles: [RoleChoice, ...RoleChoice[]];
  customerId?: string;
};

/**
 * Invites someone to set their own password. The link appears in the dialog once, with a
 * copy button; closing the dialog forgets it (the portal keeps only its hash).
 */
export function InviteUserDialog({ triggerLabel, triggerVariant, title, description, ...form }: InviteUserDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={triggerVariant}>
          <UserPlus aria-hidden="true" />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so every opening starts clean and a shown link is forgotten on close. */}
        <InviteUserForm {...form} />
      </DialogContent>
    </Dialog>
  );
}

function InviteUserForm({ roles, customerId }: Pick<InviteUserDialogProps, 'roles' | 'customerId'>) {
  const [state, formAction, pending] = useActionState<InviteFormState, FormData>(inviteUserAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-sm text-foreground">
          Invitation created for <span className="font-medium">{state.name}</span>.
        </p>
        <InvitationLink invitation={state} id="new-invitation-link" />
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </div>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      {customerId ? <input type="hidden" name="customerId" value={customerId} /> : null}
      <FormErrorSummary title="No invitation was made." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, ['name', 'email', 'role'])} />
      <FormField id="invite-name" label="Name" errors={errors.name}>
        {(aria) => <Input id="invite-name" name="name" maxLength={100} required autoComplete="off" {...aria} />}
      </FormField>
      <FormField id="invite-email" label="Email" errors={errors.email} hint="They sign in with this address.">
        {(aria) => <Input id="invite-email" name="email" type="email" inputMode="email" maxLength={254} required autoComplete="off" spellCheck={false} {...aria} />}
      </FormField>
      {roles.length === 1 ? <input type="hidden" name="role" value={roles[0].role} /> : <RoleRadios roles={roles} errors={errors.role} />}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Create invitation link
        </Button>
      </DialogFooter>
    </form>
  );
}

function RoleRadios({ roles, errors }: { roles: RoleChoice[]; errors?: string[] }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors?.length ? 'invite-role-error' : undefined}>
      <legend className="mb-2 text-sm leading-none font-medium text-foreground">Role</legend>
      {roles.map((choice, index) => (
        <label key={choice.role} className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-subtle/50 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-accent/25">
          <input type="radio" name="role" value={choice.role} defaultChecked={index === 0} className="mt-0.5 size-4 accent-accent" />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium text-foreground">{choice.label}</span>
            <span className="text-xs text-muted-foreground">{choice.description}</span>
          </span>
        </label>
      ))}
      {errors?.length ? (
        <p id="invite-role-error" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
