import { describe, expect, it } from 'vitest';
import { assignNumberSchema, forwardingSchema, normalizePhoneNumber } from './number-input';

describe('number input', () => {
  it('accepts numbers typed with spaces, dashes and brackets, stored as E.164', () => {
    expect(normalizePhoneNumber(' +1 (415) 555-0100 ')).toBe('+14155550100');
    expect(assignNumberSchema.parse({ customerId: 'c1', number: '+33 1 55 55 01 03' }).number).toBe('+33155550103');
  });

  it('refuses national numbers, letters and numbers longer than E.164 allows', () => {
    for (const number of ['0612345678', '+0612345678', '+1415555ABCD', '+1234567890123456', '']) {
      expect(assignNumberSchema.safeParse({ customerId: 'c1', number }).success, number).toBe(false);
    }
  });

  it('takes an optional price as a decimal of at most 5 places, and the currency in capitals', () => {
    expect(assignNumberSchema.parse({ customerId: 'c1', number: '+14155550100', monthlyPrice: '1.50', currency: 'usd' })).toMatchObject({ monthlyPrice: '1.50', currency: 'USD' });
    expect(assignNumberSchema.parse({ customerId: 'c1', number: '+14155550100', monthlyPrice: '', currency: '' })).toMatchObject({ monthlyPrice: undefined, currency: undefined });
    for (const monthlyPrice of ['-1', '1,50', '1.123456', 'abc']) {
      expect(assignNumberSchema.safeParse({ customerId: 'c1', number: '+14155550100', monthlyPrice }).success, monthlyPrice).toBe(false);
    }
  });

  it('reads an empty forwarding target as "stop forwarding"', () => {
    expect(forwardingSchema.parse({ assignmentId: 'a1', forwardTo: '  ' }).forwardTo).toBeNull();
    expect(forwardingSchema.parse({ assignmentId: 'a1' }).forwardTo).toBeNull();
    expect(forwardingSchema.safeParse({ assignmentId: 'a1', forwardTo: '12' }).success).toBe(false);
  });
});
