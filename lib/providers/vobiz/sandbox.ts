import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import {
  startSandboxServer,
  type FaultSettings,
  type RunningSandbox,
  type SandboxRequest,
  type SandboxResponse,
  type SandboxRoute,
} from '../sandbox/sandbox-server.ts';
import type { VobizCredentials } from './schemas.ts';
import { formatUnits } from './sandbox-money.ts';
import { filterCdrs, filterTransactions, matchesSearch, pageOf, paginate } from './sandbox-queries.ts';
import { accountJson, cdrJson, numberJson, transactionJson, transferJson, type PartnerPermissions, type SandboxCdr, type SandboxTransfer } from './sandbox-records.ts';
import { SandboxApiError, VobizSandboxState } from './sandbox-state.ts';

export type { PartnerPermissions, SandboxTransfer } from './sandbox-records.ts';

/**
 * A local emulator of the Vobiz Partner API under `/api/v1/partner`, seeded
 * deterministically. Besides the documented behaviour it offers switches for tests:
 * deterministic 5xx failures, a malformed next response, and the partner's permission flags.
 */
export type VobizSandboxOptions = {
  port?: number;
  faults?: Partial<FaultSettings>;
  seed: SandboxSeed<VobizCredentials>;
  random?: () => number;
  /** The partner's cap on customer accounts (`max_accounts`); 50 unless set. */
  maxAccounts?: number;
  /** The partner's master wallet at start, in the partner's currency. */
  partnerBalance?: string;
  /** Requests allowed per credential and window. Inferred: Vobiz publishes no figure; 300 a minute unless set. */
  rateLimit?: { requests: number; windowMs: number };
  now?: () => Date;
};

export type RunningVobizSandbox = RunningSandbox & {
  accountBalance(authId: string): string;
  partnerBalance(): string;
  transfers(): SandboxTransfer[];
  callRecords(authId?: string): SandboxCdr[];
  accountAuthIds(): string[];
  setPermissions(permissions: Partial<PartnerPermissions>): void;
  /** The next `count` authenticated requests fail with `status` before doing anything. */
  failNextRequests(count: number, status?: number): void;
  /** Rewrites the next successful JSON body, to exercise contract checks. */
  corruptNextResponse(mutate: (body: Record<string, unknown>) => unknown): void;
  requestLog(): Array<{ method: string; path: string }>;
};

export const VOBIZ_SANDBOX_BASE_PATH = '/api/v1/partner';

function errorBody(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>): SandboxResponse {
  const json = { status: 'error', error: { code, message, ...(details ? { details } : {}) }, timestamp: new Date().toISOString(), requestId: `req_${Math.random().toString(16).slice(2, 14)}` };
  return { status, json, headers };
}

