'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { LoaderCircle, UserPlus } from 'lucide-react';
import { invitePartnerAdminAction, type InviteAdminFormState } from '@/app/admin/partners/actions';
import { InvitationLink } from '@/components/invitations/invitation-link';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

/**
 * Invites a partner admin (e.g. when the first admin's link expired or was lost). The link
 * appears in the dialog once; closing the dialog forgets it.
 */
export function InvitePartnerAdminDialog({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <UserPlus aria-hidden="true" />
          Invite admin
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite an admin to {partnerName}</DialogTitle>
          <DialogDescription>They set their own password through the link. A new link to the same address replaces an earlier one.</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so every opening starts clean and a shown link is forgotten on close. */}
        <InviteForm partnerId={partnerId} />
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({ partnerId }: { partnerId: string }) {
  const [state, formAction, pending] = useActionState<InviteAdminFormState, FormData>(invitePartnerAdminAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <InvitationLink invitation={state.invitation} id="admin-invitation-link" />
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
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <input type="hidden" name="partnerId" value={partnerId} />
      <FormErrorSummary title="No invitation was made." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, ['name', 'email'])} />
      <FormField id="invite-admin-name" label="Name" errors={errors.name}>
        {(aria) => <Input id="invite-admin-name" name="name" maxLength={100} required autoComplete="off" {...aria} />}
      </FormField>
      <FormField id="invite-admin-email" label="Email" errors={errors.email}>
        {(aria) => <Input id="invite-admin-email" name="email" type="email" inputMode="email" maxLength={254} required autoComplete="off" spellCheck={false} {...aria} />}
      </FormField>
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
