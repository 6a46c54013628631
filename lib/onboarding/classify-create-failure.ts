import { ContractError, ProviderOutcomeUnknown, ProviderRateLimited, ProviderUnavailable, ProviderValidationFailed, type ProviderError } from '../providers/errors.ts';
import type { OnboardingFailureKind } from './onboarding-failure.ts';
import { toFormFieldErrors, type FormFieldMapping } from './onboarding-plans.ts';

export const OUTCOME_UNKNOWN_MESSAGE =
  'The provider did not confirm whether it created the account. Nothing will be sent again until the portal has looked for the account at the provider: choose “Check again”.';

type ClassifiedFailure = { kind: OnboardingFailureKind; message: string; fieldErrors: Record<string, string[]> };

/**
 * What a failed create means for the next attempt. Only a refusal or an unsent request is
 * certain; anything that may have reached the provider counts as "unknown".
 */
export function classifyCreateFailure(error: ProviderError, plan: FormFieldMapping): ClassifiedFailure {
  if (error instanceof ProviderValidationFailed) {
    const { fieldErrors, otherMessages } = toFormFieldErrors(plan, error.fieldErrors);
    // Stored with the onboarding, so the reason still reads right after a reload has lost the field highlights.
    const reasons = [...Object.values(fieldErrors).flat(), ...otherMessages];
    const message = `The provider refused the account: ${reasons.length > 0 ? reasons.join(' ') : error.message}`;
    return { kind: 'refused', message, fieldErrors };
  }
  // A 5xx or a malformed success may come after the provider acted: treat them like a lost answer.
  if (error instanceof ProviderOutcomeUnknown || error instanceof ProviderUnavailable || error instanceof ContractError) {
    return { kind: 'unknown', message: OUTCOME_UNKNOWN_MESSAGE, fieldErrors: {} };
  }
  if (error instanceof ProviderRateLimited) {
    return { kind: 'unavailable', message: `The provider’s rate limit is reached; try again after ${error.retryAt.toISOString()}.`, fieldErrors: {} };
  }
  return { kind: 'refused', message: error.message, fieldErrors: {} };
}
