import type { Capability, ProviderKind } from './types.ts';

/**
 * Typed provider errors. Each carries what the UI needs to say something useful; none
 * carries a credential, a request body or a raw response (they may hold secrets).
 */
export abstract class ProviderError extends Error {
  abstract readonly code: string;
  constructor(readonly provider: ProviderKind, readonly operation: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Network failure, timeout, 5xx after retries, or the circuit is open. Safe to show cached data. */
export class ProviderUnavailable extends ProviderError {
  readonly code = 'unavailable';
  constructor(provider: ProviderKind, operation: string, readonly reason: string, readonly retryAt: Date | null = null) {
    super(provider, operation, `The provider is not responding (${reason}).`);
  }
}

/**
 * The request was sent but its outcome is unknown (timeout or lost response after the
 * write reached the provider). Writes must be reconciled, never blindly repeated.
 */
export class ProviderOutcomeUnknown extends ProviderError {
  readonly code = 'outcome_unknown';
  constructor(provider: ProviderKind, operation: string, readonly reason: string) {
    super(provider, operation, `The provider did not confirm the request (${reason}); its outcome is unknown.`);
  }
}

/** 429 from the provider, or the portal's own budget for a rate-limited call is spent. */
export class ProviderRateLimited extends ProviderError {
  readonly code = 'rate_limited';
  constructor(provider: ProviderKind, operation: string, readonly retryAt: Date) {
    super(provider, operation, `Rate limit reached; next call allowed at ${retryAt.toISOString()}.`);
  }
}

export class ProviderAuthFailed extends ProviderError {
  readonly code = 'auth_failed';
  constructor(provider: ProviderKind, operation: string, detail = 'the credentials were rejected', advice = "Check the connection's credentials.") {
    super(provider, operation, `Authentication failed: ${detail}. ${advice}`);
  }
}

export class ProviderForbidden extends ProviderError {
  readonly code = 'forbidden';
  constructor(provider: ProviderKind, operation: string, detail: string, readonly missingScope: string | null = null) {
    super(provider, operation, missingScope ? `This key lacks scope ${missingScope}.` : detail);
  }
}

export class ProviderValidationFailed extends ProviderError {
  readonly code = 'validation_failed';
  constructor(provider: ProviderKind, operation: string, detail: string, readonly fieldErrors: Record<string, string[]> = {}) {
    super(provider, operation, detail);
  }
}

export class ProviderNotFound extends ProviderError {
  readonly code = 'not_found';
  constructor(provider: ProviderKind, operation: string, what: string) {
    super(provider, operation, `${what} was not found at the provider.`);
  }
}

/** Any other documented error response (status and the provider's own message). */
export class ProviderRequestFailed extends ProviderError {
  readonly code = 'request_failed';
  constructor(provider: ProviderKind, operation: string, readonly status: number | null, detail: string) {
    super(provider, operation, detail);
  }
}

/** The response did not match its documented shape. Names the first offending field. */
export class ContractError extends ProviderError {
  readonly code = 'contract';
  constructor(provider: ProviderKind, operation: string, readonly field: string, readonly expectation: string) {
    super(provider, operation, `Unexpected response from ${operation}: field "${field}" ${expectation}.`);
  }
}

export class CapabilityUnavailable extends ProviderError {
  readonly code = 'capability_unavailable';
  constructor(provider: ProviderKind, readonly capability: Capability, readonly reason: string) {
    super(provider, capability, reason);
  }
}
