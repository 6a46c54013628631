import { describe, expect, it } from 'vitest';
import { formatInvoiceMonth, invoicePeriod, monthIn, previousMonthIn, shiftMonth } from './invoice-month';

describe('invoice months', () => {
  it('span the first to the last calendar day, leap years included', () => {
    expect(invoicePeriod('2026-05')).toEqual({ month: '2026-05', periodStart: new Date('2026-05-01T00:00:00Z'), periodEnd: new Date('2026-05-31T00:00:00Z') });
    expect(invoicePeriod('2028-02').periodEnd).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(invoicePeriod('2026-12').periodEnd).toEqual(new Date('2026-12-31T00:00:00Z'));
  });

  it('refuse anything but YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-5', 'May 2026', '']) expect(() => invoicePeriod(bad)).toThrow();
  });

  it('follow the partner’s time zone at month ends', () => {
    const instant = new Date('2026-06-01T02:00:00Z');
    expect(monthIn('America/New_York', instant)).toBe('2026-05');
    expect(monthIn('Europe/Paris', instant)).toBe('2026-06');
    expect(previousMonthIn('America/New_York', instant)).toBe('2026-04');
    expect(previousMonthIn('Europe/Paris', instant)).toBe('2026-05');
    // 14:00 UTC on the 1st: the month before has ended everywhere, UTC-12 to UTC+14.
    const monthlyRun = new Date('2026-06-01T14:00:00Z');
    expect(previousMonthIn('Etc/GMT+12', monthlyRun)).toBe('2026-05');
    expect(previousMonthIn('Pacific/Kiritimati', monthlyRun)).toBe('2026-05');
  });

  it('shift across years and read as words', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(formatInvoiceMonth('2026-05')).toBe('May 2026');
  });
});
