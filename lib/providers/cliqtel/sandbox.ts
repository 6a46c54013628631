import { startSandboxServer, type FaultSettings, type RunningSandbox, type SandboxRequest, type SandboxResponse, type SandboxRoute } from '../sandbox/sandbox-server.ts';
import type { SandboxAccountSeed, SandboxSeed } from '../sandbox/sandbox-seed.ts';
import { generateAccount, newIdSequences, type SandboxAccount, type SandboxNumber } from './sandbox-data.ts';
import { type CliqtelSandboxEnv, type CliqtelSandboxRoute } from './sandbox-responses.ts';
import { billingRoutes } from './sandbox-routes-billing.ts';
import { messagingRoutes } from './sandbox-routes-messaging.ts';
import { numberRoutes } from './sandbox-routes-numbers.ts';
import { usageRoutes } from './sandbox-routes-usage.ts';
import type { CliqtelCredentials, CliqtelScope } from './schemas.ts';

/**
 * The Cliqtel sandbox: an in-memory emulator of the Cliqtel REST API (`/api/v1/...`).
 * Every account is a Cliqtel account of its own with its own Bearer key: the partner's
 * (the connection's credentials) and one per seeded customer. Keys carry scopes (full
 * access unless the seed says otherwise); answers follow the documented envelopes:
 * 401 unauthenticated, 403 insufficient_scope, 422 with `errors`, 429 with Retry-After.
 */
export type CliqtelSandboxSeed = SandboxSeed<CliqtelCredentials> & {
  /** Scopes per key (the partner's or a customer's); a key not listed has full access. */
  scopes?: Record<string, readonly CliqtelScope[]>;
};

/** Requests a minute per user. Messaging: documented (60). Reporting/account: undocumented; Laravel's default API limit (inferred). */
export type CliqtelSandboxLimits = { reportingPerMinute: number; messagingPerMinute: number };
export const DEFAULT_CLIQTEL_SANDBOX_LIMITS: CliqtelSandboxLimits = { reportingPerMinute: 60, messagingPerMinute: 60 };

export type CliqtelSandbox = RunningSandbox & {
  partnerAccountId: string;
  /** The Bearer key of a seeded account (generated when the seed gave none). */
  tokenFor(accountId: string): string;
  /** Restricts a key to these scopes; null restores full access. */
  setScopes(token: string, scopes: readonly CliqtelScope[] | null): void;
  setLimits(limits: Partial<CliqtelSandboxLimits>): void;
  /** The next `count` requests answer `status` before anything else happens. */
  failNextRequests(count: number, status?: number): void;
  /** The next answer of the route `path` (e.g. "/v1/wallet/balance") gets `value` at `field` (dotted, e.g. "data.0.charge"). */
  corruptNextResponse(path: string, field: string, value: unknown): void;
  requests(): ReadonlyArray<{ method: string; path: string; keyId: string | null }>;
  smsSent(accountId?: string): CliqtelSandboxEnv['sentSms'];
  whatsAppSent(accountId?: string): CliqtelSandboxEnv['sentWhatsApp'];
  walletBalance(accountId: string): string;
  numbers(accountId: string): SandboxNumber[];
  /** Records an inbound WhatsApp message now, opening the 24-hour window for free text. */
  openWhatsAppWindow(accountId: string, contact: string): void;
};

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'partner';
}

