import { z } from 'zod';
import type { AdapterContext } from '../definition.ts';
import {
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderNotFound,
  ProviderRateLimited,
  ProviderRequestFailed,
  ProviderUnavailable,
  ProviderValidationFailed,
  type ProviderError,
} from '../errors.ts';
import { parseProviderResponse } from '../http/contract.ts';
import { ProviderHttp } from '../http/provider-http.ts';
import { redactSecrets } from '../http/redact.ts';
import type { RateBudget } from '../rate-budget/rate-budget.ts';
import {
  accountInfoResponseSchema,
  addAccountResponseSchema,
  apiKeyResponseSchema,
  cdrResponseSchema,
  failureEnvelopeSchema,
  HOURLY_LIMIT,
  isHourlyLimited,
  rateBudgetKey,
  recoveryResponseSchema,
  recurringChargesResponseSchema,
  signupResponseSchema,
  sipRegistrationResponseSchema,
  SUCCESS_STATUS_CODE,
  VOIP_ACCOUNT_PATHS,
  type AddAccountRequest,
  type CdrWindowRequest,
  type SignupRequest,
  type VoipAccountEndpoint,
} from './schemas.ts';

const PROVIDER = 'VOIP_ACCOUNT' as const;
const OPERATION_PREFIX = 'voip-account.';

export type VoipAccountClientOptions = {
  connectionId: string;
  baseUrl: string;
  adminApiKey: string;
  rateBudget: RateBudget;
  onOutcome?: AdapterContext<unknown>['onOutcome'];
  http?: AdapterContext<unknown>['http'];
};

/**
 * One method per documented endpoint. Authentication is the `apikey` inside the JSON body:
 * the administrator key for adding sub-accounts, a customer's own key for its data.
 */
export class VoipAccountClient {
  /** Reads that may be repeated (SIP registration) and writes that must not be. */
  private readonly http: ProviderHttp;
  /**
   * The hourly-limited calls go through a layer that never retries: inferred that the
   * provider counts every request, so a retry would silently spend another of six calls.
   */
  private readonly singleShotHttp: ProviderHttp;

  constructor(private readonly options: VoipAccountClientOptions) {
    const common = {
      ...options.http,
      provider: PROVIDER,
      baseUrl: options.baseUrl,
      connectionKey: options.connectionId,
      secrets: [options.adminApiKey],
      mapError: (status: number, body: unknown, operation: string) => this.mapHttpError(status, body, operation),
      onOutcome: options.onOutcome,
    };
    this.http = new ProviderHttp(common);
    this.singleShotHttp = new ProviderHttp({ ...common, retryLimit: 0 });
  }

  /** Creates a sub-account with the administrator key; the response carries the generated password. */
  addAccount(request: AddAccountRequest) {
    return this.call('add', { ...request, apikey: this.options.adminApiKey }, addAccountResponseSchema, { write: true });
  }

  /** Limited to 6 an hour per IP: draws from the shared budget first. */
  async fetchApiKey(username: string, password: string): Promise<string> {
    const response = await this.call('apikey', { username: Number(username), password }, apiKeyResponseSchema, { write: false });
    return response.apikey;
  }

  /** Limited to 6 an hour per IP. */
  listCdrs(apikey: string, window: CdrWindowRequest) {
    return this.call('cdr', { start: window.start, end: window.end, apikey }, cdrResponseSchema, { write: false });
  }

  /** Limited to 6 an hour per IP. */
  accountInfo(apikey: string) {
    return this.call('info', { apikey }, accountInfoResponseSchema, { write: false });
  }

  /** Limited to 6 an hour per IP. */
  recurringCharges(apikey: string) {
    return this.call('mrc', { apikey }, recurringChargesResponseSchema, { write: false });
  }

  /** Not rate-limited, so it is also the connection test (with the administrator key). */
  sipRegistration(apikey: string) {
    return this.call('sip', { apikey }, sipRegistrationResponseSchema, { write: false });
  }

