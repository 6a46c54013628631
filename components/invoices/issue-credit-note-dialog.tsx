'use client';

import { useActionState, useState } from 'react';
import { LoaderCircle, ReceiptText } from 'lucide-react';
import { toast } from 'sonner';
import { issueCreditNoteAction, type CreditNoteState } from '@/app/partner/invoices/actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormErrorSummary, FormField, otherErrors } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type IssueCreditNoteProps = { invoiceId: string; invoiceNumber: string; currency: string; remainingText: string };

/** "Issue credit note" (partner admins): credits part or all of what the invoice still owes. */
export function IssueCreditNoteButton(props: IssueCreditNoteProps) {
  const [open, setOpen] = useState(false);
  // A fresh form each time the dialog opens, so old errors do not linger.
  const [opening, setOpening] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setOpening((count) => count + 1);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <ReceiptText aria-hidden="true" />
          Issue credit note
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Credit invoice {props.invoiceNumber}</DialogTitle>
          <DialogDescription>
            Up to {props.remainingText} can still be credited. The credit note is numbered and shown on the invoice and its PDF.
          </DialogDescription>
        </DialogHeader>
        <CreditNoteForm key={opening} {...props} onIssued={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CreditNoteForm({ invoiceId, currency, onIssued }: IssueCreditNoteProps & { onIssued: () => void }) {
  // Controlled, so what was typed survives a refused submission.
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [state, formAction, pending] = useActionState(async (previous: CreditNoteState, formData: FormData): Promise<CreditNoteState> => {
    let result: CreditNoteState;
    try {
      result = await issueCreditNoteAction(previous, formData);
    } catch {
      return { ok: false, fieldErrors: {}, formError: 'The portal did not answer. Check the invoice’s credit notes before trying again.' };
    }
    if (result?.ok) {
      toast.success(`Credit note ${result.creditNote.number} issued.`);
      onIssued();
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <FormErrorSummary title="The credit note was not issued." formError={state && !state.ok ? state.formError : undefined} errors={otherErrors(errors, ['amount', 'reason'])} />
      <FormField id="credit-amount" label={`Amount (${currency})`} errors={errors.amount} hint="More than zero, at most what the invoice still owes.">
        {(aria) => <Input id="credit-amount" name="amount" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} required {...aria} />}
      </FormField>
      <FormField id="credit-reason" label="Reason" errors={errors.reason} hint="Shown to the customer on the credit note.">
        {(aria) => <Input id="credit-reason" name="reason" maxLength={500} autoComplete="off" value={reason} onChange={(event) => setReason(event.target.value)} required {...aria} />}
      </FormField>
      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Issuing…' : 'Issue credit note'}
        </Button>
      </DialogFooter>
    </form>
  );
}
