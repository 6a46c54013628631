'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

type ConfirmActionButtonProps = {
  /** The button's visible text and its accessible name (which should say whom it concerns). */
  label: string;
  accessibleLabel: string;
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  successMessage: string;
  action: () => Promise<{ ok: true } | { ok: false; formError: string }>;
};

/** A small button that asks before doing something consequential, and says why not when the server refuses. */
export function ConfirmActionButton({ label, accessibleLabel, icon, title, description, confirmLabel, confirmVariant = 'primary', successMessage, action }: ConfirmActionButtonProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof action>>;
      try {
        result = await action();
      } catch {
        setError('The portal did not answer. Reload the page to see whether the change was made.');
        return;
      }
      if (!result.ok) {
        setError(result.formError);
        return;
      }
      toast.success(successMessage);
      setOpen(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" aria-label={accessibleLabel} className={confirmVariant === 'danger' ? 'text-danger hover:bg-danger-subtle' : undefined}>
          {icon}
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription asChild>
            <div>{description}</div>
          </DialogDescription>
        </DialogHeader>
        {error ? (
          <Alert variant="error" role="alert" title="Nothing was changed.">
            {error}
          </Alert>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant={confirmVariant} onClick={confirm} disabled={pending}>
            {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
