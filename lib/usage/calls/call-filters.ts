import { z } from 'zod';
// The generated enums file is plain constants, safe to import where the Prisma client is not.
import { CallStatus } from '../../db/generated/enums.ts';
import { isValidTimeZone } from '../../providers/billing-platform/zoned-time.ts';

export const CALL_PAGE_SIZE = 50;
export const CALL_SORT_FIELDS = ['startedAt', 'billableSeconds'] as const;
export type CallSortField = (typeof CALL_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export const MAX_MIN_DURATION_SECONDS = 86_400;

/**
 * The CDR browser's state, as it travels in the URL. `from`/`to` are the viewer's local
 * dates ("2026-03-01") or times ("2026-03-01T14:30") read in `tz`; a date `to` includes
 * that whole day, a time `to` ends just before it. `destination` is a country code ("GB")
 * or the first digits of the far end's number ("4420").
 */
export type CallFilters = {
  from?: string;
  to?: string;
  tz?: string;
  customerId?: string;
  did?: string;
  destination?: string;
  status?: CallStatus;
  minDuration?: number;
  sort?: CallSortField;
  dir?: SortDirection;
  cursor?: string;
};

export type CallFilterField = keyof CallFilters;
export type CallFilterErrors = Partial<Record<CallFilterField, string[]>>;

const LOCAL_DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function isLocalDateOrTime(text: string): boolean {
  const match = LOCAL_DATE_OR_TIME.exec(text);
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().slice(0, 10) === text.slice(0, 10) && Number(hour) < 24 && Number(minute) < 60;
}

/** Where a bound falls, as sortable local text: a date `to` reaches the end of its day. */
function localBound(text: string, end: boolean): string {
  if (text.includes('T')) return text;
  return end ? `${text}T24:00` : `${text}T00:00`;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Form fields arrive as strings, blank when untouched: blank means "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const single = first(value);
    if (typeof single !== 'string') return single;
    const trimmed = single.trim();
    return trimmed === '' ? undefined : trimmed;
  }, schema.optional());

const localDateOrTime = z.string().refine(isLocalDateOrTime, 'Enter a date such as 2026-03-01.');

export const callFiltersSchema = z
  .object({
    from: optional(localDateOrTime),
    to: optional(localDateOrTime),
    // Filled by the browser; a zone it cannot name falls back to the partner's.
    tz: optional(z.string().max(64).refine(isValidTimeZone)).catch(undefined),
    customerId: optional(z.string().max(64).regex(/^[\w-]+$/, 'Choose a customer from the list.')),
    did: optional(
      z
        .string()
        .max(40)
        .transform((text) => text.replace(/[\s().-]/g, ''))
        .pipe(z.string().regex(/^\+?\d{4,15}$/, 'Enter a number in international format, e.g. +12125550100.'))
        .transform((digits) => (digits.startsWith('+') ? digits : `+${digits}`)),
    ),
    destination: optional(
      z
        .string()
        .max(20)
        .transform((text) => text.replace(/[\s().-]/g, ''))
        .pipe(z.string().regex(/^([A-Za-z]{2}|\+?\d{1,15})$/, 'Enter a country code such as GB, or the first digits of the number such as 4420.'))
        .transform((text) => (/^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : text.replace(/^\+/, ''))),
    ),
    status: optional(z.enum(CallStatus, 'Choose a status from the list.')),
    minDuration: optional(
      z.coerce
        .number('Enter whole seconds, e.g. 60.')
        .int('Enter whole seconds, e.g. 60.')
        .min(0, 'Enter 0 seconds or more.')
        .max(MAX_MIN_DURATION_SECONDS, 'Enter at most 86,400 seconds (a day).'),
    ),
    sort: optional(z.enum(CALL_SORT_FIELDS)).catch(undefined),
    dir: optional(z.enum(['asc', 'desc'])).catch(undefined),
    // Validated when decoded (call-cursor.ts): a stale or edited token starts at the first page.
    cursor: optional(z.string().max(400)).catch(undefined),
  })
  .superRefine((filters, context) => {
    if (filters.from && filters.to && localBound(filters.from, false) >= localBound(filters.to, true)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'The end must come after the start.' });
    }
  });

/** A time of day the form sends beside a date ("14:30"), merged into `from`/`to`. */
function withTimeOfDay(date: unknown, time: unknown): unknown {
  const day = first(date);
  const clock = first(time);
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day.trim())) return day;
  if (typeof clock !== 'string' || !/^\d{2}:\d{2}$/.test(clock.trim())) return day;
  return `${day.trim()}T${clock.trim()}`;
}

/**
 * The browser's state from a page's or a route's search params. A field that does not
 * validate is left out and reported, so the page still shows calls and puts the message
 * next to the field. The form's separate `fromTime`/`toTime` join their dates here.
 */
export function parseCallFilters(params: Record<string, string | string[] | undefined>): { filters: CallFilters; fieldErrors: CallFilterErrors } {
  const input: Record<string, unknown> = {
    ...params,
    from: withTimeOfDay(params.from, params.fromTime),
    to: withTimeOfDay(params.to, params.toTime),
  };
  const fieldErrors: CallFilterErrors = {};
  // Each round drops the fields that failed; the cross-field check can fail only once more.
  for (let round = 0; round < 3; round += 1) {
    const result = callFiltersSchema.safeParse(input);
    if (result.success) return { filters: stripUndefined(result.data), fieldErrors };
    for (const issue of result.error.issues) {
      const field = issue.path[0] as CallFilterField;
      (fieldErrors[field] ??= []).push(issue.message);
      delete input[field];
    }
  }
  return { filters: {}, fieldErrors };
}

function stripUndefined(filters: CallFilters): CallFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as CallFilters;
}

/** Whether anything narrows the set (the sort and the page do not). */
export function hasCallFilters(filters: CallFilters): boolean {
  return Boolean(filters.from || filters.to || filters.customerId || filters.did || filters.destination || filters.status || filters.minDuration);
}

/** The URL params of a state, defaults left out so shared links stay short. */
export function callFilterParams(filters: CallFilters): Record<string, string> {
  const params: Record<string, string | undefined> = {
    from: filters.from,
    to: filters.to,
    tz: filters.tz,
    customerId: filters.customerId,
    did: filters.did,
    destination: filters.destination,
    status: filters.status,
    minDuration: filters.minDuration === undefined ? undefined : String(filters.minDuration),
    sort: filters.sort && filters.sort !== 'startedAt' ? filters.sort : undefined,
    dir: filters.dir && filters.dir !== 'desc' ? filters.dir : undefined,
    cursor: filters.cursor,
  };
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
