'use client';

import { startTransition, useActionState, useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { FileUp, LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import { importPriceListEntriesAction, type ImportFormState } from '@/app/partner/pricing/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

const EXAMPLE = `prefix,description,rate_per_minute,billing_increment,minimum_seconds,connection_fee
44,United Kingdom,0.0390,60,60,0
447,United Kingdom – mobile,0.0690,60,60,0
1,United States,0.0290,6,6,
971,United Arab Emirates,0.1490,60,60,0.02`;

/** Keep in step with MOST_CSV_BYTES on the server, which checks again. */
const MOST_FILE_BYTES = 900_000;

const TEXTAREA_CLASS =
  'min-h-28 w-full rounded-md border border-input bg-card px-3 py-2 font-mono text-xs text-foreground shadow-xs placeholder:text-muted-foreground focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none';

/** "Import CSV": a file (or pasted rows) loaded into the price list all or nothing, with every bad row listed. */
export function ImportPriceListDialog({ priceListId, priceListName }: { priceListId: string; priceListName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <FileUp aria-hidden="true" />
          Import CSV
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Import entries into {priceListName}</DialogTitle>
          <DialogDescription>
            One entry per line. A prefix already in the list is replaced by the file&apos;s row. If any row is invalid, nothing is imported and every problem is listed.
          </DialogDescription>
        </DialogHeader>
        <ImportForm priceListId={priceListId} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function ImportForm({ priceListId, onDone }: { priceListId: string; onDone: () => void }) {
  const [state, formAction, pending] = useActionState(importPriceListEntriesAction, null as ImportFormState);
  const [tooLarge, setTooLarge] = useState(false);

  const settled = useEffectEvent((result: NonNullable<ImportFormState>) => {
    if (!result.ok) return;
    toast.success(`Imported: ${result.added} added, ${result.updated} replaced${result.removed > 0 ? `, ${result.removed} removed` : ''}.`);
    onDone();
  });
  useEffect(() => {
    if (state) settled(state);
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get('file');
    const oversized = file instanceof File && file.size > MOST_FILE_BYTES;
    setTooLarge(oversized);
    if (!oversized) startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      <input type="hidden" name="priceListId" value={priceListId} />
      {tooLarge ? (
        <Alert variant="error" role="alert" title="The file is larger than 900 KB.">
          Split it and import the parts one after another.
        </Alert>
      ) : null}
      {state && !state.ok ? (
        <Alert variant="error" role="alert" title={state.formError}>
          {state.errorCount > state.rowErrors.length ? `The first ${state.rowErrors.length} are listed below.` : null}
        </Alert>
      ) : null}
      {state && !state.ok && state.rowErrors.length > 0 ? (
        <div className="max-h-56 overflow-y-auto rounded-md border border-border">
          <Table>
            <TableCaption>Problems in the file</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Where</TableHead>
                <TableHead>Problem</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.rowErrors.map((error, index) => (
                <TableRow key={`${error.row}-${error.column ?? ''}-${index}`}>
                  <TableCell className="align-top whitespace-nowrap">
                    <span className="tabular-nums">Line {error.row}</span>
                    {error.column ? <span className="block font-mono text-xs text-muted-foreground">{error.column}</span> : null}
                  </TableCell>
                  <TableCell className="align-top">{error.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      <div className="flex flex-col gap-2">
        <Label htmlFor="import-file">CSV file</Label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-foreground"
        />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="import-csv">
          Or paste the rows <span className="font-normal text-muted-foreground">(used when no file is chosen)</span>
        </Label>
        <textarea id="import-csv" name="csv" rows={4} spellCheck={false} className={TEXTAREA_CLASS} placeholder={EXAMPLE.split('\n').slice(0, 2).join('\n')} />
      </div>
      <details className="rounded-md border border-border bg-muted/40 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium">Example format</summary>
        <pre className="mt-2 overflow-x-auto font-mono text-xs leading-relaxed">{EXAMPLE}</pre>
        <p className="mt-2 text-xs text-muted-foreground">
          The header line is required. Rates and fees are in the price list&apos;s currency with up to 6 decimals. billing_increment, minimum_seconds and connection_fee may be
          left blank or out: per-minute billing, no minimum, no fee. Up to 10,000 rows per file.
        </p>
      </details>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="replace" className="mt-0.5 size-4 accent-danger" />
        <span>
          Replace the whole list
          <span className="block text-xs text-muted-foreground">Entries the file does not name are deleted, so the list becomes exactly the file.</span>
        </span>
      </label>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Importing…' : 'Import'}
        </Button>
      </DialogFooter>
    </form>
  );
}
