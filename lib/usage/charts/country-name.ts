/** The rollups' code for calls whose far end has no known country. */
export const UNKNOWN_COUNTRY = 'ZZ';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "Germany" for DE, named on the server so the browser shows exactly what the server did. */
export function countryName(code: string): string {
  if (code === UNKNOWN_COUNTRY) return 'Unknown destination';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
