import { z } from 'zod';
import type { FieldErrors } from '../validation/field-errors.ts';
import { isCalendarDay, isTimeZone } from './zoned-day.ts';

export const AUDIT_PAGE_SIZE = 50;

/** The audit search's filters, from the URL; dates are calendar days in `timeZone` (the viewer's). */
export type AuditSearchQuery = {
  partnerId?: string;
  actorEmail?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  timeZone: string;
  /** Free text found anywhere in the action, e.g. "suspend". */
  text?: string;
  page: number;
  cursor?: string;
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optionalText = (max: number, message: string) =>
  z.preprocess(
    first,
    z
      .string()
      .trim()
      .max(max, message)
      .optional()
      .transform((value) => value || undefined),
  );

const day = (message: string) =>
  z.preprocess(
    first,
    z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || isCalendarDay(value), message),
  );

const auditFilterShape = {
  partner: optionalText(64, 'Choose a partner from the list.'),
  actor: optionalText(254, 'Enter at most 254 characters.'),
  action: optionalText(100, 'Choose an action from the list.'),
  entityType: optionalText(64, 'Choose an entity type from the list.'),
  entityId: optionalText(64, 'Entity ids are at most 64 characters.'),
  from: day('Enter a date such as 2026-03-01.'),
  to: day('Enter a date such as 2026-03-31.'),
  q: optionalText(100, 'Enter at most 100 characters.'),
};

const auditSearchParamsSchema = z.object(auditFilterShape).superRefine((params, context) => {
  if (params.from && params.to && params.from > params.to) context.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date.' });
});

// Position and zone are not the user's typing: nonsense there falls back silently.
const positionSchema = z.object({
  tz: z.preprocess(first, z.string().max(64).refine(isTimeZone).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
  cursor: z.preprocess(first, z.string().max(200).optional()).catch(undefined),
});

/**
 * The search from the page's search params (`?partner=&actor=&action=&entityType=&entityId=&from=&to=&q=&tz=`).
 * An invalid filter is left out of the search and reported under its field's name, so the
 * page shows the rest of the results with the error next to the field.
 */
export function parseAuditSearchParams(params: Record<string, string | string[] | undefined>): { query: AuditSearchQuery; fieldErrors: FieldErrors } {
  const position = positionSchema.parse(params);
  const base = { timeZone: position.tz ?? 'UTC', page: position.page ?? 1, cursor: position.cursor };
  const parsed = auditSearchParamsSchema.safeParse(params);
  if (parsed.success) return { query: { ...base, ...filtersOf(parsed.data) }, fieldErrors: {} };

  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  // Keep every filter that is valid on its own; a bad one (or a reversed range) is dropped.
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(auditFilterShape)) {
    if (fieldErrors[key]) continue;
    const result = schema.safeParse(params[key]);
    if (result.success) kept[key] = result.data;
  }
  return { query: { ...base, ...filtersOf(kept as z.output<typeof auditSearchParamsSchema>) }, fieldErrors };
}

function filtersOf(params: Partial<z.output<typeof auditSearchParamsSchema>>) {
  return {
    partnerId: params.partner,
    actorEmail: params.actor,
    action: params.action,
    entityType: params.entityType,
    entityId: params.entityId,
    from: params.from,
    to: params.to,
    text: params.q,
  };
}

/** The URL params of a search's filters (not its position), leaving empty ones out. */
export function auditSearchParams(query: AuditSearchQuery): Record<string, string | undefined> {
  return {
    partner: query.partnerId,
    actor: query.actorEmail,
    action: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    from: query.from,
    to: query.to,
    q: query.text,
    tz: query.from || query.to ? query.timeZone : undefined,
  };
}

export function isFilteredAuditSearch(query: AuditSearchQuery): boolean {
  return Boolean(query.partnerId || query.actorEmail || query.action || query.entityType || query.entityId || query.from || query.to || query.text);
}
