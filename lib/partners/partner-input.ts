import { z } from 'zod';

/** ISO 4217 codes offered when creating a partner: currencies with two minor units, as the portal's money handling expects. */
export const PARTNER_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'SGD', 'HKD', 'INR', 'ZAR', 'BRL', 'MXN', 'AED'] as const;

// Node's list leaves out "UTC" itself, which is the zone many businesses keep their books in.
const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const TIME_ZONE_SET = new Set(TIME_ZONES);

/** IANA zones this runtime knows, for the time-zone select. */
export function partnerTimeZones(): readonly string[] {
  return TIME_ZONES;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 40;

/** "Café Lumière & Co." → "cafe-lumiere-co": lowercase ASCII words joined by dashes. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Keep the ${label} under ${max + 1} characters.`);

const SLUG_MESSAGE = `Use 2–${SLUG_MAX_LENGTH} lowercase letters, digits and single dashes, e.g. “northwind-telecom”.`;

function isValidSlug(slug: string): boolean {
  return slug.length >= 2 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

export const createPartnerSchema = z
  .object({
    name: text('partner’s name', 100).pipe(z.string().min(2, 'Enter at least 2 characters.')),
    // Blank: made from the name below, so the form can leave it to the portal.
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .default('')
      .refine((slug) => slug === '' || isValidSlug(slug), SLUG_MESSAGE),
    currency: z.enum(PARTNER_CURRENCIES, { error: 'Choose the partner’s currency.' }),
    timeZone: z.string({ error: 'Choose a time zone from the list.' }).refine((zone) => TIME_ZONE_SET.has(zone), 'Choose a time zone from the list.'),
    adminName: text('admin’s name', 100),
    adminEmail: z
      .string({ error: 'Enter a valid email address.' })
      .trim()
      .toLowerCase()
      .pipe(z.email('Enter a valid email address.').max(254, 'Enter a shorter email address.')),
  })
  .transform((input, context) => {
    const slug = input.slug || slugFromName(input.name);
    // A name without Latin letters or digits gives no usable slug: ask for one.
    if (!isValidSlug(slug)) context.addIssue({ code: 'custom', path: ['slug'], message: `Enter a slug. ${SLUG_MESSAGE}` });
    return { ...input, slug };
  });

export type CreatePartnerInput = z.output<typeof createPartnerSchema>;

export const suspensionReasonSchema = z
  .string({ error: 'Give a reason for the suspension.' })
  .trim()
  .min(3, 'Give a reason for the suspension (at least 3 characters).')
  .max(500, 'Keep the reason under 500 characters.');
