import { VOBIZ_DECIMALS } from './schemas.ts';

/**
 * The sandbox keeps money as integer units of 10^-5 (Vobiz's precision), so balances
 * never drift the way floats would.
 */
const SCALE = 10n ** BigInt(VOBIZ_DECIMALS);

export function toUnits(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) throw new RangeError(`Not a decimal amount: ${decimal}`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole!) * SCALE + BigInt(fraction.padEnd(VOBIZ_DECIMALS, '0').slice(0, VOBIZ_DECIMALS) || '0');
  return sign === '-' ? -units : units;
}

/** "1300.00000": the 5-decimal strings Vobiz uses for balances. */
export function formatUnits(units: bigint): string {
  const negative = units < 0n;
  const absolute = negative ? -units : units;
  const fraction = (absolute % SCALE).toString().padStart(VOBIZ_DECIMALS, '0');
  return `${negative ? '-' : ''}${absolute / SCALE}.${fraction}`;
}

/** Amounts Vobiz sends as JSON numbers (transaction amounts, fees, call costs). */
export function unitsToNumber(units: bigint): number {
  return Number(formatUnits(units));
}

/** A JSON number from a request, or null when it has more than 5 decimals or is not finite. */
export function unitsFromNumber(value: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  if (/e/i.test(text)) return null;
  const fraction = text.split('.')[1] ?? '';
  return fraction.length > VOBIZ_DECIMALS ? null : toUnits(text);
}
