import { describe, expect, it } from 'vitest';
import { decodeFailure, effectiveFailure, encodeFailure, SENDING_LEASE_MS } from './onboarding-failure';

describe('onboarding failures', () => {
  it('round-trips a kind and a message that itself contains ": "', () => {
    const stored = encodeFailure('refused', 'Vobiz said: email taken');
    expect(decodeFailure(stored)).toEqual({ kind: 'refused', message: 'Vobiz said: email taken' });
  });

  it('reads an unlabelled message as a refusal, and nothing as no failure', () => {
    expect(decodeFailure('something odd')).toEqual({ kind: 'refused', message: 'something odd' });
    expect(decodeFailure(null)).toBeNull();
  });

  it('turns a sending lease older than its lifetime into an unknown outcome', () => {
    const stored = encodeFailure('sending', 'Creating the account…');
    const now = new Date('2026-01-01T12:00:00Z');
    expect(effectiveFailure(stored, new Date(now.getTime() - 1000), now)?.kind).toBe('sending');
    expect(effectiveFailure(stored, new Date(now.getTime() - SENDING_LEASE_MS - 1), now)?.kind).toBe('unknown');
  });
});
