'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { updateCustomerProfile } from '@/lib/customers/update-customer-profile';

/** What the profile form shows after a save: the errors beside their fields, or that it was saved. */
export type CustomerProfileFormState = { fieldErrors: Record<string, string[]>; formError?: string; saved?: true } | null;

const PROFILE_FIELDS = ['name', 'email', 'phone', 'country', 'lowBalanceThreshold', 'kycStatus'] as const;

export async function updateCustomerProfileAction(
  customerId: string,
  _previous: CustomerProfileFormState,
  formData: FormData,
): Promise<CustomerProfileFormState> {
  const scope = await requireScope('partner');
  const input = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, formData.get(field)]));
  // The service validates with zod, checks the customer is the caller's and audits the change.
  const result = await updateCustomerProfile(scope, customerId, input, { ip: clientIpFromHeaders(await headers()) });
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath('/partner/customers', 'layout');
  return { fieldErrors: {}, saved: true };
}
