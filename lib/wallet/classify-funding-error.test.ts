import { describe, expect, it } from 'vitest';
import {
  CapabilityUnavailable,
  ContractError,
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderNotFound,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderRequestFailed,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '@/lib/providers/errors';
import { classifyFundingError } from './classify-funding-error';

const op = 'vobiz.accounts.transferBalance';

describe('classifyFundingError', () => {
  it.each([
    new ProviderValidationFailed('VOBIZ', op, 'The request failed validation.', { amount: ['Partner balance too low.'] }),
    new ProviderAuthFailed('VOBIZ', op),
    new ProviderForbidden('VOBIZ', op, 'no', 'can_transfer_balance'),
    new ProviderNotFound('VOBIZ', op, 'The customer account'),
    new CapabilityUnavailable('CLIQTEL', 'wallet.fund', 'Not offered.'),
    new ProviderRateLimited('VOBIZ', op, new Date()),
    new ProviderRequestFailed('VOBIZ', op, 400, 'Bad request'),
  ])('treats %s as a refusal: nothing moved', (error) => {
    expect(classifyFundingError(error)?.kind).toBe('refused');
  });

  it.each([
    new ProviderOutcomeUnknown('VOBIZ', op, 'timed out'),
    new ProviderUnavailable('VOBIZ', op, 'HTTP 503'),
    new ContractError('VOBIZ', op, 'transaction_id', 'is missing'),
    new ProviderRequestFailed('VOBIZ', op, null, 'connection reset'),
    new ProviderRequestFailed('VOBIZ', op, 500, 'oops'),
  ])('treats %s as unknown: the money may have moved', (error) => {
    expect(classifyFundingError(error)?.kind).toBe('unknown');
  });

  it('leaves errors that are not the provider’s to the caller', () => {
    expect(classifyFundingError(new TypeError('bug'))).toBeNull();
  });

  it('names the field problem the provider gave, not just its headline', () => {
    const error = new ProviderValidationFailed('VOBIZ', op, 'The request failed validation.', { amount: ['Partner balance too low.'] });
    expect(classifyFundingError(error)?.reason).toBe('The request failed validation. Partner balance too low.');
  });
});
