import { readCustomerProviderData, reviveDate, type ProviderDataView } from '../customers/read-customer-provider-data.ts';
import type { CreditNote, Page } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { invoiceSourceFor } from './invoice-source.ts';
import type { CreditNoteRow, InvoiceViewerScope } from './invoice-views.ts';

export type CustomerCreditNotes =
  | { source: 'provider'; view: ProviderDataView<CreditNoteRow[]> }
  | { source: 'portal'; items: CreditNoteRow[] };

const PROVIDER_CREDIT_NOTES_PER_PAGE = 50;

function reviveCreditNotes(json: unknown): CreditNoteRow[] {
  return (json as CreditNoteRow[]).map((note) => ({ ...note, issuedAt: reviveDate(note.issuedAt) }));
}

function fromProvider(page: Page<CreditNote>): CreditNoteRow[] {
  return page.items.map((note) => ({ id: note.id, number: note.number, amount: note.total, issuedAt: note.issuedAt, reason: note.reason, invoiceNumber: null, invoiceId: null }));
}

/**
 * A customer's credit notes from whoever issues its invoices: the provider's (where its
 * API lists them; otherwise why not) or those issued in the portal against portal
 * invoices, newest first. Null when the customer is not in the caller's scope.
 */
export async function listCustomerCreditNotes(scope: InvoiceViewerScope, customerId: string): Promise<CustomerCreditNotes | null> {
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { connection: { select: { kind: true } } } });
  if (!customer) return null;
  if (invoiceSourceFor(customer.connection.kind) === 'provider') {
    const result = await readCustomerProviderData(scope, customerId, {
      capability: 'billing.creditNotes',
      cacheKey: (account) => `credit-notes:${account}`,
      fetch: async (adapter, ref) => fromProvider(await adapter.listCreditNotes(ref, { page: 1, perPage: PROVIDER_CREDIT_NOTES_PER_PAGE })),
      revive: reviveCreditNotes,
    });
    return result ? { source: 'provider', view: result.view } : null;
  }
  const notes = await db.creditNote.findMany({
    where: { customerId },
    select: { id: true, number: true, amount: true, currency: true, reason: true, issuedAt: true, invoice: { select: { id: true, number: true } } },
    orderBy: { issuedAt: 'desc' },
  });
  return {
    source: 'portal',
    items: notes.map((note) => ({
      id: note.id,
      number: note.number,
      amount: { amount: note.amount.toFixed(), currency: note.currency },
      issuedAt: note.issuedAt,
      reason: note.reason,
      invoiceNumber: note.invoice.number,
      invoiceId: note.invoice.id,
    })),
  };
}
