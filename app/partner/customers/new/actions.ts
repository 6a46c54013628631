'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { assignOnboardingNumber } from '@/lib/onboarding/assign-onboarding-number';
import { discardOnboarding } from '@/lib/onboarding/discard-onboarding';
import { fundOpeningBalance } from '@/lib/onboarding/fund-opening-balance';
import { getOnboardingView, type OnboardingView } from '@/lib/onboarding/get-onboarding-view';
import { linkOnboardingAccount } from '@/lib/onboarding/link-provider-account';
import type { OnboardingOutcome, OnboardingSecret } from '@/lib/onboarding/onboarding-records';
import { retryProvisioning } from '@/lib/onboarding/retry-provisioning';
import { skipOnboardingStep } from '@/lib/onboarding/skip-onboarding-step';
import { startOnboarding } from '@/lib/onboarding/start-onboarding';

/**
 * What every wizard action answers: where the onboarding stands now (once a customer
 * exists), the errors to show beside the fields, and — only from the call that created
 * the account — its credentials, which live in the browser's memory until the step is left.
 */
export type OnboardingActionState = {
  fieldErrors: Record<string, string[]>;
  formError?: string;
  view?: OnboardingView;
  secret?: OnboardingSecret;
  notice?: string;
} | null;

/** Text inputs only: the services validate every value with their zod schemas. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return values;
}

async function caller() {
  const scope = await requireScope('partner');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

/**
 * Deliberately no revalidatePath: the customer pages are dynamic and fetched fresh anyway,
 * and a revalidation would re-render the wizard's route under it, losing the one-time
 * token and the errors it is showing.
 */
async function answer(scope: Awaited<ReturnType<typeof caller>>['scope'], outcome: OnboardingOutcome): Promise<OnboardingActionState> {
  const customerId = outcome.customerId;
  const view = customerId ? ((await getOnboardingView(scope, customerId)) ?? undefined) : undefined;
  if (!outcome.ok) return { fieldErrors: outcome.fieldErrors, formError: outcome.formError, view };
  return { fieldErrors: {}, view, secret: outcome.secret, notice: outcome.notice };
}

export async function startOnboardingAction(_previous: OnboardingActionState, formData: FormData): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  return answer(scope, await startOnboarding(scope, formValues(formData), context));
}

export async function retryProvisioningAction(customerId: string, _previous: OnboardingActionState, formData: FormData): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  return answer(scope, await retryProvisioning(scope, String(customerId), formValues(formData), context));
}

export async function linkOnboardingAccountAction(customerId: string, _previous: OnboardingActionState, formData: FormData): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  return answer(scope, await linkOnboardingAccount(scope, String(customerId), formValues(formData), context));
}

export async function fundOpeningBalanceAction(customerId: string, _previous: OnboardingActionState, formData: FormData): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  return answer(scope, await fundOpeningBalance(scope, String(customerId), formValues(formData), context));
}

export async function assignOnboardingNumberAction(customerId: string, _previous: OnboardingActionState, formData: FormData): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  return answer(scope, await assignOnboardingNumber(scope, String(customerId), formValues(formData), context));
}

export async function skipOnboardingStepAction(customerId: string, step: 'FUND' | 'ASSIGN_NUMBER'): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  if (step !== 'FUND' && step !== 'ASSIGN_NUMBER') return { fieldErrors: {}, formError: 'Only the opening balance and the number can be skipped.' };
  return answer(scope, await skipOnboardingStep(scope, String(customerId), step, context));
}

export async function discardOnboardingAction(customerId: string): Promise<OnboardingActionState> {
  const { scope, context } = await caller();
  const outcome = await discardOnboarding(scope, String(customerId), context);
  if (!outcome.ok) return answer(scope, outcome);
  revalidatePath('/partner/customers', 'layout');
  redirect('/partner/customers/new');
}
