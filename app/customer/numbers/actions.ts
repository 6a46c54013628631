'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import type { NumberActionResult } from '@/lib/numbers/number-action-result';
import { setNumberForwarding } from '@/lib/numbers/set-number-forwarding';
import { setNumberLabel } from '@/lib/numbers/set-number-label';

/** What a number form shows after submitting: done, or the errors beside their fields. */
export type OwnNumberFormState = NumberActionResult | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/** The customer's scope finds only its own assignments, so another customer's id is "no longer assigned". */
async function caller() {
  const scope = await requireScope('customer');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

function settle(result: NumberActionResult): OwnNumberFormState {
  if (result.ok) {
    revalidatePath('/customer/numbers');
    revalidatePath('/customer');
  }
  return result;
}

export async function setOwnNumberLabelAction(_previous: OwnNumberFormState, formData: FormData): Promise<OwnNumberFormState> {
  const { scope, context } = await caller();
  return settle(await setNumberLabel(scope, { assignmentId: text(formData, 'assignmentId'), label: text(formData, 'label') }, context));
}

export async function setOwnNumberForwardingAction(_previous: OwnNumberFormState, formData: FormData): Promise<OwnNumberFormState> {
  const { scope, context } = await caller();
  return settle(await setNumberForwarding(scope, { assignmentId: text(formData, 'assignmentId'), forwardTo: text(formData, 'forwardTo') }, context));
}
