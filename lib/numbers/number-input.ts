import { z } from 'zod';

/**
 * What number forms may send, checked on the server before anything reaches a provider.
 * Numbers are stored in E.164 ("+" and up to 15 digits); people type spaces, dashes and
 * brackets, which are dropped first.
 */
const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

export function normalizePhoneNumber(raw: string): string {
  return raw.trim().replace(/[\s().-]/g, '');
}

export const e164Schema = (message = 'Enter the number in international format, e.g. +14155550100.') =>
  z
    .string(message)
    .transform(normalizePhoneNumber)
    .refine((value) => E164_PATTERN.test(value), message);

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const monthlyPriceSchema = optionalText.refine(
  (value) => value === undefined || /^\d{1,13}(\.\d{1,5})?$/.test(value),
  'Enter a price of zero or more with at most 5 decimals, e.g. 1.50.',
);

const currencySchema = optionalText
  .transform((value) => value?.toUpperCase())
  .refine((value) => value === undefined || /^[A-Z]{3}$/.test(value), 'Use a three-letter currency code, e.g. USD.');

export const assignNumberSchema = z.object({
  customerId: z.string('Choose a customer.').trim().min(1, 'Choose a customer.'),
  number: e164Schema(),
  providerNumberId: optionalText,
  monthlyPrice: monthlyPriceSchema,
  currency: currencySchema,
});

export type AssignNumberInput = z.input<typeof assignNumberSchema>;

export const unassignNumberSchema = z.object({
  assignmentId: z.string().trim().min(1, 'Choose a number.'),
  // Checkbox semantics: only an explicit yes cancels at the provider.
  cancelAtProvider: z.boolean().default(false),
});

export const forwardingSchema = z.object({
  assignmentId: z.string().trim().min(1, 'Choose a number.'),
  // Empty means "stop forwarding".
  forwardTo: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? null : normalizePhoneNumber(value)))
    .refine((value) => value === null || E164_PATTERN.test(value), 'Enter the destination in international format, e.g. +14155550100, or leave it empty to stop forwarding.'),
});

export const labelSchema = z.object({
  assignmentId: z.string().trim().min(1, 'Choose a number.'),
  label: z.string('Enter a label.').trim().min(1, 'Enter a label.').max(64, 'Use at most 64 characters.'),
});

export const numberSearchSchema = z.object({
  connectionId: z.string('Choose a connection.').trim().min(1, 'Choose a connection.'),
  country: z
    .string('Enter a country.')
    .trim()
    .transform((value) => value.toUpperCase())
    .refine((value) => /^[A-Z]{2}$/.test(value), 'Use a two-letter country code, e.g. US.'),
  type: optionalText.refine(
    (value) => value === undefined || ['local', 'mobile', 'toll_free', 'national'].includes(value),
    'Choose local, mobile, toll-free or national.',
  ),
});

export type NumberSearchInput = z.input<typeof numberSearchSchema>;

export type { FieldErrors } from '../validation/field-errors.ts';

