import { describe, expect, it } from 'vitest';
import {
  CapabilityUnavailable,
  ContractError,
  ProviderAuthFailed,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../providers/errors';
import { classifyCreateFailure } from './classify-create-failure';
import { onboardingPlanFor } from './onboarding-plans';

const vobiz = onboardingPlanFor('VOBIZ');
const billing = onboardingPlanFor('BILLING_PLATFORM');

describe('classifyCreateFailure', () => {
  it('puts a refusal’s field errors beside the form’s fields and keeps the rest as a message', () => {
    const error = new ProviderValidationFailed('VOBIZ', 'vobiz.accounts.create', 'The request failed validation.', {
      email: ['This email is already registered on Vobiz.'],
      gst_status: ['gst_status must be active or inactive.'],
    });
    const failure = classifyCreateFailure(error, vobiz);
    expect(failure).toEqual({
      kind: 'refused',
      fieldErrors: { email: ['This email is already registered on Vobiz.'] },
      message: 'The provider refused the account: This email is already registered on Vobiz. gst_status must be active or inactive.',
    });
  });

  it('renames provider fields the form calls otherwise', () => {
    const error = new ProviderValidationFailed('BILLING_PLATFORM', 'clients.create', 'Invalid params', { billing_type: ['must be prepaid or postpaid'] });
    expect(classifyCreateFailure(error, billing).fieldErrors).toEqual({ billingModel: ['must be prepaid or postpaid'] });
  });

  it.each([
    new ProviderOutcomeUnknown('VOBIZ', 'vobiz.accounts.create', 'socket hang up'),
    new ProviderUnavailable('VOBIZ', 'vobiz.accounts.create', 'HTTP 502'),
    new ContractError('VOBIZ', 'vobiz.accounts.create', 'auth_id', 'is missing'),
  ])('treats %s as an unknown outcome: the next attempt must look before sending', (error) => {
    expect(classifyCreateFailure(error, vobiz).kind).toBe('unknown');
  });

  it('calls a rate limit unavailable (nothing was sent) and names when to retry', () => {
    const failure = classifyCreateFailure(new ProviderRateLimited('VOBIZ', 'vobiz.accounts.create', new Date('2030-01-01T00:00:00Z')), vobiz);
    expect(failure).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('2030-01-01T00:00:00.000Z') });
  });

  it.each([new ProviderAuthFailed('VOBIZ', 'vobiz.accounts.create'), new CapabilityUnavailable('CLIQTEL', 'accounts.create', 'Not offered.')])('calls %s a refusal', (error) => {
    expect(classifyCreateFailure(error, vobiz).kind).toBe('refused');
  });
});
