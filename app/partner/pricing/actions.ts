'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { requireScope } from '@/lib/auth/session';
import { createPriceList } from '@/lib/rating/create-price-list';
import { deletePriceListEntry } from '@/lib/rating/delete-price-list-entry';
import { importPriceListEntries, type ImportPriceListEntriesResult } from '@/lib/rating/import-price-list-entries';
import { requestRerate } from '@/lib/rating/request-rerate';
import { savePriceListEntry } from '@/lib/rating/save-price-list-entry';

/** What a pricing form shows after submitting: done (with a message), or errors beside the fields. */
export type PricingFormState = { ok: true; message: string } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

export type ImportFormState = ImportPriceListEntriesResult | null;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

async function caller() {
  const scope = await requireScope('partner');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

/** Staff reach these only by crafting a request: the page offers them no form. */
function refusal(error: unknown): { ok: false; fieldErrors: Record<string, string[]>; formError: string } {
  if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
  throw error;
}

function done(message: string): PricingFormState {
  revalidatePath('/partner/pricing');
  return { ok: true, message };
}

export async function createPriceListAction(_previous: PricingFormState, formData: FormData): Promise<PricingFormState> {
  const { scope, context } = await caller();
  try {
    const result = await createPriceList(scope, { name: text(formData, 'name'), currency: text(formData, 'currency') }, context);
    return result.ok ? done('Price list created.') : result;
  } catch (error) {
    return refusal(error);
  }
}

export async function savePriceListEntryAction(_previous: PricingFormState, formData: FormData): Promise<PricingFormState> {
  const { scope, context } = await caller();
  const entryId = text(formData, 'entryId') || undefined;
  try {
    const result = await savePriceListEntry(
      scope,
      { priceListId: text(formData, 'priceListId'), entryId },
      {
        prefix: text(formData, 'prefix'),
        description: text(formData, 'description'),
        ratePerMinute: text(formData, 'ratePerMinute'),
        billingIncrementSeconds: text(formData, 'billingIncrementSeconds'),
        minimumSeconds: text(formData, 'minimumSeconds'),
        connectionFee: text(formData, 'connectionFee'),
      },
      context,
    );
    return result.ok ? done(entryId ? 'Entry saved.' : 'Entry added.') : result;
  } catch (error) {
    return refusal(error);
  }
}

export async function deletePriceListEntryAction(_previous: PricingFormState, formData: FormData): Promise<PricingFormState> {
  const { scope, context } = await caller();
  try {
    const result = await deletePriceListEntry(scope, text(formData, 'entryId'), context);
    return result.ok ? done('Entry deleted.') : result;
  } catch (error) {
    return refusal(error);
  }
}

export async function importPriceListEntriesAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const { scope, context } = await caller();
  const file = formData.get('file');
  const csv = file instanceof File && file.size > 0 ? await file.text() : text(formData, 'csv');
  try {
    const result = await importPriceListEntries(scope, text(formData, 'priceListId'), { csv, replace: formData.get('replace') === 'on' }, context);
    if (result.ok) revalidatePath('/partner/pricing');
    return result;
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, formError: error.message, rowErrors: [], errorCount: 0 };
    throw error;
  }
}

export async function requestRerateAction(_previous: PricingFormState, formData: FormData): Promise<PricingFormState> {
  const { scope, context } = await caller();
  try {
    const result = await requestRerate(scope, { priceListId: text(formData, 'priceListId'), from: text(formData, 'from'), to: text(formData, 'to') }, context);
    return result.ok ? done('Re-rate queued. Its progress shows below.') : result;
  } catch (error) {
    return refusal(error);
  }
}
