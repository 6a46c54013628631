import { describe, expect, it } from 'vitest';
import { toLiveBalanceResponse } from './live-balance-response';

describe('toLiveBalanceResponse', () => {
  it('formats amounts on the server and sends instants as ISO strings', () => {
    const fetchedAt = new Date('2026-11-27T10:00:00.000Z');
    expect(
      toLiveBalanceResponse({
        kind: 'data',
        data: { balance: { amount: '1234.5', currency: 'USD' }, available: null, creditLimit: { amount: '100', currency: 'USD' }, updatedAt: null },
        fetchedAt,
        fresh: false,
        error: { code: 'unavailable', message: 'The provider is not responding (timeout).', retryAt: null },
      }),
    ).toEqual({
      kind: 'data',
      balance: { display: '$1,234.50', amount: '1234.5', currency: 'USD' },
      available: null,
      creditLimit: '$100.00',
      fetchedAt: '2026-11-27T10:00:00.000Z',
      fresh: false,
      error: { code: 'unavailable', message: 'The provider is not responding (timeout).', retryAt: null },
    });
  });

  it('passes a reason through and keeps "nothing known yet" empty', () => {
    expect(toLiveBalanceResponse({ kind: 'unavailable', reason: 'No account yet.' })).toEqual({ kind: 'unavailable', reason: 'No account yet.' });
    expect(toLiveBalanceResponse({ kind: 'data', data: null, fetchedAt: null, fresh: false, error: null })).toMatchObject({ balance: null, fetchedAt: null });
  });
});