function setField(target: unknown, field: string, value: unknown): void {
  const path = field.split('.');
  let node = target as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

export async function startCliqtelSandbox(options: {
  port?: number;
  faults?: Partial<FaultSettings>;
  seed: CliqtelSandboxSeed;
  random?: () => number;
  limits?: Partial<CliqtelSandboxLimits>;
  /** The sandbox's clock (generated history ends here); defaults to the real time. */
  now?: () => number;
}): Promise<CliqtelSandbox> {
  const { seed } = options;
  const now = options.now ?? Date.now;
  const randomSeed = seed.randomSeed ?? 1;
  const ids = newIdSequences();
  const accounts = new Map<string, SandboxAccount>();
  const keys = new Map<string, { accountId: string; scopes: Set<string> | null }>();
  const tokens = new Map<string, string>();
  let limits = { ...DEFAULT_CLIQTEL_SANDBOX_LIMITS, ...options.limits };
  const startMs = now();

  const partnerSeed: SandboxAccountSeed = {
    providerAccountId: `CQ-${slug(seed.partner.name).toUpperCase()}`,
    name: seed.partner.name,
    email: `api@${slug(seed.partner.name)}.test`,
    country: seed.partner.currency === 'USD' ? 'US' : seed.partner.currency === 'GBP' ? 'GB' : 'NL',
    balance: '500.00',
    billingModel: 'PREPAID',
    authToken: seed.partner.credentials.apiToken,
  };
  for (const [index, accountSeed] of [partnerSeed, ...seed.accounts].entries()) {
    const account = generateAccount(accountSeed, { currency: seed.partner.currency, randomSeed: randomSeed * 1000 + index, nowMs: startMs, ids });
    const token = accountSeed.authToken ?? `${200 + index}|sandbox${(randomSeed * 7919 + index).toString(36)}key`;
    accounts.set(account.id, account);
    tokens.set(account.id, token);
    const scopes = seed.scopes?.[token];
    keys.set(token, { accountId: account.id, scopes: scopes ? new Set(scopes) : null });
  }

  const sentSms: CliqtelSandboxEnv['sentSms'] = [];
  const sentWhatsApp: CliqtelSandboxEnv['sentWhatsApp'] = [];
  const env: CliqtelSandboxEnv = {
    now,
    randomSeed,
    ids,
    ownedNumbers: () => new Set([...accounts.values()].flatMap((a) => a.numbers.map((n) => n.number))),
    sentSms,
    sentWhatsApp,
  };

  const log: Array<{ method: string; path: string; keyId: string | null }> = [];
  const failures = { count: 0, status: 503 };
  const corruptions: Array<{ path: string; field: string; value: unknown }> = [];
  const hits = new Map<string, number[]>();

  /** Sliding one-minute window per user and group; the seconds until a slot frees, or null. */
  function throttle(key: string, perMinute: number): number | null {
    const nowMs = now();
    const recent = (hits.get(key) ?? []).filter((at) => at > nowMs - 60_000);
    if (recent.length >= perMinute) return Math.max(1, Math.ceil((recent[0]! + 60_000 - nowMs) / 1000));
    hits.set(key, [...recent, nowMs]);
    return null;
  }

  function guard(route: CliqtelSandboxRoute, request: SandboxRequest): SandboxResponse {
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim() ?? null;
    log.push({ method: request.method, path: request.path, keyId: token ? token.split('|')[0]! : null });
    if (failures.count > 0) {
      failures.count--;
      return { status: failures.status, json: { message: 'Server Error' } };
    }
    if (route.access === 'public') return route.handle(request, accounts.get(partnerSeed.providerAccountId)!);
    const key = token ? keys.get(token) : undefined;
    if (!key) return { status: 401, json: { error: 'unauthenticated', message: 'Unauthenticated.' } };
    const account = accounts.get(key.accountId)!;
    const { limiter, scope } = route.access;
    const perMinute = limiter === 'messaging' ? limits.messagingPerMinute : limits.reportingPerMinute;
    const retryAfter = throttle(`${account.id}:${limiter}`, perMinute);
    if (retryAfter !== null) {
      return {
        status: 429,
        json: { error: 'too_many_requests', message: 'Too Many Attempts.' },
        headers: { 'retry-after': String(retryAfter), 'x-ratelimit-limit': String(perMinute), 'x-ratelimit-remaining': '0' },
      };
    }
    if (scope && key.scopes && !key.scopes.has(scope)) {
      return { status: 403, json: { error: 'insufficient_scope', message: `This API key is missing the required scope: ${scope}.`, required_scope: scope } };
    }
    return route.handle(request, account);
  }

  function withCorruption(route: CliqtelSandboxRoute, response: SandboxResponse): SandboxResponse {
    const index = corruptions.findIndex((c) => c.path === route.path);
    if (index < 0 || response.json === undefined || response.status >= 400) return response;
    const [corruption] = corruptions.splice(index, 1);
    const json = structuredClone(response.json);
    setField(json, corruption!.field, corruption!.value);
    return { ...response, json };
  }

  const routes: SandboxRoute[] = [...numberRoutes(env), ...usageRoutes(env), ...billingRoutes(env), ...messagingRoutes(env)].map((route) => ({
    method: route.method,
    path: route.path,
    handler: (request) => withCorruption(route, guard(route, request)),
  }));

  const server = await startSandboxServer({ routes, basePath: '/api', port: options.port, faults: options.faults, random: options.random });
  const accountOf = (accountId: string) => {
    const account = accounts.get(accountId);
    if (!account) throw new RangeError(`The Cliqtel sandbox has no account ${accountId}.`);
    return account;
  };

  return {
    ...server,
    partnerAccountId: partnerSeed.providerAccountId,
    tokenFor: (accountId) => tokens.get(accountOf(accountId).id)!,
    setScopes: (token, scopes) => {
      const key = keys.get(token);
      if (key) key.scopes = scopes ? new Set(scopes) : null;
    },
    setLimits: (next) => {
      limits = { ...limits, ...next };
      hits.clear();
    },
    failNextRequests: (count, status = 503) => {
      failures.count = count;
      failures.status = status;
    },
    corruptNextResponse: (path, field, value) => void corruptions.push({ path, field, value }),
    requests: () => [...log],
    smsSent: (accountId) => sentSms.filter((s) => !accountId || s.accountId === accountId),
    whatsAppSent: (accountId) => sentWhatsApp.filter((w) => !accountId || w.accountId === accountId),
    walletBalance: (accountId) => (accountOf(accountId).balance / 10_000).toFixed(4),
    numbers: (accountId) => accountOf(accountId).numbers.map((n) => ({ ...n })),
    openWhatsAppWindow: (accountId, contact) => {
      const account = accountOf(accountId);
      account.whatsapp.unshift({ id: ids.whatsapp++, direction: 'inbound', contact, type: 'text', template: null, body: 'Hello!', status: 'received', createdMs: now() });
    },
  };
}
