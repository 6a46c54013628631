import { ProviderError, ProviderNotFound, ProviderOutcomeUnknown, ProviderValidationFailed } from '../providers/errors.ts';
import type { FieldErrors } from './number-input.ts';

/** What every number mutation returns: done, or what to show beside which field. */
export type NumberActionFailure = { ok: false; fieldErrors: FieldErrors; formError?: string };
export type NumberActionResult = { ok: true } | NumberActionFailure;

export function refused(fieldErrors: FieldErrors, formError?: string): NumberActionFailure {
  return formError === undefined ? { ok: false, fieldErrors } : { ok: false, fieldErrors, formError };
}

// The provider names its own fields; the forms know them by the portal's names.
const PROVIDER_FIELD: Record<string, string> = {
  numberId: 'number',
  number: 'number',
  forward_to: 'forwardTo',
  forwardTo: 'forwardTo',
  label: 'label',
};

/**
 * A provider's refusal as the form shows it. Only typed provider errors are translated;
 * anything else is a bug and propagates.
 */
export function providerFailure(error: unknown, what: string): NumberActionFailure {
  if (!(error instanceof ProviderError)) throw error;
  if (error instanceof ProviderValidationFailed) {
    const fieldErrors: FieldErrors = {};
    const unplaced: string[] = [];
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
      const formField = PROVIDER_FIELD[field];
      if (formField) (fieldErrors[formField] ??= []).push(...messages);
      else unplaced.push(...messages);
    }
    const formError = Object.keys(fieldErrors).length === 0 || unplaced.length > 0 ? error.message : undefined;
    return refused(fieldErrors, formError);
  }
  if (error instanceof ProviderOutcomeUnknown) {
    return refused({}, `The provider did not confirm that it ${what}. Nothing was recorded; check the number at the provider and try again.`);
  }
  if (error instanceof ProviderNotFound) return refused({}, `${error.message} It may have been changed at the provider; reload and try again.`);
  return refused({}, error.message);
}
