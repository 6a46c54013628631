import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../validation/field-errors';
import { priceListEntrySchema } from './price-list-entry-schema';

const valid = { prefix: '44', description: 'United Kingdom', ratePerMinute: '0.02', billingIncrementSeconds: '60', minimumSeconds: '0', connectionFee: '' };

function errorsOf(input: Record<string, unknown>) {
  const parsed = priceListEntrySchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe('priceListEntrySchema', () => {
  it('turns the form’s strings into an entry, a blank connection fee being 0', () => {
    expect(priceListEntrySchema.parse(valid)).toEqual({ prefix: '44', description: 'United Kingdom', ratePerMinute: '0.02', billingIncrementSeconds: 60, minimumSeconds: 0, connectionFee: '0' });
  });

  it('keeps only the digits of a prefix typed with + and spaces', () => {
    expect(priceListEntrySchema.parse({ ...valid, prefix: ' +44 (20) 7946-' }).prefix).toBe('44207946');
  });

  it('refuses a prefix with letters, an empty prefix and one longer than 15 digits', () => {
    for (const prefix of ['44a', '', '1234567890123456']) expect(Object.keys(errorsOf({ ...valid, prefix }))).toEqual(['prefix']);
  });

  it('refuses a blank description and one over 120 characters', () => {
    for (const description of ['  ', 'x'.repeat(121)]) expect(Object.keys(errorsOf({ ...valid, description }))).toEqual(['description']);
  });

  it('refuses negative rates, more than 6 decimals and more than 12 whole digits', () => {
    for (const ratePerMinute of ['-0.01', '0.0000001', '1234567890123', '1e-3', '']) expect(Object.keys(errorsOf({ ...valid, ratePerMinute }))).toEqual(['ratePerMinute']);
  });

  it('accepts a zero rate (free destinations)', () => {
    expect(priceListEntrySchema.parse({ ...valid, ratePerMinute: '0' }).ratePerMinute).toBe('0');
  });

  it('needs a billing increment of 1 to 3600 whole seconds', () => {
    for (const billingIncrementSeconds of ['0', '3601', '1.5', '']) expect(Object.keys(errorsOf({ ...valid, billingIncrementSeconds }))).toEqual(['billingIncrementSeconds']);
    expect(priceListEntrySchema.parse({ ...valid, billingIncrementSeconds: '1' }).billingIncrementSeconds).toBe(1);
  });

  it('needs a minimum of 0 to 3600 whole seconds', () => {
    for (const minimumSeconds of ['-1', '3601', 'ten']) expect(Object.keys(errorsOf({ ...valid, minimumSeconds }))).toEqual(['minimumSeconds']);
  });

  it('refuses a negative connection fee', () => {
    expect(Object.keys(errorsOf({ ...valid, connectionFee: '-0.01' }))).toEqual(['connectionFee']);
  });
});
