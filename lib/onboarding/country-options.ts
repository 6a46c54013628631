import { ISO_COUNTRY_CODES } from './iso-country-codes.ts';

export type CountryOption = { code: string; name: string };

/**
 * The country picker's options, named on the server so the browser renders exactly what
 * the server did (engines name a few regions differently).
 */
export function countryOptions(locale = 'en'): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return ISO_COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
