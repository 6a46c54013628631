'use client';

import { useState, useTransition } from 'react';
import { LoaderCircle, Trash2 } from 'lucide-react';
import { discardOnboardingAction } from '@/app/partner/customers/new/actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

/** Drops an onboarding the provider has no account for; asks first, as the customer goes with it. */
export function DiscardOnboardingButton({ customerId, customerName }: { customerId: string; customerName: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function discard() {
    startTransition(async () => {
      // On success the action redirects to a fresh wizard.
      const state = await discardOnboardingAction(customerId);
      setError(state?.formError ?? null);
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost">
          <Trash2 aria-hidden="true" />
          Discard
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Discard the onboarding of {customerName}?</DialogTitle>
          <DialogDescription>The provider has no account for this customer, so the customer is removed from the portal. This cannot be undone.</DialogDescription>
        </DialogHeader>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Keep it</Button>
          </DialogClose>
          <Button variant="danger" disabled={pending} onClick={discard}>
            {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
            Discard customer
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
