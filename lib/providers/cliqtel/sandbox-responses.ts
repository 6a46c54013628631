import type { SandboxRequest, SandboxResponse } from '../sandbox/sandbox-server.ts';
import type { IdSequences, SandboxAccount } from './sandbox-data.ts';
import { DAY_MS } from './sandbox-data.ts';
import type { CliqtelScope } from './schemas.ts';

/** Building blocks of the Cliqtel sandbox's answers, in the shapes Cliqtel (Laravel) uses. */

export type CliqtelSandboxRoute = {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  /** `public` needs no token; otherwise the scope the key needs (null: any valid key) and its rate-limit group. */
  access: 'public' | { scope: CliqtelScope | null; limiter: 'reporting' | 'messaging' };
  handle: (request: SandboxRequest, account: SandboxAccount) => SandboxResponse;
};

export const E164 = /^\+[1-9]\d{6,14}$/;

/** Amounts leave the sandbox as JSON numbers, as Cliqtel sends them. */
export const amount = (units: number) => units / 10_000;

/** Cliqtel writes instants with an explicit offset ("2026-06-01T09:14:22+00:00"). */
export const timestamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function ok(json: unknown, status = 200): SandboxResponse {
  return { status, json };
}

export function notFound(what: string): SandboxResponse {
  return { status: 404, json: { error: 'not_found', message: `${what} not found.` } };
}

/** Laravel's 422: the first message as the summary, every field's messages under `errors`. */
export function validationFailed(errors: Record<string, string[]>): SandboxResponse {
  const messages = Object.values(errors).flat();
  const more = messages.length > 1 ? ` (and ${messages.length - 1} more error${messages.length > 2 ? 's' : ''})` : '';
  return { status: 422, json: { error: 'validation_failed', message: `${messages[0]}${more}`, errors } };
}

/** Laravel's LengthAwarePaginator as JSON; `per_page` over 100 is refused (inferred cap). */
export function paginate<T>(request: SandboxRequest, items: T[], map: (item: T) => unknown): SandboxResponse {
  const page = Number(request.query.get('page') ?? '1');
  const perPage = Number(request.query.get('per_page') ?? '15');
  const errors: Record<string, string[]> = {};
  if (!Number.isInteger(page) || page < 1) errors.page = ['The page field must be at least 1.'];
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) errors.per_page = ['The per page field must be between 1 and 100.'];
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page - 1) * perPage;
  const data = items.slice(start, start + perPage).map(map);
  const url = `https://cliqtel.com/api${request.path}`;
  const pageUrl = (n: number) => `${url}?page=${n}`;
  return ok({
    current_page: page,
    data,
    first_page_url: pageUrl(1),
    from: data.length > 0 ? start + 1 : null,
    last_page: lastPage,
    last_page_url: pageUrl(lastPage),
    next_page_url: page < lastPage ? pageUrl(page + 1) : null,
    path: url,
    per_page: perPage,
    prev_page_url: page > 1 ? pageUrl(page - 1) : null,
    to: data.length > 0 ? start + data.length : null,
    total: items.length,
  });
}

/** `from`/`to` (YYYY-MM-DD, both included); the current month when absent, as documented. */
export function parseWindow(request: SandboxRequest, nowMs: number): { fromMs: number; toMs: number } | SandboxResponse {
  const now = new Date(nowMs);
  const errors: Record<string, string[]> = {};
  const read = (field: 'from' | 'to', fallback: number) => {
    const raw = request.query.get(field);
    if (raw === null) return fallback;
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(parsed)) errors[field] = [`The ${field} field must match the format Y-m-d.`];
    return parsed;
  };
  const fromMs = read('from', Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const toDay = read('to', Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (!errors.from && !errors.to && toDay < fromMs) errors.to = ['The to field must be a date after or equal to from.'];
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  return { fromMs, toMs: toDay + DAY_MS };
}

export function isResponse(value: unknown): value is SandboxResponse {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/** What route handlers share beyond one account: the clock, the seed, row ids, what was sent. */
export type CliqtelSandboxEnv = {
  now: () => number;
  randomSeed: number;
  ids: IdSequences;
  /** Every number some account of this sandbox owns (never offered by the search). */
  ownedNumbers: () => Set<string>;
  sentSms: Array<{ accountId: string; id: number; from: string; to: string; body: string }>;
  sentWhatsApp: Array<{ accountId: string; id: number; to: string; type: 'template' | 'text'; template: string | null; body: string | null }>;
};
