import type { AssignmentRecord } from '../db/client.ts';
import type { CapabilityMap } from '../providers/types.ts';

export type Availability = { available: true } | { available: false; reason: string };

/**
 * How a number reaches a customer on a connection:
 * - `provider`: the provider's API assigns it; the portal records that it did.
 * - `portal-listed`: the provider cannot assign, but lists the numbers; the partner picks one
 *   of them and the assignment is the portal's own record.
 * - `portal-typed`: the provider knows nothing of numbers through its API; the partner types
 *   the number and the portal records it.
 */
export type AssignmentMode = 'provider' | 'portal-listed' | 'portal-typed';

export function assignmentModeFor(capabilities: CapabilityMap): AssignmentMode {
  if (capabilities['numbers.assign'].supported) return 'provider';
  if (capabilities['numbers.list'].supported) return 'portal-listed';
  return 'portal-typed';
}

export const PORTAL_RECORD_NOTE = "Recorded in the portal — the provider's API cannot assign numbers";

/** Why the provider cannot assign, for the note beside portal-recorded numbers. */
export function portalRecordReason(capabilities: CapabilityMap): string | null {
  const assign = capabilities['numbers.assign'];
  return assign.supported ? null : assign.reason;
}

type AssignmentFacts = { recordedIn: AssignmentRecord; providerNumberId: string | null; hasProviderAccount: boolean };

export type NumberActions = {
  forwarding: Availability;
  /** `portal`: the label is the portal's own, for numbers the provider does not assign. */
  label: Availability & { storedAt?: 'provider' | 'portal' };
  cancelAtProvider: Availability;
};

function providerReach(facts: AssignmentFacts, providerName: string): Availability {
  if (!facts.hasProviderAccount) return { available: false, reason: `This customer has no account at ${providerName} yet.` };
  if (!facts.providerNumberId) {
    return { available: false, reason: `This number was recorded without ${providerName}'s id for it, so ${providerName} cannot be asked to change it.` };
  }
  return { available: true };
}

/** What staff may do with one assigned number, and why not where they may not. */
export function numberActionsFor(capabilities: CapabilityMap, facts: AssignmentFacts, providerName: string): NumberActions {
  const reach = providerReach(facts, providerName);
  const atProvider = (capability: 'numbers.forwarding' | 'numbers.label' | 'numbers.cancel'): Availability => {
    const status = capabilities[capability];
    if (!status.supported) return { available: false, reason: status.reason };
    return reach;
  };
  const providerLabel = atProvider('numbers.label');
  const label: NumberActions['label'] = providerLabel.available
    ? { available: true, storedAt: 'provider' }
    : // A number the provider does not assign is the partner's own record, so its label can be too.
      facts.recordedIn === 'PORTAL'
      ? { available: true, storedAt: 'portal' }
      : providerLabel;
  return { forwarding: atProvider('numbers.forwarding'), label, cancelAtProvider: atProvider('numbers.cancel') };
}
