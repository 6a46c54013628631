'use client';

import { startTransition, useActionState, useEffect, useEffectEvent, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import type { PricingFormState } from '@/app/partner/pricing/actions';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { otherErrors } from '@/components/ui/form-field';

type PricingFormDialogProps = {
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  action: (state: PricingFormState, formData: FormData) => Promise<PricingFormState>;
  hidden: Record<string, string>;
  /** The visible fields, given the server's errors; their names, so errors of other fields still show. */
  fields: (fieldErrors: Record<string, string[]>) => ReactNode;
  fieldNames: string[];
  submitLabel: string;
  submitVariant?: ButtonVariant;
  failureTitle: string;
  className?: string;
};

/**
 * A dialog around one pricing form: submits to a server action, shows its errors beside the
 * fields, and closes with the action's confirmation. The form mounts only while the dialog
 * is open, so every opening starts from the current values.
 */
export function PricingFormDialog(props: PricingFormDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{props.trigger}</DialogTrigger>
      <DialogContent className={props.className}>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          {props.description ? (
            <DialogDescription asChild>
              <div>{props.description}</div>
            </DialogDescription>
          ) : null}
        </DialogHeader>
        <PricingForm {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function PricingForm({ action, hidden, fields, fieldNames, submitLabel, submitVariant, failureTitle, onDone }: PricingFormDialogProps & { onDone: () => void }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const unplaced = otherErrors(fieldErrors, fieldNames);

  const settled = useEffectEvent((result: NonNullable<PricingFormState>) => {
    if (result.ok) {
      toast.success(result.message);
      onDone();
      return;
    }
    // After a refusal, take keyboard and screen-reader users to the first problem.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
  useEffect(() => {
    if (state) settled(state);
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's form reset, so a refused submit keeps what was typed.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok && (state.formError || unplaced.length > 0) ? (
        <Alert variant="error" role="alert" title={state.formError ?? failureTitle}>
          {unplaced.length > 0 ? (
            <ul className="list-disc pl-4">
              {unplaced.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {fields(fieldErrors)}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" variant={submitVariant} disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
