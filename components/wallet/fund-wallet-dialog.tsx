'use client';

import { startTransition, useActionState, useCallback, useState, type FormEvent } from 'react';
import { LoaderCircle, WalletCards } from 'lucide-react';
import { toast } from 'sonner';
import { fundWalletAction, type FundWalletState } from '@/app/partner/wallet/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import type { FundingView } from '@/lib/wallet/funding-view';
import { FormField, otherErrors } from '@/components/ui/form-field';

type FundWalletProps = { customerId: string; customerName: string; currency: string };

/** "Fund wallet": a dialog that transfers balance from the partner to this customer. */
export function FundWalletButton(props: FundWalletProps) {
  const [open, setOpen] = useState(false);
  // A new form (and with it a new idempotency key) for every opening of the dialog.
  const [opening, setOpening] = useState(0);
  const close = useCallback(() => setOpen(false), []);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setOpening((count) => count + 1);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <WalletCards aria-hidden="true" />
          Fund wallet
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Fund {props.customerName}&apos;s wallet</DialogTitle>
          <DialogDescription>Moves balance from your partner account to this customer at the provider, in {props.currency}.</DialogDescription>
        </DialogHeader>
        <FundWalletForm key={opening} {...props} onSettled={close} />
      </DialogContent>
    </Dialog>
  );
}

/** randomUUID exists only in secure contexts; a portal reached over plain HTTP on a LAN still needs a key. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const NO_ANSWER: FundWalletState = {
  ok: false,
  fieldErrors: {},
  formError: 'The portal did not answer. The transfer may have been recorded: submit again to check — it is never sent twice.',
};

function FundWalletForm({ customerId, customerName, currency, onSettled }: FundWalletProps & { onSettled: () => void }) {
  // Made once per opening and sent with every retry, so a double click or a retry after a
  // timeout finds the first transfer instead of making a second.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  function announce(outcome: FundingView, money: string) {
    if (outcome.status === 'SETTLED') {
      toast.success(`Transferred ${money} to ${customerName}.`);
      onSettled();
    } else if (outcome.status === 'PENDING') {
      toast.info(`The provider has not confirmed the transfer of ${money} yet.`);
    } else {
      toast.error(`The transfer of ${money} did not go through.`);
      // That transfer is over: a corrected one is a new request with a key of its own.
      setIdempotencyKey(newIdempotencyKey());
    }
  }

  const [state, formAction, pending] = useActionState(async (previous: FundWalletState, formData: FormData) => {
    let result: FundWalletState;
    try {
      result = await fundWalletAction(previous, formData);
    } catch {
      return NO_ANSWER;
    }
    if (result?.ok) announce(result.funding, result.amountText ?? `${result.funding.amount} ${result.funding.currency}`);
    return result;
  }, null);
  const funding = state?.ok ? state.funding : null;
  const awaitingProvider = funding?.status === 'PENDING';
  const errors = state && !state.ok ? state.fieldErrors : {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const formProblems = [state && !state.ok ? state.formError : null, ...otherErrors(errors, ['amount', 'description'])].filter((message): message is string => Boolean(message));

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {formProblems.length > 0 ? (
        <Alert variant="error" role="alert" title="The transfer was not made.">
          {formProblems.join(' ')}
        </Alert>
      ) : null}
      {funding && funding.status === 'PENDING' ? (
        <Alert variant="info" role="status" title="The provider did not confirm yet">
          The transfer of {state?.ok ? state.amountText : null} is recorded as pending; it will be reconciled with the provider — settled if the provider has it,
          otherwise reversed. Checking again never sends it twice.
        </Alert>
      ) : null}
      {funding && (funding.status === 'FAILED' || funding.status === 'REVERSED') ? (
        <Alert variant="error" role="alert" title={funding.status === 'FAILED' ? 'The provider refused the transfer' : 'The transfer was reversed'}>
          {funding.lastError ?? 'No money was moved.'}
        </Alert>
      ) : null}

      <FormField id="fund-amount" label={`Amount (${currency})`} errors={errors.amount} hint="A positive amount, e.g. 25.00.">
        {(aria) => (
          <Input
            id="fund-amount"
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            readOnly={awaitingProvider}
            required
            {...aria}
          />
        )}
      </FormField>
      <FormField id="fund-description" label="Note" optional errors={errors.description} hint="Shown in the provider's transaction history.">
        {(aria) => (
          <Input
            id="fund-description"
            name="description"
            maxLength={200}
            autoComplete="off"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            readOnly={awaitingProvider}
            {...aria}
          />
        )}
      </FormField>

      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Transferring…' : awaitingProvider ? 'Check again' : 'Transfer'}
        </Button>
      </DialogFooter>
    </form>
  );
}
