import { z } from 'zod';
import { cliqtelApiTokenSchema } from '../providers/cliqtel/schemas.ts';
import type { ProviderKind } from '../providers/types.ts';
import { USERNAME_PATTERN } from '../providers/voip-account/schemas.ts';
import { assignNumberSchema } from '../numbers/number-input.ts';
import { isIsoCountryCode } from './iso-country-codes.ts';

/**
 * What each provider requires to open a customer account, validated the way that
 * provider validates it, so a mistake shows beside its field before anything is sent.
 * Plain zod without server imports: the wizard runs the same schemas in the browser as
 * hints, the server runs them again as the authority.
 */

/** An empty form input means "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}

const name = z.string('Enter the customer’s name.').trim().min(1, 'Enter the customer’s name.').max(120, 'Use at most 120 characters.');

const email = z
  .string('Enter the customer’s email address.')
  .trim()
  .toLowerCase()
  .min(1, 'Enter the customer’s email address.')
  .pipe(z.email('Enter a valid email address, e.g. it@example.com.'));

/** Spaces, dashes and brackets are typing aids; what is sent is the bare E.164 form. */
const phone = z
  .string('Enter the phone number in international format.')
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'Enter the number in E.164 format: + and the country code, e.g. +14155550101.'));

const country = z
  .string('Choose the customer’s country.')
  .trim()
  .toUpperCase()
  .refine(isIsoCountryCode, 'Choose a country (an ISO 3166-1 alpha-2 code such as US or IN).');

const company = z.string().trim().max(120, 'Use at most 120 characters.');

/** Vobiz: at least 8 characters with a number and a special character. */
export const providerPasswordSchema = z
  .string('Enter a password for the customer’s account.')
  .min(8, 'Use at least 8 characters.')
  .max(128, 'Use at most 128 characters.')
  .regex(/\d/, 'Include at least one number.')
  .regex(/[^A-Za-z0-9]/, 'Include at least one special character, such as ! or #.');

const voipUsername = (label: string) =>
  z.string(`Enter the ${label}.`).trim().regex(USERNAME_PATTERN, `The ${label} is a 10-digit number that does not start with 0.`);

export const vobizOnboardingSchema = z.object({
  name,
  email,
  phone,
  country,
  company: optional(company),
  password: providerPasswordSchema,
});

export const voipAccountOnboardingSchema = z.object({
  name,
  email,
  username: voipUsername('username'),
  masterAccount: optional(voipUsername('billing (master) account')),
});

export const billingPlatformOnboardingSchema = z.object({
  name,
  email,
  phone: optional(phone),
  country: optional(country),
  company: optional(company),
  billingModel: z.enum(['PREPAID', 'POSTPAID'], 'Choose prepaid or postpaid.').default('PREPAID'),
  currency: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, e.g. EUR.'),
  ),
});

/** Cliqtel accounts cannot be opened through its API: the wizard links an existing one by its key. */
export const cliqtelLinkSchema = z.object({ apiToken: cliqtelApiTokenSchema });

export type VobizOnboardingForm = z.output<typeof vobizOnboardingSchema>;
export type VoipAccountOnboardingForm = z.output<typeof voipAccountOnboardingSchema>;
export type BillingPlatformOnboardingForm = z.output<typeof billingPlatformOnboardingSchema>;
export type CliqtelLinkForm = z.output<typeof cliqtelLinkSchema>;

export const ONBOARDING_SCHEMAS = {
  VOBIZ: vobizOnboardingSchema,
  VOIP_ACCOUNT: voipAccountOnboardingSchema,
  BILLING_PLATFORM: billingPlatformOnboardingSchema,
  CLIQTEL: cliqtelLinkSchema,
} as const satisfies Record<ProviderKind, z.ZodType>;

/** The opening balance: a positive amount in the customer's currency, at most 5 decimals (the ledger's precision). */
export const openingBalanceSchema = z.object({
  amount: z
    .string('Enter an amount.')
    .trim()
    .regex(/^\d+(\.\d{1,5})?$/, 'Enter a positive amount, e.g. 25 or 25.50 (at most 5 decimals).')
    .refine((value) => /[1-9]/.test(value), 'The amount must be more than zero.'),
});

/** The number step sends what the numbers service takes; its schema is the one rule for numbers. */
export const numberToAssignSchema = assignNumberSchema.omit({ customerId: true });

/** The provider-independent part of the first form: which connection. */
export const connectionChoiceSchema = z.object({
  connectionId: z.string('Choose a connection.').trim().min(1, 'Choose a connection.'),
});
