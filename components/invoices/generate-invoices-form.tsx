'use client';

import { useActionState, useState } from 'react';
import { FilePlus2, LoaderCircle } from 'lucide-react';
import { generateInvoicesAction, type GenerateInvoicesState } from '@/app/partner/invoices/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { formatInvoiceMonth } from '@/lib/invoices/invoice-month';

function Outcome({ state }: { state: GenerateInvoicesState }) {
  if (!state) return null;
  if (!state.ok) {
    const messages = [state.formError, ...Object.values(state.fieldErrors).flat()].filter(Boolean);
    return (
      <Alert variant="error" role="alert" title="No invoices were generated.">
        {messages.join(' ')}
      </Alert>
    );
  }
  const { summary } = state;
  const month = formatInvoiceMonth(summary.month);
  return (
    <Alert variant={summary.failed.length > 0 ? 'error' : 'success'} role="status" title={`${month}: ${summary.created} created, ${summary.existing} already existed${summary.failed.length ? `, ${summary.failed.length} failed` : ''}.`}>
      {summary.failed.length > 0 ? (
        <ul className="mt-1 list-disc pl-4">
          {summary.failed.map((failure) => (
            <li key={failure.customerId}>
              <span className="font-medium">{failure.customerName}:</span> {failure.reason}
            </li>
          ))}
        </ul>
      ) : summary.created === 0 && summary.existing === 0 ? (
        'No customer is invoiced by the portal.'
      ) : null}
    </Alert>
  );
}

/**
 * "Generate invoices for <month>" (partner admins): the portal's invoices of one ended
 * month for every customer the portal invoices. Running it again only fills gaps.
 */
export function GenerateInvoicesForm({ defaultMonth }: { defaultMonth: string }) {
  const [month, setMonth] = useState(defaultMonth);
  const [state, formAction, pending] = useActionState(async (previous: GenerateInvoicesState, formData: FormData): Promise<GenerateInvoicesState> => {
    try {
      return await generateInvoicesAction(previous, formData);
    } catch {
      return { ok: false, fieldErrors: {}, formError: 'The portal did not answer. Invoices already made stay as they are; run it again to finish.' };
    }
  }, null);
  const valid = /^\d{4}-\d{2}$/.test(month);
  return (
    <div className="flex flex-col gap-3">
      <form action={formAction} aria-busy={pending} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="generate-month">Month</Label>
          <Input
            id="generate-month"
            name="month"
            type="month"
            max={defaultMonth}
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            required
            className="w-44"
            aria-invalid={state && !state.ok && state.fieldErrors.month ? true : undefined}
          />
        </div>
        <Button type="submit" disabled={pending || !valid}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <FilePlus2 aria-hidden="true" />}
          {pending ? 'Generating…' : `Generate invoices for ${valid ? formatInvoiceMonth(month) : 'the month'}`}
        </Button>
      </form>
      <Outcome state={state} />
    </div>
  );
}
