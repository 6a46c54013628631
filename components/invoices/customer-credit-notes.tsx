import type { CustomerCreditNotes as CustomerCreditNotesData } from '@/lib/invoices/list-customer-credit-notes';
import { CreditNotesTable } from './credit-notes-table';
import { ProviderReadStatus, type InvoiceAudience } from './provider-read-status';

/** A customer's credit notes from whichever source issues them, or why there are none to show. */
export function CustomerCreditNotes({ notes, audience, invoiceHref }: { notes: CustomerCreditNotesData; audience: InvoiceAudience; invoiceHref?: (invoiceId: string) => string }) {
  const none = <p className="text-sm text-muted-foreground">No credit notes.</p>;
  if (notes.source === 'portal') return notes.items.length === 0 ? none : <CreditNotesTable notes={notes.items} invoiceHref={invoiceHref} />;
  const { view } = notes;
  const items = view.kind === 'data' ? view.data : null;
  return (
    <div className="space-y-3">
      <div className="empty:hidden">
        <ProviderReadStatus view={view} what="credit notes" audience={audience} />
      </div>
      {items && items.length === 0 ? none : null}
      {items && items.length > 0 ? <CreditNotesTable notes={items} /> : null}
    </div>
  );
}
