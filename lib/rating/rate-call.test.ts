import { describe, expect, it } from 'vitest';
import { billedSecondsFor, createRater, type RateEntry } from './rate-call';

const entry = (prefix: string, overrides: Partial<RateEntry> = {}): RateEntry => ({
  prefix,
  ratePerMinute: '0.060000',
  billingIncrementSeconds: 60,
  minimumSeconds: 0,
  connectionFee: '0',
  ...overrides,
});

const answered = (destination: string, billableSeconds: number) => ({ destination, billableSeconds, status: 'ANSWERED' as const });

describe('createRater', () => {
  it('keeps the price list’s currency', () => {
    expect(createRater({ currency: 'EUR', entries: [] }).currency).toBe('EUR');
  });

  it('returns null when no prefix matches the destination', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('44')] });
    expect(rater.rate(answered('4930123456', 60))).toBeNull();
  });

  it('returns null for every call when the price list has no entries', () => {
    expect(createRater({ currency: 'USD', entries: [] }).rate(answered('14155550101', 60))).toBeNull();
  });

  it('picks the longest matching prefix', () => {
    const rater = createRater({
      currency: 'USD',
      entries: [entry('4', { ratePerMinute: '9' }), entry('44', { ratePerMinute: '0.06' }), entry('447', { ratePerMinute: '0.12' }), entry('4477', { ratePerMinute: '0.3' })],
    });
    expect(rater.rate(answered('447700900123', 60))).toEqual({ sellPrice: '0.3', ratedPrefix: '4477' });
    expect(rater.rate(answered('447400900123', 60))).toEqual({ sellPrice: '0.12', ratedPrefix: '447' });
    expect(rater.rate(answered('442079460123', 60))).toEqual({ sellPrice: '0.06', ratedPrefix: '44' });
    expect(rater.rate(answered('4930123456', 60))).toEqual({ sellPrice: '9', ratedPrefix: '4' });
  });

  it('does not depend on the order of the entries', () => {
    const entries = [entry('1', { ratePerMinute: '0.01' }), entry('1415', { ratePerMinute: '0.02' }), entry('141', { ratePerMinute: '0.03' })];
    for (const order of [entries, [...entries].reverse()]) {
      expect(createRater({ currency: 'USD', entries: order }).rate(answered('14155550101', 60))?.ratedPrefix).toBe('1415');
    }
  });

  it('matches a prefix as long as the whole destination', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('4420'), entry('44207946')] });
    expect(rater.rate(answered('44207946', 60))?.ratedPrefix).toBe('44207946');
  });

  it('ignores a prefix longer than the destination', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('44'), entry('4420794600000')] });
    expect(rater.rate(answered('442079', 60))?.ratedPrefix).toBe('44');
  });

  it('matches on the destination’s digits only, whatever formatting it carries', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('4420')] });
    expect(rater.rate(answered('+44 20 7946 0123', 60))?.ratedPrefix).toBe('4420');
  });

  it('prices an unanswered call that matches at zero, with the prefix', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('44', { minimumSeconds: 60, connectionFee: '0.05' })] });
    for (const status of ['NO_ANSWER', 'BUSY', 'FAILED'] as const) {
      expect(rater.rate({ destination: '442079460123', billableSeconds: 0, status })).toEqual({ sellPrice: '0', ratedPrefix: '44' });
    }
  });

  it('prices an unanswered call at zero even when the provider reports billable seconds', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('44')] });
    expect(rater.rate({ destination: '442079460123', billableSeconds: 30, status: 'FAILED' })).toEqual({ sellPrice: '0', ratedPrefix: '44' });
  });

  it('prices an answered call of zero billable seconds at zero, without minimum or connection fee', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('44', { minimumSeconds: 60, connectionFee: '0.05' })] });
    expect(rater.rate(answered('442079460123', 0))).toEqual({ sellPrice: '0', ratedPrefix: '44' });
  });

  it('rounds the billable seconds up to whole billing increments', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.6', billingIncrementSeconds: 6 })] });
    // 61 s in 6-second increments bill as 66 s: 66/60 × 0.6.
    expect(rater.rate(answered('14155550101', 61))?.sellPrice).toBe('0.66');
    expect(rater.rate(answered('14155550101', 60))?.sellPrice).toBe('0.6');
  });

  it('bills per started minute with a 60-second increment', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.02' })] });
    expect(rater.rate(answered('14155550101', 1))?.sellPrice).toBe('0.02');
    expect(rater.rate(answered('14155550101', 60))?.sellPrice).toBe('0.02');
    expect(rater.rate(answered('14155550101', 61))?.sellPrice).toBe('0.04');
  });

  it('bills per second with a 1-second increment', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.06', billingIncrementSeconds: 1 })] });
    expect(rater.rate(answered('14155550101', 7))?.sellPrice).toBe('0.007');
  });

  it('bills an answered call at least the minimum duration', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.06', billingIncrementSeconds: 1, minimumSeconds: 30 })] });
    expect(rater.rate(answered('14155550101', 5))?.sellPrice).toBe('0.03');
    expect(rater.rate(answered('14155550101', 45))?.sellPrice).toBe('0.045');
  });

  it('applies the minimum after rounding to increments', () => {
    // 10 s in 6-second increments is 12 s, below the 30 s minimum; 31 s is 36 s, above it.
    expect(billedSecondsFor(10, 6, 30)).toBe(30);
    expect(billedSecondsFor(31, 6, 30)).toBe(36);
  });

  it('adds the connection fee once to an answered call', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.02', connectionFee: '0.015' })] });
    expect(rater.rate(answered('14155550101', 90))?.sellPrice).toBe('0.055');
  });

  it('rounds the price half-up to 6 decimals', () => {
    // 0.0000125 × 60/60 → 0.0000125 → 0.000013 (half-up), not banker's 0.000012.
    const halfUp = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.0000125' })] });
    expect(halfUp.rate(answered('14155550101', 60))?.sellPrice).toBe('0.000013');
    // 0.000001 per minute for 1 second is 0.0000000166…, which rounds to 0.
    const tiny = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.000001', billingIncrementSeconds: 1 })] });
    expect(tiny.rate(answered('14155550101', 1))?.sellPrice).toBe('0');
    // 0.1 per minute for 7 s: 0.011666… → 0.011667.
    const repeating = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.1', billingIncrementSeconds: 1 })] });
    expect(repeating.rate(answered('14155550101', 7))?.sellPrice).toBe('0.011667');
  });

  it('computes with decimals, never floats', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.1', connectionFee: '0.2' })] });
    expect(rater.rate(answered('14155550101', 60))?.sellPrice).toBe('0.3');
  });

  it('stays exact for the largest rates and long calls', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '123456789012.123456', billingIncrementSeconds: 1 })] });
    // 123456789012.123456 × 86400 / 60 = 177777776177457.776640 exactly.
    expect(rater.rate(answered('14155550101', 86_400))?.sellPrice).toBe('177777776177457.77664');
  });

  it('gives the same answer for a repeated call as for the first', () => {
    const rater = createRater({ currency: 'USD', entries: [entry('1', { ratePerMinute: '0.0135', billingIncrementSeconds: 6, connectionFee: '0.01' })] });
    const first = rater.rate(answered('14155550101', 125));
    expect(rater.rate(answered('12125550101', 125))).toEqual(first);
    // 125 s in 6-second increments is 126 s: 2.1 × 0.0135 + 0.01.
    expect(first).toEqual({ sellPrice: '0.03835', ratedPrefix: '1' });
  });
});
