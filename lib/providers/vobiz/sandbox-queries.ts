import { VOBIZ_DEFAULT_PER_PAGE, VOBIZ_MAX_PER_PAGE } from './schemas.ts';
import { SandboxApiError } from './sandbox-state.ts';
import type { SandboxCdr, SandboxTransaction, TransactionKind } from './sandbox-records.ts';

/** Query-string rules of the Vobiz list endpoints, as the sandbox applies them. */

const DAY_MS = 86_400_000;
const TRANSACTION_KINDS: TransactionKind[] = ['recharge', 'debit', 'adjustment', 'refund', 'transfer'];
const CALL_STATUSES = ['answered', 'no-answer', 'busy', 'failed'];

function invalid(field: string, message: string): never {
  throw new SandboxApiError(422, 'VALIDATION_ERROR', `Invalid query parameter ${field}.`, { [field]: [message] });
}

function integer(query: URLSearchParams, field: string, fallback: number | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = query.get(field);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) invalid(field, `must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`);
  return value;
}

export function pageOf(query: URLSearchParams): { page: number; perPage: number } {
  return { page: integer(query, 'page', 1, 1)!, perPage: integer(query, 'per_page', VOBIZ_DEFAULT_PER_PAGE, 1, VOBIZ_MAX_PER_PAGE)! };
}

export function paginate<T>(items: T[], { page, perPage }: { page: number; perPage: number }): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** A YYYY-MM-DD filter as the UTC instant its day starts. */
function day(query: URLSearchParams, field: string): number | undefined {
  const raw = query.get(field);
  if (!raw) return undefined;
  const value = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(value)) invalid(field, 'must be a date in YYYY-MM-DD format');
  return value;
}

/** Inclusive whole days, as the documents' "2026-03-01 … 2026-03-31" examples read. */
function withinDays(at: Date, from: number | undefined, to: number | undefined): boolean {
  const time = at.getTime();
  return (from === undefined || time >= from) && (to === undefined || time < to + DAY_MS);
}

const newestFirst = <T>(items: T[], at: (item: T) => Date) => [...items].sort((a, b) => at(b).getTime() - at(a).getTime());

export function filterTransactions(entries: SandboxTransaction[], query: URLSearchParams): SandboxTransaction[] {
  const kind = query.get('transaction_type');
  if (kind && !TRANSACTION_KINDS.includes(kind as TransactionKind)) invalid('transaction_type', `must be one of ${TRANSACTION_KINDS.join(', ')}`);
  const from = day(query, 'from_date');
  const to = day(query, 'to_date');
  return newestFirst(
    entries.filter((entry) => (!kind || entry.kind === kind) && withinDays(entry.createdAt, from, to)),
    (entry) => entry.createdAt,
  );
}

export function filterCdrs(cdrs: SandboxCdr[], query: URLSearchParams): SandboxCdr[] {
  const direction = query.get('call_direction');
  if (direction && direction !== 'inbound' && direction !== 'outbound') invalid('call_direction', 'must be inbound or outbound');
  // The documents spell it both "no-answer" and "no_answer"; both are accepted.
  const status = query.get('status')?.replace('_', '-');
  if (status && !CALL_STATUSES.includes(status)) invalid('status', `must be one of ${CALL_STATUSES.join(', ')}`);
  const from = day(query, 'start_date');
  const to = day(query, 'end_date');
  const minDuration = integer(query, 'min_duration', undefined, 0);
  const maxDuration = integer(query, 'max_duration', undefined, 0);
  const fromNumber = query.get('from_number');
  const toNumber = query.get('to_number');
  const hangupCause = query.get('hangup_cause');
  const search = query.get('search');
  const context = query.get('context');
  return newestFirst(
    cdrs.filter(
      (cdr) =>
        (!direction || cdr.direction === direction) &&
        (!status || cdr.status === status) &&
        withinDays(cdr.startTime, from, to) &&
        (minDuration === undefined || cdr.duration >= minDuration) &&
        (maxDuration === undefined || cdr.duration <= maxDuration) &&
        (!fromNumber || cdr.callerNumber.includes(fromNumber)) &&
        (!toNumber || cdr.destinationNumber.includes(toNumber)) &&
        (!hangupCause || cdr.hangupCause === hangupCause.toUpperCase()) &&
        (!search || cdr.callerNumber.includes(search) || cdr.destinationNumber.includes(search)) &&
        (!context || cdr.context === context),
    ),
    (cdr) => cdr.startTime,
  );
}

export function matchesSearch(values: Array<string | null>, search: string | null): boolean {
  if (!search) return true;
  const needle = search.toLowerCase();
  return values.some((value) => value?.toLowerCase().includes(needle));
}
