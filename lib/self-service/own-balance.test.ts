import { describe, expect, it } from 'vitest';
import type { ProviderBalanceView } from '../customers/get-customer-provider-balance';
import { toOwnBalance, type AccountFacts } from './own-balance';

const account: AccountFacts = {
  currency: 'USD',
  balance: '40',
  balanceUpdatedAt: new Date('2026-11-01T10:00:00Z'),
  billingModel: 'PREPAID',
  creditLimit: '0',
  lowBalanceThreshold: '50',
  status: 'ACTIVE',
};
const fetchedAt = new Date('2026-11-20T09:00:00Z');
const usd = (amount: string) => ({ amount, currency: 'USD' });

function live(balance: string, extra: { available?: string; creditLimit?: string } = {}, options: { fresh?: boolean; error?: boolean } = {}): ProviderBalanceView {
  return {
    kind: 'data',
    data: { balance: usd(balance), available: extra.available ? usd(extra.available) : null, creditLimit: extra.creditLimit ? usd(extra.creditLimit) : null, updatedAt: null },
    fetchedAt,
    fresh: options.fresh ?? true,
    error: options.error ? { code: 'provider_unavailable', message: 'down', retryAt: null } : null,
  };
}

describe('toOwnBalance', () => {
  it('shows the provider’s live balance and judges low balance on it', () => {
    expect(toOwnBalance(account, live('75.20'))).toMatchObject({ balance: '75.20', available: '75.20', source: 'live', asOf: fetchedAt, stale: false, lowBalance: false });
    expect(toOwnBalance(account, live('12.00'))).toMatchObject({ balance: '12.00', lowBalance: true });
  });

  it('falls back to the last known answer, flagged stale, when the provider fails', () => {
    expect(toOwnBalance(account, live('75.20', {}, { fresh: false, error: true }))).toMatchObject({ balance: '75.20', source: 'last-known', stale: true });
  });

  it('uses the account’s stored balance where the provider cannot be asked', () => {
    expect(toOwnBalance(account, { kind: 'unavailable', reason: 'no account' })).toMatchObject({ balance: '40', source: 'stored', asOf: account.balanceUpdatedAt, lowBalance: true });
    const failedWithoutCache: ProviderBalanceView = { kind: 'data', data: null, fetchedAt: null, fresh: false, error: { code: 'x', message: 'down', retryAt: null } };
    expect(toOwnBalance(account, failedWithoutCache)).toMatchObject({ balance: '40', source: 'stored', stale: true });
  });

  it('prefers the provider’s available figure, else adds the credit limit for postpaid accounts', () => {
    expect(toOwnBalance(account, live('10', { available: '8.50' })).available).toBe('8.50');
    const postpaid = { ...account, billingModel: 'POSTPAID' as const, creditLimit: '100', lowBalanceThreshold: null };
    expect(toOwnBalance(postpaid, live('-20')).available).toBe('80');
    expect(toOwnBalance(postpaid, live('-20', { creditLimit: '150' })).available).toBe('130');
  });

  it('ignores a provider balance in another currency than the account’s', () => {
    const view: ProviderBalanceView = { ...live('99'), data: { balance: { amount: '99', currency: 'EUR' }, available: null, creditLimit: null, updatedAt: null } } as ProviderBalanceView;
    expect(toOwnBalance(account, view)).toMatchObject({ balance: '40', source: 'stored' });
  });
});
