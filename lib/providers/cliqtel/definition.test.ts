import { describe, expect, it } from 'vitest';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import { CliqtelAdapter } from './adapter.ts';
import { cliqtelProvider } from './definition.ts';
import { decimalString } from './mappers.ts';

describe('cliqtelProvider', () => {
  it('accepts a whole Cliqtel token and trims the paste', () => {
    expect(cliqtelProvider.credentialsSchema.parse({ apiToken: ' 17|aBcD3fGhIjK ' })).toEqual({ apiToken: '17|aBcD3fGhIjK' });
    expect(cliqtelProvider.credentialsSchema.safeParse({ apiToken: '7|demo-cliqtel-bluewave-partner-key' }).success).toBe(true);
  });

  it('explains the "id|secret" form when only the secret (or only the id) is pasted', () => {
    for (const apiToken of ['aBcD3fGhIjK', '17|', '17 | aBcD3fGhIjK']) {
      const result = cliqtelProvider.credentialsSchema.safeParse({ apiToken });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('the key number, a pipe, then the secret');
    }
  });

  it('offers one secret field and the real base URL', () => {
    expect(cliqtelProvider.credentialFields).toEqual([expect.objectContaining({ name: 'apiToken', secret: true })]);
    expect(cliqtelProvider.defaultBaseUrl).toBe('https://cliqtel.com/api');
  });

  it('builds a Cliqtel adapter with the same capabilities', () => {
    const adapter = cliqtelProvider.createAdapter({ connectionId: 'c1', baseUrl: 'http://127.0.0.1:1/api', credentials: { apiToken: '1|abcdefghij' }, rateBudget: memoryRateBudget() });
    expect(adapter).toBeInstanceOf(CliqtelAdapter);
    expect(adapter.kind).toBe('CLIQTEL');
    expect(adapter.capabilities).toBe(cliqtelProvider.capabilities);
  });
});

describe('decimalString', () => {
  it('keeps Cliqtel amounts exact: cents always, up to four decimals, no binary noise', () => {
    expect(decimalString(75.6)).toBe('75.60');
    expect(decimalString(0.019)).toBe('0.019');
    expect(decimalString(0.1 + 0.2)).toBe('0.30');
    expect(decimalString(-0.04)).toBe('-0.04');
    expect(decimalString(1284.5)).toBe('1284.50');
    expect(decimalString(12)).toBe('12.00');
  });
});
