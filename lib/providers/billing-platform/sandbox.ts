import { randomBytes } from 'node:crypto';
import { startSandboxServer, type FaultSettings, type RunningSandbox, type SandboxRequest, type SandboxResponse } from '../sandbox/sandbox-server.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import { generateState, OTHER_RESELLER, type SandboxUser } from './sandbox-data.ts';
import { invoiceJson, ownInvoice, RPC_METHODS, RpcFailure, type MethodContext } from './sandbox-methods.ts';
import { renderTextPdf } from './sandbox-pdf.ts';
import { RPC_CODES, type BillingPlatformCredentials } from './schemas.ts';
import { isValidTimeZone } from './zoned-time.ts';

/** The second reseller on the same platform: its clients must stay invisible to the partner's key. */
export const OTHER_RESELLER_CREDENTIALS = { apiKey: 'sandbox-other-reseller-api-key', login: 'other-reseller', password: 'other-reseller-password' } as const;

export type BillingPlatformSandboxOptions = {
  port?: number;
  faults?: Partial<FaultSettings>;
  seed: SandboxSeed<BillingPlatformCredentials>;
  random?: () => number;
  /** Used when a request carries no `__tz` (documented: the user's zone). */
  userTimeZone?: string;
  jwtTtlSeconds?: number;
  /** inferred: the platform sets no limit itself; a proxy in front of it may answer 429. */
  rateLimit?: { requests: number; windowMs: number } | null;
};

export type BillingPlatformSandbox = RunningSandbox & {
  clientBalance(clientId: number | string): string;
  clientCredit(clientId: number | string): string;
  payments(): Array<{ id: number; clientId: number; amount: string; currency: string; externalId: string | null }>;
  didOwner(didId: number | string): number | null;
  /** Ids of the client's xDRs that started in [from, to). */
  xdrIdsBetween(clientId: number | string, from: Date, to: Date): string[];
  otherReseller: { credentials: BillingPlatformCredentials; clientIds: string[] };
  /** Every request's `__tz` in arrival order ('' when absent) and the JWT calls made. */
  stats(): { timeZones: string[]; authentications: number; refreshes: number };
  revokeTokens(): void;
  setPassword(login: string, password: string): void;
  setRateLimit(limit: { requests: number; windowMs: number } | null): void;
  /** Answer the next `count` requests with `status` before anything else happens. */
  failNext(count: number, status?: number): void;
  /** Drop `field` from `method`'s results (and from each item of a search), to test contract errors. */
  breakField(method: string, field: string | null): void;
};

type Session = { user: SandboxUser; expiresAt: number };

