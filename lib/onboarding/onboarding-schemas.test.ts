import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isIsoCountryCode } from './iso-country-codes';
import {
  billingPlatformOnboardingSchema,
  cliqtelLinkSchema,
  numberToAssignSchema,
  openingBalanceSchema,
  vobizOnboardingSchema,
  voipAccountOnboardingSchema,
} from './onboarding-schemas';

const vobiz = { name: 'Acme Dental', email: 'it@acme.test', phone: '+14155550101', country: 'US', password: 'Secret-123' };

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>);
}

describe('vobizOnboardingSchema', () => {
  it('accepts a complete form and normalises email, phone and country', () => {
    const parsed = vobizOnboardingSchema.parse({ ...vobiz, email: ' IT@Acme.TEST ', phone: '+1 (415) 555-0101', country: 'us', company: '' });
    expect(parsed).toEqual({ ...vobiz, email: 'it@acme.test', company: undefined });
  });

  it('requires a name, an email, a phone, a country and a password', () => {
    expect(Object.keys(errorsOf(vobizOnboardingSchema, {})).sort()).toEqual(['country', 'email', 'name', 'password', 'phone']);
    expect(errorsOf(vobizOnboardingSchema, { ...vobiz, name: '   ' }).name).toEqual(['Enter the customer’s name.']);
  });

  it('rejects a malformed email', () => {
    expect(errorsOf(vobizOnboardingSchema, { ...vobiz, email: 'it@acme' }).email?.[0]).toMatch(/valid email/);
  });

  it.each(['4155550101', '+04155550101', '+1415', '+1415555010123456', '+1415abc0101'])('rejects the non-E.164 phone %s', (phone) => {
    expect(errorsOf(vobizOnboardingSchema, { ...vobiz, phone }).phone?.[0]).toMatch(/E\.164/);
  });

  it.each(['XX', 'EU', 'UK', 'USA', 'U', 'YU', ''])('rejects %j as a country', (country) => {
    expect(errorsOf(vobizOnboardingSchema, { ...vobiz, country }).country).toBeDefined();
  });

  it.each([
    ['Short-1', 'at least 8'],
    ['NoDigits-here', 'number'],
    ['NoSpecial123', 'special'],
  ])('rejects the password %s (%s)', (password, rule) => {
    expect(errorsOf(vobizOnboardingSchema, { ...vobiz, password }).password?.join(' ')).toContain(rule);
  });

  it('accepts a password of exactly 8 characters with a number and a special character', () => {
    expect(vobizOnboardingSchema.safeParse({ ...vobiz, password: 'abcde1#x' }).success).toBe(true);
  });
});

describe('voipAccountOnboardingSchema', () => {
  const voip = { name: 'Summit Clinics', email: 'billing@summit.test', username: '4592086961' };

  it('accepts a 10-digit username that does not start with 0, and an optional billing account', () => {
    expect(voipAccountOnboardingSchema.parse({ ...voip, masterAccount: '' })).toEqual({ ...voip, masterAccount: undefined });
    expect(voipAccountOnboardingSchema.parse({ ...voip, masterAccount: '4592086960' }).masterAccount).toBe('4592086960');
  });

  it.each(['0592086961', '459208696', '45920869612', '45920869a1', ''])('rejects the username %j', (username) => {
    expect(errorsOf(voipAccountOnboardingSchema, { ...voip, username }).username).toBeDefined();
  });

  it('validates the billing account like a username', () => {
    expect(errorsOf(voipAccountOnboardingSchema, { ...voip, masterAccount: '0123' }).masterAccount?.[0]).toMatch(/10-digit/);
  });

  it('requires a name and an email', () => {
    expect(Object.keys(errorsOf(voipAccountOnboardingSchema, { username: voip.username })).sort()).toEqual(['email', 'name']);
  });
});

describe('billingPlatformOnboardingSchema', () => {
  const billing = { name: 'Atelier Nova', email: 'finance@nova.test' };

  it('needs only a name and an email; prepaid by default', () => {
    expect(billingPlatformOnboardingSchema.parse({ ...billing, phone: '', country: '', currency: '' })).toMatchObject({ ...billing, billingModel: 'PREPAID' });
  });

  it('validates the optional phone, country and currency when given', () => {
    const errors = errorsOf(billingPlatformOnboardingSchema, { ...billing, phone: '020 555', country: 'ZZ', currency: 'EURO' });
    expect(Object.keys(errors).sort()).toEqual(['country', 'currency', 'phone']);
    expect(billingPlatformOnboardingSchema.parse({ ...billing, currency: 'eur', country: 'nl' })).toMatchObject({ currency: 'EUR', country: 'NL' });
  });

  it('limits the name to 120 characters and the billing model to prepaid or postpaid', () => {
    expect(errorsOf(billingPlatformOnboardingSchema, { ...billing, name: 'x'.repeat(121) }).name).toBeDefined();
    expect(errorsOf(billingPlatformOnboardingSchema, { ...billing, billingModel: 'MONTHLY' }).billingModel).toBeDefined();
  });
});

describe('cliqtelLinkSchema', () => {
  it('accepts a whole Cliqtel key: number, pipe, secret', () => {
    expect(cliqtelLinkSchema.parse({ apiToken: ' 21|abcdefgh12 ' })).toEqual({ apiToken: '21|abcdefgh12' });
  });

  it.each(['abcdefgh12', '21|short', 'x|abcdefgh12', '21|abc defgh12'])('rejects %j', (apiToken) => {
    expect(errorsOf(cliqtelLinkSchema, { apiToken }).apiToken).toBeDefined();
  });
});

describe('openingBalanceSchema', () => {
  it.each(['25', '25.5', '0.00001', '1000.12345'])('accepts %s', (amount) => {
    expect(openingBalanceSchema.safeParse({ amount }).success).toBe(true);
  });

  it.each(['0', '0.00', '-5', '1e3', '12.123456', 'ten', ''])('rejects %j', (amount) => {
    expect(openingBalanceSchema.safeParse({ amount }).success).toBe(false);
  });
});

describe('numberToAssignSchema', () => {
  it('takes an E.164 number and an optional price', () => {
    expect(numberToAssignSchema.parse({ number: '+1 415 555 0199', monthlyPrice: '', currency: '' })).toEqual({ number: '+14155550199' });
    expect(numberToAssignSchema.safeParse({ number: '4155550199' }).success).toBe(false);
  });
});

describe('isIsoCountryCode', () => {
  it('knows assigned codes only', () => {
    expect(['US', 'IN', 'GB', 'DE', 'SS', 'BQ'].every(isIsoCountryCode)).toBe(true);
    expect(['UK', 'EU', 'XK', 'ZZ', 'us'].some(isIsoCountryCode)).toBe(false);
  });
});
