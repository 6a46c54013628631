import { z } from 'zod';

/** Decimal(18, 6): 12 digits before the point, 6 after. */
const AMOUNT = /^\d{1,12}(\.\d{1,6})?$/;
const WHOLE_NUMBER = /^\d{1,6}$/;
const MOST_SECONDS = 3600;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function amount(message: string) {
  return z.preprocess(trimmed, z.string(message).regex(AMOUNT, message));
}

function seconds(message: string, least: number) {
  return z.preprocess(
    trimmed,
    z
      .string(message)
      .regex(WHOLE_NUMBER, message)
      .transform(Number)
      .pipe(z.number().int().min(least, message).max(MOST_SECONDS, message)),
  );
}

/**
 * One price-list entry as the entry form and the CSV import submit it (strings from a form
 * or a file). Prefixes are the digits of the international number: "+44 20" becomes "4420".
 */
export const priceListEntrySchema = z.object({
  prefix: z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/[\s().-]/g, '').replace(/^\+/, '') : value),
    z.string('Enter the dialling prefix, e.g. 44 or 4420.').regex(/^\d{1,15}$/, 'Enter the dialling prefix as digits only, e.g. 44 or 4420 (at most 15).'),
  ),
  description: z.preprocess(
    trimmed,
    z.string('Describe the destination, e.g. United Kingdom – London.').min(1, 'Describe the destination, e.g. United Kingdom – London.').max(120, 'Use at most 120 characters.'),
  ),
  ratePerMinute: amount('Enter a rate of 0 or more with at most 6 decimals, e.g. 0.0150.'),
  billingIncrementSeconds: seconds(`Enter whole seconds from 1 to ${MOST_SECONDS}, e.g. 60 (per minute) or 1 (per second).`, 1),
  minimumSeconds: seconds(`Enter whole seconds from 0 to ${MOST_SECONDS}, e.g. 0 or 30.`, 0),
  connectionFee: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? '0' : value), amount('Enter a fee of 0 or more with at most 6 decimals, e.g. 0.01, or leave it blank.')),
});

export type PriceListEntryValues = z.output<typeof priceListEntrySchema>;
