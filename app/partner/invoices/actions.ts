'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { assertPartnerAdmin, NotAllowed } from '@/lib/auth/require-partner-admin';
import { requireScope } from '@/lib/auth/session';
import { generateMonthlyInvoices, type InvoiceRunSummary } from '@/lib/invoices/generate-monthly-invoices';
import { InvoiceMonthNotEnded } from '@/lib/invoices/invoice-errors';
import { invoiceMonthSchema } from '@/lib/invoices/invoice-month';
import { issueCreditNote, type CreditNoteResult } from '@/lib/invoices/issue-credit-note';

export type GenerateInvoicesState = { ok: true; summary: InvoiceRunSummary } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

export type CreditNoteState = CreditNoteResult | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/** "Generate invoices for <month>": the partner's portal invoices of one ended month. */
export async function generateInvoicesAction(_previous: GenerateInvoicesState, formData: FormData): Promise<GenerateInvoicesState> {
  const scope = await requireScope('partner');
  try {
    assertPartnerAdmin(scope, 'generate invoices');
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
  const month = invoiceMonthSchema.safeParse(text(formData, 'month'));
  if (!month.success) return { ok: false, fieldErrors: { month: month.error.issues.map((issue) => issue.message) } };
  try {
    const summary = await generateMonthlyInvoices(scope, month.data);
    revalidatePath('/partner/invoices', 'layout');
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof InvoiceMonthNotEnded) return { ok: false, fieldErrors: { month: [error.message] } };
    throw error;
  }
}

export async function issueCreditNoteAction(_previous: CreditNoteState, formData: FormData): Promise<CreditNoteState> {
  const scope = await requireScope('partner');
  const input = { invoiceId: text(formData, 'invoiceId'), amount: text(formData, 'amount'), reason: text(formData, 'reason') };
  try {
    const result = await issueCreditNote(scope, input, { ip: clientIpFromHeaders(await headers()) });
    if (result.ok) revalidatePath('/partner/invoices', 'layout');
    return result;
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