  /** Public: emails a recovery link to the account's address. Repeating it sends another email. */
  requestRecovery(email: string) {
    return this.call('recovery', { email }, recoveryResponseSchema, { write: true });
  }

  /** Public: creates a standalone account (not a sub-account of the partner) and emails a verification. */
  signup(request: SignupRequest) {
    return this.call('signup', request, signupResponseSchema, { write: true });
  }

  private async call<S extends z.ZodType>(endpoint: VoipAccountEndpoint, json: Record<string, unknown>, schema: S, { write }: { write: boolean }): Promise<z.output<S>> {
    const operation = `${OPERATION_PREFIX}${endpoint}`;
    if (isHourlyLimited(endpoint)) {
      // An open circuit would fail the call anyway: do not spend one of the six hourly calls on it.
      if (this.singleShotHttp.isCircuitOpen()) throw new ProviderUnavailable(PROVIDER, operation, 'paused after repeated failures');
      const taken = await this.options.rateBudget.take(rateBudgetKey(this.options.baseUrl, endpoint), HOURLY_LIMIT);
      if (!taken.ok) throw new ProviderRateLimited(PROVIDER, operation, taken.retryAt);
    }
    const http = isHourlyLimited(endpoint) ? this.singleShotHttp : this.http;
    const body = await http.request({ operation, method: 'POST', path: VOIP_ACCOUNT_PATHS[endpoint], json, schema: z.unknown(), idempotent: !write });
    // Inferred: the provider may report a failure inside an HTTP 200; the envelope decides.
    const envelope = failureEnvelopeSchema.safeParse(body);
    if (envelope.success && envelope.data.statusCode !== SUCCESS_STATUS_CODE) {
      const error = this.mapFailure(Number(envelope.data.statusCode), envelope.data.message ?? envelope.data.status, operation);
      this.options.onOutcome?.({ ok: false, operation, error });
      throw error;
    }
    return parseProviderResponse(PROVIDER, operation, schema, body);
  }

  private mapHttpError(status: number, body: unknown, operation: string): ProviderError | undefined {
    // Left to the HTTP layer: 429 (it reads Retry-After) and 5xx (unavailable).
    if (status === 429 || status >= 500) return undefined;
    const envelope = failureEnvelopeSchema.safeParse(body);
    const code = envelope.success && Number.isFinite(Number(envelope.data.statusCode)) ? Number(envelope.data.statusCode) : status;
    return this.mapFailure(code, envelope.success ? (envelope.data.message ?? envelope.data.status) : undefined, operation);
  }

  private mapFailure(code: number, rawMessage: string | undefined, operation: string): ProviderError {
    const message = redactSecrets(rawMessage ?? `The provider answered with status ${code}.`, [this.options.adminApiKey]);
    const endpoint = operation.slice(OPERATION_PREFIX.length) as VoipAccountEndpoint;
    if (code === 400 || code === 422) return new ProviderValidationFailed(PROVIDER, operation, message);
    if (code === 401) return new ProviderAuthFailed(PROVIDER, operation, message);
    if (code === 403) return new ProviderForbidden(PROVIDER, operation, message);
    if (code === 404) return new ProviderNotFound(PROVIDER, operation, endpoint === 'recovery' ? 'An account with that email' : 'The account');
    if (code === 409) {
      // Inferred: a conflict on the two creating calls concerns the one unique field each takes.
      const field = endpoint === 'signup' ? 'email' : 'username';
      return new ProviderValidationFailed(PROVIDER, operation, message, { [field]: [message] });
    }
    // A limit reported inside a 200 carries no Retry-After: the documented window is an hour.
    if (code === 429) return new ProviderRateLimited(PROVIDER, operation, new Date(Date.now() + HOURLY_LIMIT.windowMs));
    if (code >= 500) return new ProviderUnavailable(PROVIDER, operation, `status ${code}`);
    return new ProviderRequestFailed(PROVIDER, operation, Number.isFinite(code) ? code : null, message);
  }
}
