'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { assignNumberToCustomer } from '@/lib/numbers/assign-number-to-customer';
import { findCustomersForNumbers, type CustomerChoice } from '@/lib/numbers/find-customers-for-numbers';
import { listAssignableNumbers, type AssignableNumber, type AssignableNumbers } from '@/lib/numbers/list-assignable-numbers';
import { formatMoney } from '@/lib/money/format-money';
import type { NumberActionResult } from '@/lib/numbers/number-action-result';
import { setNumberForwarding } from '@/lib/numbers/set-number-forwarding';
import { setNumberLabel } from '@/lib/numbers/set-number-label';
import { unassignNumber } from '@/lib/numbers/unassign-number';

/** What a number form shows after submitting: done, or the errors beside their fields. */
export type NumberFormState = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

async function caller() {
  const scope = await requireScope('partner');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

/** Numbers appear on the inventory and on every customer's page. */
function settle(result: NumberActionResult): NumberFormState {
  if (!result.ok) return result;
  revalidatePath('/partner/numbers');
  revalidatePath('/partner/customers', 'layout');
  return { ok: true };
}

export async function assignNumberAction(_previous: NumberFormState, formData: FormData): Promise<NumberFormState> {
  const { scope, context } = await caller();
  const result = await assignNumberToCustomer(
    scope,
    {
      customerId: text(formData, 'customerId'),
      number: text(formData, 'number'),
      providerNumberId: text(formData, 'providerNumberId'),
      monthlyPrice: text(formData, 'monthlyPrice'),
      currency: text(formData, 'currency'),
    },
    context,
  );
  return settle(result.ok ? { ok: true } : result);
}

export async function unassignNumberAction(_previous: NumberFormState, formData: FormData): Promise<NumberFormState> {
  const { scope, context } = await caller();
  return settle(await unassignNumber(scope, { assignmentId: text(formData, 'assignmentId'), cancelAtProvider: formData.get('cancelAtProvider') === 'on' }, context));
}

export async function setNumberForwardingAction(_previous: NumberFormState, formData: FormData): Promise<NumberFormState> {
  const { scope, context } = await caller();
  return settle(await setNumberForwarding(scope, { assignmentId: text(formData, 'assignmentId'), forwardTo: text(formData, 'forwardTo') }, context));
}

export async function setNumberLabelAction(_previous: NumberFormState, formData: FormData): Promise<NumberFormState> {
  const { scope, context } = await caller();
  return settle(await setNumberLabel(scope, { assignmentId: text(formData, 'assignmentId'), label: text(formData, 'label') }, context));
}

export type AssignableNumberChoice = AssignableNumber & { monthlyPriceText: string | null };
export type AssignableNumberChoices = (Extract<AssignableNumbers, { ok: true }> & { choices: AssignableNumberChoice[] }) | Extract<AssignableNumbers, { ok: false }>;

/** The numbers the assign form offers one customer (a read, asked from the open dialog), prices formatted here: money formatting stays on the server. */
export async function findAssignableNumbersAction(customerId: string, query: { country?: string; type?: string }): Promise<AssignableNumberChoices> {
  const { scope } = await caller();
  const result = await listAssignableNumbers(scope, String(customerId), { country: query.country ? String(query.country) : undefined, type: query.type ? String(query.type) : undefined });
  if (!result.ok) return result;
  return {
    ...result,
    choices: result.choices.map((choice) => ({ ...choice, monthlyPriceText: choice.monthlyPrice ? formatMoney(choice.monthlyPrice.amount, choice.monthlyPrice.currency) : null })),
  };
}

/** Customers on one connection matching a term, for assigning a number from the inventory or a search. */
export async function findCustomersForNumbersAction(connectionId: string, term: string): Promise<CustomerChoice[]> {
  const { scope } = await caller();
  return findCustomersForNumbers(scope, String(connectionId), String(term));
}
