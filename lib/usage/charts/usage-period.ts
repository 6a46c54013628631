import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../validation/field-errors.ts';
import { addDays, dayCount, dayInZone, firstOfMonth, isCalendarDay, lastOfMonth, shiftMonth } from './calendar-days.ts';

/** Days `from`…`to` (both included, YYYY-MM-DD in the partner's time zone), optionally one customer's. */
export type UsagePeriod = { from: string; to: string; customerId?: string };

export const USAGE_PERIOD_PRESETS = ['this-month', 'last-month', 'last-7-days', 'last-30-days', 'last-90-days', 'custom'] as const;
export type UsagePeriodPreset = (typeof USAGE_PERIOD_PRESETS)[number];
export const DEFAULT_USAGE_PRESET: Exclude<UsagePeriodPreset, 'custom'> = 'last-30-days';

/** A year and a day: a leap year plus room, while keeping a zero-filled axis small. */
export const MAX_USAGE_PERIOD_DAYS = 367;

export class InvalidUsagePeriod extends Error {
  constructor(readonly period: UsagePeriod) {
    super(`Not a usage period: ${period.from} to ${period.to}.`);
    this.name = 'InvalidUsagePeriod';
  }
}

export function assertUsagePeriod(period: UsagePeriod): void {
  const valid = isCalendarDay(period.from) && isCalendarDay(period.to) && dayCount(period.from, period.to) >= 1 && dayCount(period.from, period.to) <= MAX_USAGE_PERIOD_DAYS;
  if (!valid) throw new InvalidUsagePeriod(period);
}

/** The days a preset covers on `today`; "this month" and the "last n days" end today. */
export function presetPeriod(preset: Exclude<UsagePeriodPreset, 'custom'>, today: string): { from: string; to: string } {
  switch (preset) {
    case 'this-month':
      return { from: firstOfMonth(today), to: today };
    case 'last-month': {
      const from = shiftMonth(today, -1);
      return { from, to: lastOfMonth(from) };
    }
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'last-90-days':
      return { from: addDays(today, -89), to: today };
  }
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const optionalText = z.preprocess(first, z.string().trim().max(64).optional()).transform((value) => value || undefined);

// The URL is the page's state and anyone can edit it: an unknown preset falls back to the
// default, while custom dates that make no sense are reported next to their field.
const usagePeriodParamsSchema = z.object({
  period: z.preprocess(first, z.enum(USAGE_PERIOD_PRESETS).optional()).catch(undefined),
  from: optionalText.catch(undefined),
  to: optionalText.catch(undefined),
  customer: optionalText.catch(undefined),
});

const customRangeSchema = z
  .object({
    from: z.string({ error: 'Choose the first day.' }).refine(isCalendarDay, 'Enter a date as YYYY-MM-DD.'),
    to: z.string({ error: 'Choose the last day.' }).refine(isCalendarDay, 'Enter a date as YYYY-MM-DD.'),
  })
  .superRefine((range, context) => {
    if (!isCalendarDay(range.from) || !isCalendarDay(range.to)) return;
    const days = dayCount(range.from, range.to);
    if (days < 1) context.addIssue({ code: 'custom', path: ['to'], message: 'The last day must not be before the first.' });
    else if (days > MAX_USAGE_PERIOD_DAYS) context.addIssue({ code: 'custom', path: ['to'], message: `Choose at most ${MAX_USAGE_PERIOD_DAYS} days.` });
  });

export type UsagePeriodSelection = {
  preset: UsagePeriodPreset;
  /** The period shown: the chosen one, or the default one while custom dates are invalid. */
  period: UsagePeriod;
  /** What the custom-range fields should show, as typed. */
  custom: { from: string; to: string };
  today: string;
  fieldErrors: FieldErrors;
};

/** The page's period from its search params (`?period=&from=&to=&customer=`), days in `timeZone`. */
export function parseUsagePeriodParams(params: Record<string, string | string[] | undefined>, timeZone: string, now: Date = new Date()): UsagePeriodSelection {
  const parsed = usagePeriodParamsSchema.parse(params);
  const today = dayInZone(now, timeZone);
  const customerId = parsed.customer;
  const preset = parsed.period ?? (parsed.from || parsed.to ? 'custom' : DEFAULT_USAGE_PRESET);
  if (preset !== 'custom') {
    const days = presetPeriod(preset, today);
    return { preset, period: { ...days, customerId }, custom: days, today, fieldErrors: {} };
  }
  const custom = { from: parsed.from ?? '', to: parsed.to ?? '' };
  const range = customRangeSchema.safeParse({ from: parsed.from, to: parsed.to });
  if (range.success) return { preset, period: { ...range.data, customerId }, custom, today, fieldErrors: {} };
  return { preset, period: { ...presetPeriod(DEFAULT_USAGE_PRESET, today), customerId }, custom, today, fieldErrors: fieldErrorsOf(range.error) };
}
