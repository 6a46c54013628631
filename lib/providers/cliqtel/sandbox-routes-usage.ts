import type { SandboxRequest, SandboxResponse } from '../sandbox/sandbox-server.ts';
import { countryPlan } from './sandbox-countries.ts';
import { DAY_MS, type SandboxAccount, type SandboxCall } from './sandbox-data.ts';
import { csvFile, pdfFile, xlsxFile, type Table } from './sandbox-files.ts';
import { amount, day, isResponse, ok, paginate, parseWindow, timestamp, validationFailed, type CliqtelSandboxEnv, type CliqtelSandboxRoute } from './sandbox-responses.ts';

/** Sandbox routes under /v1/portal/usage (scope usage:read): summary, CDRs, breakdowns, export. */

const minutes = (seconds: number) => Math.round((seconds / 60) * 100) / 100;

function callJson(call: SandboxCall, currency: string) {
  return {
    id: call.id,
    call_id: call.call_id,
    destination: call.destination,
    caller_id: call.caller_id,
    start_time: timestamp(call.startMs),
    duration_seconds: call.duration,
    billable_seconds: call.billable,
    rate_per_minute: amount(call.rate),
    charge: amount(call.charge),
    currency,
    billing_status: 'posted',
  };
}

function figures(calls: SandboxCall[]) {
  const seconds = calls.reduce((sum, c) => sum + c.billable, 0);
  return { minutes: minutes(seconds), calls: calls.length, cost: amount(calls.reduce((sum, c) => sum + c.charge, 0)) };
}

function groupBy(calls: SandboxCall[], key: (call: SandboxCall) => string): Array<[string, SandboxCall[]]> {
  const groups = new Map<string, SandboxCall[]>();
  for (const call of calls) groups.set(key(call), [...(groups.get(key(call)) ?? []), call]);
  return [...groups].sort(([, a], [, b]) => b.reduce((s, c) => s + c.charge, 0) - a.reduce((s, c) => s + c.charge, 0));
}

/** Runs `answer` with the account's calls inside the request's window, or answers the 422. */
function inWindow(env: CliqtelSandboxEnv, answer: (calls: SandboxCall[], window: { fromMs: number; toMs: number }, request: SandboxRequest, account: SandboxAccount) => SandboxResponse) {
  return (request: SandboxRequest, account: SandboxAccount): SandboxResponse => {
    const window = parseWindow(request, env.now());
    if (isResponse(window)) return window;
    const calls = account.calls.filter((c) => c.startMs >= window.fromMs && c.startMs < window.toMs);
    return answer(calls, window, request, account);
  };
}

const EXPORT_HEADER = ['call_id', 'start_time', 'caller_id', 'destination', 'duration_seconds', 'billable_seconds', 'rate_per_minute', 'charge', 'currency', 'billing_status'];

function exportFile(calls: SandboxCall[], window: { fromMs: number; toMs: number }, request: SandboxRequest, account: SandboxAccount): SandboxResponse {
  const format = request.query.get('format') ?? 'csv';
  if (!['csv', 'xlsx', 'pdf'].includes(format)) return validationFailed({ format: ['The selected format is invalid.'] });
  const table: Table = {
    header: EXPORT_HEADER,
    rows: calls.map((c) => [c.call_id, timestamp(c.startMs), c.caller_id, c.destination, c.duration, c.billable, amount(c.rate), amount(c.charge), account.currency, 'posted']),
  };
  const name = `usage-${day(window.fromMs)}-${day(window.toMs - DAY_MS)}.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${name}"` };
  if (format === 'csv') return { status: 200, body: csvFile(table), contentType: 'text/csv; charset=utf-8', headers };
  if (format === 'xlsx') return { status: 200, body: xlsxFile('Calls', table), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', headers };
  const totals = figures(calls);
  const lines = [
    `${account.name} - calls ${day(window.fromMs)} to ${day(window.toMs - DAY_MS)}`,
    `${totals.calls} calls, ${totals.minutes} minutes, ${totals.cost.toFixed(2)} ${account.currency}`,
    '',
    ...calls.map((c) => `${timestamp(c.startMs)}  ${c.caller_id} -> ${c.destination}  ${c.billable}s  ${amount(c.charge).toFixed(2)}`),
  ];
  return { status: 200, body: pdfFile('Cliqtel usage report', lines), contentType: 'application/pdf', headers };
}

export function usageRoutes(env: CliqtelSandboxEnv): CliqtelSandboxRoute[] {
  const access = { scope: 'usage:read', limiter: 'reporting' } as const;
  const route = (path: string, handle: CliqtelSandboxRoute['handle']): CliqtelSandboxRoute => ({ method: 'GET', path: `/v1/portal/usage/${path}`, access, handle });
  return [
    route(
      'summary',
      inWindow(env, (calls, _window, _request, a) => {
        // A few calls "in progress" hold money against the wallet; derived from the account so runs repeat.
        const active = a.calls.length % 3;
        const holds = active * 2000;
        const total = figures(calls);
        return ok({
          minutes_this_month: Math.round(total.minutes * 10) / 10,
          charges_this_month: total.cost,
          total_calls: total.calls,
          active_calls: active,
          open_holds: amount(holds),
          wallet_balance: amount(a.balance),
          available_balance: amount(a.balance - holds),
          billing_mode: a.billingMode,
          credit_limit: amount(a.creditLimit),
        });
      }),
    ),
    route(
      'calls',
      inWindow(env, (calls, _window, request, a) => {
        const code = request.query.get('country');
        if (code !== null && !/^\d{1,4}$/.test(code)) return validationFailed({ country: ['The country field must be a dialling code, e.g. 49.'] });
        const matching = code === null ? calls : calls.filter((c) => c.destination.startsWith(`+${code}`));
        return paginate(request, matching, (c) => callJson(c, a.currency));
      }),
    ),
    route(
      'chart',
      inWindow(env, (calls, window) => {
        const data = [];
        for (let dayMs = window.fromMs; dayMs < window.toMs; dayMs += DAY_MS) {
          data.push({ date: day(dayMs), ...figures(calls.filter((c) => c.startMs >= dayMs && c.startMs < dayMs + DAY_MS)) });
        }
        return ok({ data });
      }),
    ),
    route('by-did', inWindow(env, (calls) => ok({ data: groupBy(calls, (c) => c.caller_id).map(([did, group]) => ({ did, ...figures(group) })) }))),
    route(
      'by-destination',
      inWindow(env, (calls) =>
        ok({ data: groupBy(calls, (c) => c.country).map(([iso, group]) => ({ country_code: iso, country_name: countryPlan(iso)?.name ?? iso, ...figures(group) })) }),
      ),
    ),
    route('by-trunk', inWindow(env, (calls) => ok({ data: groupBy(calls, (c) => c.trunk).map(([trunk, group]) => ({ trunk, ...figures(group) })) }))),
    route('comparison', (_request, a) => {
      const now = new Date(env.now());
      const thisStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
      const lastStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
      const current = figures(a.calls.filter((c) => c.startMs >= thisStart));
      const previous = figures(a.calls.filter((c) => c.startMs >= lastStart && c.startMs < thisStart));
      const delta = (x: number, y: number) => (y === 0 ? null : Math.round(((x - y) / y) * 1000) / 10);
      return ok({
        this_month: current,
        last_month: previous,
        delta_pct: { minutes: delta(current.minutes, previous.minutes), calls: delta(current.calls, previous.calls), cost: delta(current.cost, previous.cost) },
      });
    }),
    route('export', inWindow(env, exportFile)),
  ];
}
