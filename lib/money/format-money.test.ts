import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it('formats decimal strings with the currency', () => {
    expect(formatMoney('125.50000', 'USD')).toBe('$125.50');
    expect(formatMoney('1234567.5', 'EUR')).toBe('€1,234,567.50');
  });

  it('shows fractions of a cent when asked for more places', () => {
    expect(formatMoney('0.012345', 'USD', 'en-US', { fractionDigits: 4 })).toBe('$0.0123');
    expect(formatMoney('-0.5', 'USD', 'en-US', { fractionDigits: 4 })).toBe('-$0.5000');
  });

  it('keeps precision beyond what a float holds', () => {
    expect(formatMoney('90071992547409.93', 'USD')).toBe('$90,071,992,547,409.93');
  });
});
