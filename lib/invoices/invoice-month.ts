import { z } from 'zod';

/**
 * An invoice month, "YYYY-MM", in the partner's time zone: usage rollups are kept per
 * partner-local day, so a month is simply its first to its last local day.
 */
export const invoiceMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month (YYYY-MM).');

export type InvoicePeriod = {
  month: string;
  /** First day of the month (a calendar date, stored as UTC midnight). */
  periodStart: Date;
  /** Last day of the month, inclusive. */
  periodEnd: Date;
};

export function invoicePeriod(month: string): InvoicePeriod {
  const parsed = invoiceMonthSchema.parse(month);
  const year = Number(parsed.slice(0, 4));
  const monthNumber = Number(parsed.slice(5, 7));
  return {
    month,
    periodStart: new Date(Date.UTC(year, monthNumber - 1, 1)),
    periodEnd: new Date(Date.UTC(year, monthNumber, 0)),
  };
}

/** The month that `instant` falls in, in the given time zone. */
export function monthIn(timeZone: string, instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

export function shiftMonth(month: string, by: number): string {
  const { periodStart } = invoicePeriod(month);
  const shifted = new Date(Date.UTC(periodStart.getUTCFullYear(), periodStart.getUTCMonth() + by, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last month that has ended in the time zone: what the monthly run invoices. */
export function previousMonthIn(timeZone: string, instant: Date = new Date()): string {
  return shiftMonth(monthIn(timeZone, instant), -1);
}

/** "May 2026". */
export function formatInvoiceMonth(month: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(invoicePeriod(month).periodStart);
}

/** "YYYY-MM" of a stored period start. */
export function monthOfPeriod(periodStart: Date): string {
  return periodStart.toISOString().slice(0, 7);
}
