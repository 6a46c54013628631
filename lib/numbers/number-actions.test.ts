import { describe, expect, it } from 'vitest';
import { BILLING_PLATFORM_CAPABILITIES } from '../providers/billing-platform/capabilities';
import { cliqtelCapabilities } from '../providers/cliqtel/capabilities';
import { vobizCapabilities } from '../providers/vobiz/capabilities';
import { assignmentModeFor, numberActionsFor } from './number-actions';

const reachable = { providerNumberId: '17', hasProviderAccount: true };

describe('what can be done with a number', () => {
  it('assigns at the provider only where its API can; otherwise the portal records it', () => {
    expect(assignmentModeFor(BILLING_PLATFORM_CAPABILITIES)).toBe('provider');
    expect(assignmentModeFor(vobizCapabilities)).toBe('portal-listed');
    expect(assignmentModeFor(cliqtelCapabilities)).toBe('portal-listed');
  });

  it('offers forwarding, labels and cancelling where the provider supports them', () => {
    expect(numberActionsFor(cliqtelCapabilities, { recordedIn: 'PORTAL', ...reachable }, 'Cliqtel')).toEqual({
      forwarding: { available: true },
      label: { available: true, storedAt: 'provider' },
      cancelAtProvider: { available: true },
    });
  });

  it('keeps the label of a portal-recorded number in the portal, and says why forwarding is unavailable', () => {
    const actions = numberActionsFor(vobizCapabilities, { recordedIn: 'PORTAL', ...reachable }, 'Vobiz');
    expect(actions.label).toEqual({ available: true, storedAt: 'portal' });
    expect(actions.forwarding).toEqual({ available: false, reason: expect.stringMatching(/Vobiz console/) });
  });

  it('does not relabel a provider-assigned number in the portal behind the provider’s back', () => {
    expect(numberActionsFor(BILLING_PLATFORM_CAPABILITIES, { recordedIn: 'PROVIDER', ...reachable }, 'Billing platform').label).toMatchObject({ available: false });
  });

  it('explains that a number recorded without the provider’s id cannot be changed there', () => {
    const actions = numberActionsFor(cliqtelCapabilities, { recordedIn: 'PORTAL', providerNumberId: null, hasProviderAccount: true }, 'Cliqtel');
    expect(actions.forwarding).toEqual({ available: false, reason: expect.stringMatching(/without Cliqtel's id/) });
    expect(actions.label).toEqual({ available: true, storedAt: 'portal' });
  });
});