/** Starts the billing platform emulator: JSON-RPC on `POST /`, the documented REST paths, a PDF download. */
export async function startBillingPlatformSandbox(options: BillingPlatformSandboxOptions): Promise<BillingPlatformSandbox> {
  const state = generateState(options.seed, { resellerId: OTHER_RESELLER, ...OTHER_RESELLER_CREDENTIALS }, new Date());
  const userTimeZone = options.userTimeZone ?? 'Europe/Berlin';
  const ttlMs = (options.jwtTtlSeconds ?? 3600) * 1000;
  const sessions = new Map<string, Session>();
  const stats = { timeZones: [] as string[], authentications: 0, refreshes: 0 };
  const calls = new Map<SandboxUser, number[]>();
  let rateLimit = options.rateLimit ?? null;
  let failing = { count: 0, status: 503 };
  let broken: { method: string; field: string } | null = null;

  const issueToken = (user: SandboxUser) => {
    const token = randomBytes(24).toString('base64url');
    const expiresAt = Date.now() + ttlMs;
    sessions.set(token, { user, expiresAt });
    return { token, expires_at: Math.floor(expiresAt / 1000) };
  };

  /** HTTP 401 for a bad API key (documented); -32005 for a bad token, sent by the caller's protocol. */
  function authenticate(request: SandboxRequest): SandboxUser | 'bad-key' | 'bad-token' {
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string') return state.users.find((u) => u.apiKey !== null && u.apiKey === apiKey) ?? 'bad-key';
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return 'bad-key';
    const session = sessions.get(bearer);
    return session && session.expiresAt > Date.now() ? session.user : 'bad-token';
  }

  function rateLimited(user: SandboxUser): SandboxResponse | null {
    if (!rateLimit) return null;
    const now = Date.now();
    const recent = (calls.get(user) ?? []).filter((at) => at > now - rateLimit!.windowMs);
    if (recent.length >= rateLimit.requests) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + rateLimit.windowMs - now) / 1000));
      return { status: 429, headers: { 'retry-after': String(retryAfter) }, json: { message: 'Too many requests' } };
    }
    calls.set(user, [...recent, now]);
    return null;
  }

  function timeZoneOf(value: unknown): string {
    stats.timeZones.push(typeof value === 'string' ? value : '');
    if (value === undefined) return userTimeZone;
    if (typeof value !== 'string' || !isValidTimeZone(value)) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { __tz: ['must be an Olson time zone name'] } });
    return value;
  }

  function breakResult(method: string, result: unknown): unknown {
    if (!broken || broken.method !== method || typeof result !== 'object' || result === null) return result;
    const drop = (item: unknown) => {
      const copy = { ...(item as Record<string, unknown>) };
      delete copy[broken!.field];
      return copy;
    };
    const record = result as Record<string, unknown>;
    return Array.isArray(record.items) ? { ...record, items: record.items.map(drop) } : drop(result);
  }

  function callMethod(method: string, params: Record<string, unknown>, user: SandboxUser): unknown {
    const { __tz: tz, ...rest } = params;
    const context: MethodContext = { state, user, timeZone: timeZoneOf(tz) };
    const handler = RPC_METHODS[method];
    if (!handler) throw new RpcFailure(RPC_CODES.methodNotFound, `Method not found: ${method}`);
    return breakResult(method, handler(rest, context));
  }

  function jwtMethod(method: string, params: Record<string, unknown>, request: SandboxRequest): unknown {
    timeZoneOf(params.__tz);
    if (method === 'iam.auth.jwt.authenticate') {
      stats.authentications++;
      const user = state.users.find((u) => u.login !== null && u.login === params.login && u.password === params.password);
      if (!user) throw new RpcFailure(RPC_CODES.invalidToken, 'Invalid login or password');
      return issueToken(user);
    }
    if (method !== 'iam.auth.jwt.refresh') throw new RpcFailure(RPC_CODES.methodNotFound, `Method not found: ${method}`);
    stats.refreshes++;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const session = sessions.get(bearer);
    if (!session || session.expiresAt <= Date.now()) throw new RpcFailure(RPC_CODES.invalidToken, 'Invalid token');
    sessions.delete(bearer);
    return issueToken(session.user);
  }

  /** JSON-RPC errors travel with HTTP 200; only a bad API key or a proxy's limit changes the status. */
  function jsonRpc(request: SandboxRequest): SandboxResponse {
    const body = request.body as { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown } | undefined;
    const id = typeof body?.id === 'number' || typeof body?.id === 'string' ? body.id : null;
    const reply = (payload: object): SandboxResponse => ({ status: 200, json: { jsonrpc: '2.0', id, ...payload } });
    if (!body || body.jsonrpc !== '2.0' || typeof body.method !== 'string') return reply({ error: { code: RPC_CODES.invalidRequest, message: 'Invalid Request' } });
    const params = typeof body.params === 'object' && body.params !== null ? (body.params as Record<string, unknown>) : {};
    try {
      if (body.method.startsWith('iam.auth.jwt.')) return reply({ result: jwtMethod(body.method, params, request) });
      const user = authenticate(request);
      if (user === 'bad-key') return { status: 401, json: { message: 'Invalid API key' } };
      if (user === 'bad-token') return reply({ error: { code: RPC_CODES.invalidToken, message: 'Invalid token' } });
      return rateLimited(user) ?? reply({ result: callMethod(body.method, params, user) });
    } catch (error) {
      if (error instanceof RpcFailure) return reply({ error: { code: error.code, message: error.message, data: error.data } });
      return reply({ error: { code: RPC_CODES.internalError, message: 'Internal error' } });
    }
  }

  const REST_STATUS: Record<number, number> = { [RPC_CODES.invalidParams]: 400, [RPC_CODES.invalidToken]: 401, [RPC_CODES.forbidden]: 403, [RPC_CODES.notFound]: 404, [RPC_CODES.methodNotFound]: 404 };

  /** REST: the same methods; an error is the same object under `error`, with an HTTP status (inferred). */
  function rest(run: (request: SandboxRequest, user: SandboxUser, timeZone: string | undefined) => SandboxResponse) {
    return (request: SandboxRequest): SandboxResponse => {
      if (failing.count > 0) return injectedFailure();
      const user = authenticate(request);
      if (user === 'bad-key') return { status: 401, json: { message: 'Invalid API key' } };
      if (user === 'bad-token') return { status: 401, json: { error: { code: RPC_CODES.invalidToken, message: 'Invalid token' } } };
      const limited = rateLimited(user);
      if (limited) return limited;
      try {
        return run(request, user, request.query.get('__tz') ?? undefined);
      } catch (error) {
        if (!(error instanceof RpcFailure)) throw error;
        const status = REST_STATUS[error.code] ?? 500;
        return { status, json: { error: { code: error.code, message: error.message, data: error.data } } };
      }
    };
  }

  function injectedFailure(): SandboxResponse {
    failing = { ...failing, count: failing.count - 1 };
    return { status: failing.status, json: { message: 'Injected failure' } };
  }

  const withTz = (params: Record<string, unknown>, timeZone: string | undefined) => (timeZone === undefined ? params : { ...params, __tz: timeZone });
  const ok = (json: unknown): SandboxResponse => ({ status: 200, json });

  function invoicePdf(request: SandboxRequest, user: SandboxUser, timeZone: string | undefined): SandboxResponse {
    const context: MethodContext = { state, user, timeZone: timeZoneOf(timeZone) };
    const invoice = ownInvoice(context, Number(request.params.id));
    const json = invoiceJson(invoice, context.timeZone);
    // A draft is still being rated: there is no document yet.
    if (!json.has_pdf) throw new RpcFailure(RPC_CODES.notFound, `Invoice #${invoice.id} has no PDF yet`, { entity: 'invoice PDF', id: invoice.id });
    const client = state.clients.get(invoice.clientId)!;
    const lines = [`Invoice ${json.number}`, `Client: ${client.name} (#${client.id})`, `Issued: ${json.issue_date}   Due: ${json.due_date}`, '', `Services: ${json.amount} ${json.currency}`, `Tax: ${json.tax} ${json.currency}`, `Total: ${json.total} ${json.currency}`];
    return { status: 200, body: renderTextPdf(lines), contentType: 'application/pdf', headers: { 'content-disposition': `attachment; filename="${json.number}.pdf"` } };
  }

  const server = await startSandboxServer({
    port: options.port,
    faults: options.faults,
    random: options.random,
    routes: [
      { method: 'POST', path: '/', handler: (request) => (failing.count > 0 ? injectedFailure() : jsonRpc(request)) },
      { method: 'GET', path: '/clients/:id', handler: rest((request, user, tz) => ok(callMethod('clients.get', withTz({ id: Number(request.params.id) }, tz), user))) },
      {
        method: 'PATCH',
        path: '/clients/:id',
        handler: rest((request, user, tz) => {
          const body = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
          return ok(callMethod('clients.update', withTz({ ...body, id: Number(request.params.id) }, tz), user));
        }),
      },
      {
        method: 'GET',
        path: '/accounting/currencies/exchange-rate',
        handler: rest((request, user, tz) => ok(callMethod('accounting.currencies.get_rate', withTz({ from: request.query.get('from') ?? undefined, to: request.query.get('to') ?? undefined }, tz), user))),
      },
      { method: 'GET', path: '/invoices/:id/pdf', handler: rest(invoicePdf) },
    ],
  });

  const clientOf = (clientId: number | string) => {
    const client = state.clients.get(Number(clientId));
    if (!client) throw new RangeError(`The sandbox has no client ${clientId}.`);
    return client;
  };

  return {
    ...server,
    clientBalance: (clientId) => clientOf(clientId).balance.toString(),
    clientCredit: (clientId) => clientOf(clientId).credit.toString(),
    payments: () => state.payments.map((p) => ({ id: p.id, clientId: p.clientId, amount: p.amount.toString(), currency: p.currency, externalId: p.externalId })),
    didOwner: (didId) => state.dids.find((d) => d.id === Number(didId))?.clientId ?? null,
    xdrIdsBetween: (clientId, from, to) => state.xdrs.filter((x) => x.clientId === Number(clientId) && x.startTime >= from && x.startTime < to).map((x) => String(x.id)),
    otherReseller: {
      credentials: { ...OTHER_RESELLER_CREDENTIALS },
      clientIds: [...state.clients.values()].filter((c) => c.resellerId === OTHER_RESELLER).map((c) => String(c.id)),
    },
    stats: () => ({ timeZones: [...stats.timeZones], authentications: stats.authentications, refreshes: stats.refreshes }),
    revokeTokens: () => sessions.clear(),
    setPassword: (login, password) => {
      for (const user of state.users) if (user.login === login) user.password = password;
      sessions.clear();
    },
    setRateLimit: (limit) => {
      rateLimit = limit;
      calls.clear();
    },
    failNext: (count, status = 503) => {
      failing = { count, status };
    },
    breakField: (method, field) => {
      broken = field === null ? null : { method, field };
    },
  };
}
