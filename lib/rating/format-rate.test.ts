import { describe, expect, it } from 'vitest';
import { describeBilling, formatRate } from './format-rate';

describe('formatRate', () => {
  it('shows at least 4 decimals and at most 6, with the currency', () => {
    expect(formatRate('0.029', 'USD')).toBe('$0.0290');
    expect(formatRate('0.0123456', 'USD')).toBe('$0.012346');
    expect(formatRate('0', 'EUR')).toBe('€0.0000');
  });
});

describe('describeBilling', () => {
  it('names the usual increments and a minimum only when it differs from one increment', () => {
    expect(describeBilling(60, 60)).toBe('per minute');
    expect(describeBilling(60, 0)).toBe('per minute');
    expect(describeBilling(1, 30)).toBe('per second, at least 30 s');
    expect(describeBilling(6, 6)).toBe('per 6 s');
    expect(describeBilling(6, 30)).toBe('per 6 s, at least 30 s');
  });
});
