import { z } from 'zod';
import { KycStatus } from '../db/generated/enums.ts';

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable().default(null));

function isKnownRegion(code: string): boolean {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return Boolean(name) && name !== code && name !== 'Unknown Region';
  } catch {
    return false;
  }
}

/**
 * The fields of a customer that are the portal's own record. None of the providers offers
 * an operation to change an account's name, email, phone or country, so editing them here
 * changes what the portal shows and searches, not the provider's account.
 */
export const customerProfileSchema = z.object({
  name: z.string('Enter the customer’s name.').trim().min(1, 'Enter the customer’s name.').max(120, 'Use at most 120 characters.'),
  email: z.string('Enter an email address.').trim().max(254, 'Use at most 254 characters.').pipe(z.email('Enter a valid email address, e.g. name@example.com.')),
  phone: optional(
    z
      .string()
      .transform((phone) => phone.replace(/[\s().-]/g, ''))
      .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'Enter the number in international format, e.g. +14155550101.')),
  ),
  country: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => /^[A-Z]{2}$/.test(code) && isKnownRegion(code), 'Enter a two-letter ISO country code, e.g. US.'),
  ),
  lowBalanceThreshold: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,13}(\.\d{1,5})?$/, 'Enter an amount of 0 or more, with at most 5 decimals, e.g. 25.00.'),
  ),
  kycStatus: z.enum(KycStatus, 'Choose a KYC status.'),
});

export type CustomerProfileInput = z.input<typeof customerProfileSchema>;
export type CustomerProfile = z.output<typeof customerProfileSchema>;
