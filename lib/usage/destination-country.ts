import { parsePhoneNumberFromString } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';

/**
 * The country a dialled number reaches, from its international dialling code, as an
 * ISO 3166 alpha-2 code; null for service numbers (411), non-geographic codes (+882) and
 * anything that is not an international number. Digits only, without "+".
 *
 * Most calling codes belong to one country and need no parsing. Shared codes (+1, +7, +44…)
 * are told apart by libphonenumber-js; its answer for a valid number depends only on the
 * first digits (within +1, the area code: each belongs to one country), so it is cached by
 * those: the sync maps a million calls without parsing each one.
 */

// E.164 allows at most 15 digits; anything under 7 is a short or service code.
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** National digits that decide the country within a shared code: the area code in North America, fewer than six elsewhere. */
const NORTH_AMERICAN_AREA_DIGITS = 3;
const NATIONAL_DIGITS_THAT_DECIDE = 6;
const CACHE_LIMIT = 100_000;

// Each calling code's countries, its main country first ("001" marks non-geographic services).
const COUNTRIES_BY_CODE = new Map<string, string[]>();
for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
  const geographic = countries.filter((country: string) => country !== '001');
  if (geographic.length > 0) COUNTRIES_BY_CODE.set(code, geographic);
}

const sharedCodeCountries = new Map<string, string>();

function callingCodeOf(digits: string): string | null {
  // Calling codes are prefix-free: at most one of the first 1, 2 or 3 digits is one.
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (COUNTRIES_BY_CODE.has(code)) return code;
  }
  return null;
}

export function destinationCountry(digits: string): string | null {
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const code = callingCodeOf(digits);
  if (!code) return null;
  const countries = COUNTRIES_BY_CODE.get(code)!;
  if (countries.length === 1) return countries[0]!;

  const key = digits.slice(0, code.length + (code === '1' ? NORTH_AMERICAN_AREA_DIGITS : NATIONAL_DIGITS_THAT_DECIDE));
  const known = sharedCodeCountries.get(key);
  if (known) return known;
  const country = parsePhoneNumberFromString(`+${digits}`)?.country;
  // An invalid number says nothing about its range: it goes to the code's main country (US for +1), uncached.
  if (!country) return countries[0]!;
  if (sharedCodeCountries.size >= CACHE_LIMIT) sharedCodeCountries.clear();
  sharedCodeCountries.set(key, country);
  return country;
}
