import type { AdapterContext } from '../definition.ts';
import {
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderNotFound,
  ProviderValidationFailed,
  type ProviderError,
} from '../errors.ts';
import { ProviderHttp } from '../http/provider-http.ts';
import { redactSecrets } from '../http/redact.ts';
import {
  accountListSchema,
  accountSchema,
  balanceSchema,
  cdrDetailSchema,
  cdrListSchema,
  createdAccountSchema,
  errorEnvelopeSchema,
  partnerProfileSchema,
  phoneNumberListSchema,
  transactionListSchema,
  transferResultSchema,
  type CdrFilters,
  type CreateAccountBody,
  type TransactionFilters,
  type TransferBody,
  type VobizCredentials,
} from './schemas.ts';

export type VobizPageQuery = { page: number; perPage: number };

/** What a 404 means, per operation, so the UI can say which thing is missing. */
const MISSING_THING: Record<string, string> = {
  'vobiz.accounts.get': 'The customer account',
  'vobiz.accounts.balance': 'The customer account',
  'vobiz.accounts.transferBalance': 'The customer account',
  'vobiz.transactions.list': 'The customer account',
  'vobiz.numbers.list': 'The customer account',
  'vobiz.cdrs.list': 'The customer account',
  'vobiz.cdrs.get': 'The call record',
};

/**
 * Turns Vobiz's error envelope into typed errors. Statuses the HTTP layer already maps
 * well (429 with Retry-After, 5xx) are left to it.
 */
export function mapVobizError(status: number, body: unknown, operation: string, secrets: readonly string[] = []): ProviderError | undefined {
  const parsed = errorEnvelopeSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const message = redactSecrets(error?.message ?? `HTTP ${status}`, secrets);
  switch (status) {
    case 401:
      return new ProviderAuthFailed('VOBIZ', operation, 'Vobiz rejected the partner Auth ID / Auth Token');
    case 402:
      // Documented for Vobiz as "insufficient balance": on a transfer, the partner's master wallet.
      return new ProviderValidationFailed('VOBIZ', operation, message, { amount: [message] });
    case 403:
      // The partner profile's permission flags (can_create_accounts, …) act like scopes.
      return new ProviderForbidden('VOBIZ', operation, message, /\bcan_[a-z_]+\b/.exec(message)?.[0] ?? null);
    case 404:
      return new ProviderNotFound('VOBIZ', operation, MISSING_THING[operation] ?? 'The requested item');
    case 400:
    case 409:
    case 422:
      return new ProviderValidationFailed('VOBIZ', operation, message, fieldErrorsFrom(error?.details, secrets));
    default:
      return undefined;
  }
}

function fieldErrorsFrom(details: Record<string, unknown> | null | undefined, secrets: readonly string[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(details ?? {})) {
    const messages = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
    if (messages.length > 0) fieldErrors[field] = messages.map((text) => redactSecrets(text, secrets));
  }
  return fieldErrors;
}

/** One method per documented Partner API endpoint the portal uses. */
export class VobizClient {
  private readonly http: ProviderHttp;
  private readonly headers: Record<string, string>;

  constructor(context: Pick<AdapterContext<VobizCredentials>, 'connectionId' | 'baseUrl' | 'credentials' | 'onOutcome' | 'http'>) {
    const { authId, authToken } = context.credentials;
    const secrets = [authId, authToken];
    this.headers = { 'X-Auth-ID': authId, 'X-Auth-Token': authToken };
    this.http = new ProviderHttp({
      provider: 'VOBIZ',
      baseUrl: context.baseUrl,
      connectionKey: context.connectionId,
      secrets,
      mapError: (status, body, operation) => mapVobizError(status, body, operation, secrets),
      onOutcome: context.onOutcome,
      ...context.http,
    });
  }

  getProfile() {
    return this.get('vobiz.me', '/me', partnerProfileSchema);
  }

  listAccounts(query: VobizPageQuery & { search?: string }) {
    return this.get('vobiz.accounts.list', '/accounts', accountListSchema, { ...pageParams(query), search: query.search || undefined });
  }

  /** Not idempotent: a lost response must be reconciled (search by email), never repeated blindly. */
  createAccount(body: CreateAccountBody) {
    return this.http.request({ operation: 'vobiz.accounts.create', method: 'POST', path: '/accounts', headers: this.headers, json: body, schema: createdAccountSchema });
  }

  getAccount(authId: string) {
    return this.get('vobiz.accounts.get', `/accounts/${segment(authId)}`, accountSchema);
  }

  getBalance(authId: string) {
    return this.get('vobiz.accounts.balance', `/accounts/${segment(authId)}/balance`, balanceSchema);
  }

  /** Moves money at once and for good; no idempotency key exists, so it is never retried. */
  transferBalance(authId: string, body: TransferBody) {
    return this.http.request({
      operation: 'vobiz.accounts.transferBalance',
      method: 'POST',
      path: `/accounts/${segment(authId)}/transfer-balance`,
      headers: this.headers,
      json: body,
      schema: transferResultSchema,
    });
  }

  /** One customer's ledger, or every customer's (`authId` null). */
  listTransactions(authId: string | null, query: VobizPageQuery & TransactionFilters) {
    const path = authId === null ? '/transactions' : `/accounts/${segment(authId)}/transactions`;
    const { page, perPage, ...filters } = query;
    return this.get('vobiz.transactions.list', path, transactionListSchema, { ...pageParams({ page, perPage }), ...filters });
  }

  /** Read-only DID inventory of one customer, or of every customer (path of the global list inferred). */
  listNumbers(authId: string | null, query: VobizPageQuery & { search?: string }) {
    const path = authId === null ? '/numbers' : `/accounts/${segment(authId)}/numbers`;
    return this.get('vobiz.numbers.list', path, phoneNumberListSchema, { ...pageParams(query), search: query.search || undefined });
  }

  listCdrs(authId: string | null, query: VobizPageQuery & CdrFilters) {
    const path = authId === null ? '/cdrs' : `/accounts/${segment(authId)}/cdrs`;
    const { page, perPage, ...filters } = query;
    return this.get('vobiz.cdrs.list', path, cdrListSchema, { ...pageParams({ page, perPage }), ...filters });
  }

  getCdr(authId: string, uuid: string) {
    return this.get('vobiz.cdrs.get', `/accounts/${segment(authId)}/cdrs/${segment(uuid)}`, cdrDetailSchema);
  }

  private get<S extends Parameters<ProviderHttp['request']>[0]['schema']>(operation: string, path: string, schema: S, query?: Record<string, string | number | undefined>) {
    return this.http.request({ operation, method: 'GET', path, headers: this.headers, query, schema });
  }
}

function pageParams({ page, perPage }: VobizPageQuery): { page: number; per_page: number } {
  return { page, per_page: perPage };
}

function segment(value: string): string {
  return encodeURIComponent(value);
}
