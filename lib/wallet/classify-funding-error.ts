import {
  CapabilityUnavailable,
  ProviderAuthFailed,
  ProviderError,
  ProviderForbidden,
  ProviderNotFound,
  ProviderRateLimited,
  ProviderRequestFailed,
  ProviderValidationFailed,
} from '../providers/errors.ts';

export type FundingFailure =
  /** The provider answered no: nothing moved, the hold can be released. */
  | { kind: 'refused'; reason: string }
  /** No definite answer (timeout, lost response, 5xx, unreadable reply): it may have moved. */
  | { kind: 'unknown'; reason: string };

const REFUSALS = [ProviderValidationFailed, ProviderAuthFailed, ProviderForbidden, ProviderNotFound, CapabilityUnavailable, ProviderRateLimited];

/** What a failed transfer call means for the money; null for errors that are not the provider's (bugs). */
export function classifyFundingError(error: unknown): FundingFailure | null {
  if (!(error instanceof ProviderError)) return null;
  const refused =
    REFUSALS.some((kind) => error instanceof kind) ||
    (error instanceof ProviderRequestFailed && error.status !== null && error.status >= 400 && error.status < 500);
  return { kind: refused ? 'refused' : 'unknown', reason: reasonOf(error) };
}

function reasonOf(error: ProviderError): string {
  if (!(error instanceof ProviderValidationFailed)) return error.message;
  // The field messages say what was wrong ("Partner balance too low …"); the headline often does not.
  const details = Object.values(error.fieldErrors).flat().filter((message) => !error.message.includes(message));
  return [error.message, ...details].join(' ');
}