export async function startVobizSandbox(options: VobizSandboxOptions): Promise<RunningVobizSandbox> {
  const now = options.now ?? (() => new Date());
  const state = new VobizSandboxState(options.seed, { maxAccounts: options.maxAccounts ?? 50, partnerBalance: options.partnerBalance ?? '25000.00000', now: now() });
  const rateLimit = options.rateLimit ?? { requests: 300, windowMs: 60_000 };
  const recentRequests = new Map<string, number[]>();
  const log: Array<{ method: string; path: string }> = [];
  let pendingFailures = { count: 0, status: 503 };
  let corruption: ((body: Record<string, unknown>) => unknown) | null = null;
  const { partner } = state;

  function refuseUnlessAuthorised(request: SandboxRequest): SandboxResponse | null {
    const authId = request.headers['x-auth-id'];
    if (authId !== partner.authId || request.headers['x-auth-token'] !== partner.authToken) {
      return errorBody(401, 'INVALID_CREDENTIALS', 'Missing or invalid X-Auth-ID / X-Auth-Token.');
    }
    const at = now().getTime();
    const inWindow = (recentRequests.get(authId) ?? []).filter((time) => time > at - rateLimit.windowMs);
    if (inWindow.length >= rateLimit.requests) {
      const retryAfter = Math.max(1, Math.ceil((inWindow[0]! + rateLimit.windowMs - at) / 1000));
      return errorBody(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests for these credentials.', { retry_after: retryAfter }, { 'Retry-After': String(retryAfter) });
    }
    recentRequests.set(authId, [...inWindow, at]);
    if (pendingFailures.count > 0) {
      pendingFailures = { ...pendingFailures, count: pendingFailures.count - 1 };
      return errorBody(pendingFailures.status, 'SERVICE_UNAVAILABLE', 'Service temporarily unavailable.');
    }
    return null;
  }

  function route(method: SandboxRoute['method'], path: string, handler: (request: SandboxRequest) => SandboxResponse): SandboxRoute {
    return {
      method,
      path,
      handler: (request) => {
        log.push({ method: request.method, path: request.path });
        const refusal = refuseUnlessAuthorised(request);
        if (refusal) return refusal;
        try {
          const response = handler(request);
          if (corruption && response.status < 300 && response.json && typeof response.json === 'object') {
            response.json = corruption(structuredClone(response.json) as Record<string, unknown>);
            corruption = null;
          }
          return response;
        } catch (error) {
          if (error instanceof SandboxApiError) return errorBody(error.status, error.code, error.message, error.details);
          throw error;
        }
      },
    };
  }

  const ok = (json: unknown, status = 200): SandboxResponse => ({ status, json });
  const requireCdrAccess = () => {
    if (!partner.permissions.canViewCdrs) throw new SandboxApiError(403, 'FORBIDDEN', 'This partner may not view CDRs (can_view_cdrs is false).');
  };

  function transactionsResponse(request: SandboxRequest, authId: string | null) {
    const entries = filterTransactions(authId === null ? state.ledger : state.ledger.filter((entry) => entry.accountAuthId === authId), request.query);
    const page = pageOf(request.query);
    const sum = (type: 'credit' | 'debit') => entries.filter((entry) => entry.type === type).reduce((total, entry) => total + entry.amount, 0n);
    const [credit, debit] = [sum('credit'), sum('debit')];
    return ok({
      transactions: paginate(entries, page).map(transactionJson),
      summary: { total_transactions: entries.length, total_credit: Number(formatUnits(credit)), total_debit: Number(formatUnits(debit)), net_amount: Number(formatUnits(credit - debit)) },
      total: entries.length,
      page: page.page,
      per_page: page.perPage,
      total_pages: Math.ceil(entries.length / page.perPage),
      ...(authId ? { account_auth_id: authId } : {}),
    });
  }

  function numbersResponse(request: SandboxRequest, authId: string | null) {
    const search = request.query.get('search');
    const applicationId = request.query.get('application_id');
    const numbers = state.numbers.filter(
      (number) =>
        (authId === null || number.accountAuthId === authId) &&
        (!search || number.e164.includes(search.replace(/[^\d+]/g, ''))) &&
        (!applicationId || number.applicationId === applicationId),
    );
    const page = pageOf(request.query);
    return ok({ items: paginate(numbers, page).map(numberJson), page: page.page, per_page: page.perPage, total: numbers.length, ...(authId ? { account_auth_id: authId } : {}) });
  }

  function cdrsResponse(request: SandboxRequest, authId: string | null) {
    requireCdrAccess();
    const data = paginate(filterCdrs(authId === null ? state.cdrs : state.cdrs.filter((cdr) => cdr.accountAuthId === authId), request.query), pageOf(request.query));
    return ok({ success: true, ...(authId ? { account_id: authId, account_auth_id: authId } : {}), count: data.length, data: data.map(cdrJson) });
  }

  const routes: SandboxRoute[] = [
    route('GET', '/me', () =>
      ok({
        id: partner.id,
        auth_id: partner.authId,
        name: partner.name,
        email: partner.email,
        billing_model: 'direct',
        is_active: true,
        is_verified: true,
        max_accounts: partner.maxAccounts,
        account_count: state.accounts.size,
        can_create_accounts: partner.permissions.canCreateAccounts,
        can_transfer_balance: partner.permissions.canTransferBalance,
        can_view_cdrs: partner.permissions.canViewCdrs,
        can_create_pricing_tiers: false,
        default_pricing_tier_id: partner.pricingTierId,
        balance: formatUnits(partner.balance),
        currency: partner.currency,
        created_at: partner.createdAt.toISOString(),
      }),
    ),
    route('GET', '/accounts', (request) => {
      const search = request.query.get('search');
      const accounts = [...state.accounts.values()].filter((account) => matchesSearch([account.name, account.email], search)).reverse();
      const page = pageOf(request.query);
      return ok({ accounts: paginate(accounts, page).map((account) => accountJson(account, partner)), total: accounts.length, page: page.page, size: page.perPage });
    }),
    route('POST', '/accounts', (request) => {
      const account = state.createAccount(request.body, now());
      const { auth_id, auth_token, name, email, country, created_at } = accountJson(account, partner);
      return ok({ auth_id, auth_token, name, email, status: 'active', balance: 0, currency: account.currency, country, created_at }, 201);
    }),
    route('GET', '/accounts/:authId', (request) => ok(accountJson(state.account(request.params.authId!), partner))),
    route('GET', '/accounts/:authId/balance', (request) => {
      const account = state.account(request.params.authId!);
      return ok({ auth_id: account.authId, name: account.name, cash_credits: formatUnits(account.balance), currency: account.currency, updated_at: account.updatedAt.toISOString() });
    }),
    route('POST', '/accounts/:authId/transfer-balance', (request) => ok(transferJson(state.transfer(request.params.authId!, request.body, now())))),
    route('GET', '/accounts/:authId/transactions', (request) => transactionsResponse(request, state.account(request.params.authId!).authId)),
    route('GET', '/transactions', (request) => transactionsResponse(request, null)),
    route('GET', '/accounts/:authId/numbers', (request) => numbersResponse(request, state.account(request.params.authId!).authId)),
    route('GET', '/numbers', (request) => numbersResponse(request, null)),
    route('GET', '/accounts/:authId/cdrs', (request) => cdrsResponse(request, state.account(request.params.authId!).authId)),
    route('GET', '/accounts/:authId/cdrs/:uuid', (request) => {
      requireCdrAccess();
      const account = state.account(request.params.authId!);
      const cdr = state.cdrs.find((record) => record.uuid === request.params.uuid && record.accountAuthId === account.authId);
      if (!cdr) throw new SandboxApiError(404, 'CDR_NOT_FOUND', `No call ${request.params.uuid} for ${account.authId}.`);
      return ok({ success: true, data: cdrJson(cdr) });
    }),
    route('GET', '/cdrs', (request) => cdrsResponse(request, null)),
  ];

  const server = await startSandboxServer({ routes, basePath: VOBIZ_SANDBOX_BASE_PATH, port: options.port, faults: options.faults, random: options.random });
  return {
    ...server,
    accountBalance: (authId) => formatUnits(state.account(authId).balance),
    partnerBalance: () => formatUnits(partner.balance),
    transfers: () => state.transfers.map((transfer) => ({ ...transfer })),
    callRecords: (authId) => state.cdrs.filter((cdr) => !authId || cdr.accountAuthId === authId),
    accountAuthIds: () => [...state.accounts.keys()],
    setPermissions: (permissions) => {
      partner.permissions = { ...partner.permissions, ...permissions };
    },
    failNextRequests: (count, status = 503) => {
      pendingFailures = { count, status };
    },
    corruptNextResponse: (mutate) => {
      corruption = mutate;
    },
    requestLog: () => [...log],
  };
}
