/**
 * Why an onboarding step stopped, kept in CustomerOnboarding.lastError as "<kind>: <message>"
 * so the text stays readable while the kind decides what a retry may do:
 * - sending: a request is on its way (a lease: a second click must not send another);
 * - unknown: sent, but the provider's answer was lost; look before sending again;
 * - refused: the provider answered no; fix the input and send again;
 * - unavailable: the provider was not reached or failed before acting; send again.
 */
export type OnboardingFailureKind = 'sending' | 'unknown' | 'refused' | 'unavailable';

export type OnboardingFailure = { kind: OnboardingFailureKind; message: string };

const KINDS: readonly OnboardingFailureKind[] = ['sending', 'unknown', 'refused', 'unavailable'];

/** A request still "sending" after this long died with its process: its outcome is unknown. */
export const SENDING_LEASE_MS = 2 * 60_000;

export function encodeFailure(kind: OnboardingFailureKind, message: string): string {
  return `${kind}: ${message}`;
}

export function decodeFailure(lastError: string | null): OnboardingFailure | null {
  if (!lastError) return null;
  const separator = lastError.indexOf(': ');
  const kind = lastError.slice(0, separator) as OnboardingFailureKind;
  if (separator > 0 && KINDS.includes(kind)) return { kind, message: lastError.slice(separator + 2) };
  return { kind: 'refused', message: lastError };
}

/** What a stored failure means now: an expired "sending" lease is an unknown outcome. */
export function effectiveFailure(lastError: string | null, updatedAt: Date, now = new Date()): OnboardingFailure | null {
  const failure = decodeFailure(lastError);
  if (failure?.kind === 'sending' && now.getTime() - updatedAt.getTime() > SENDING_LEASE_MS) {
    return { kind: 'unknown', message: 'An earlier attempt stopped before the provider answered; its outcome is unknown.' };
  }
  return failure;
}
