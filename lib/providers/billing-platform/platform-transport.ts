import { z } from 'zod';
import { logger } from '../../log/logger.ts';
import { ContractError, ProviderAuthFailed, type ProviderError } from '../errors.ts';
import { parseProviderResponse } from '../http/contract.ts';
import type { HttpMethod, Outcome, ProviderHttp } from '../http/provider-http.ts';
import { JwtSession } from './jwt-session.ts';
import { mapRpcError } from './platform-errors.ts';
import { jwtTokenSchema, rpcResponseSchema, type BillingPlatformCredentials } from './schemas.ts';

const PROVIDER = 'BILLING_PLATFORM' as const;

export type PlatformTransportOptions = {
  http: ProviderHttp;
  credentials: BillingPlatformCredentials;
  /** Sent as `__tz` on every request; the platform reads and writes datetimes in it. */
  timeZone: string;
  secrets: readonly string[];
  onOutcome?: (outcome: Outcome) => void;
  now: () => number;
};

/** Reads, and writes that cannot apply twice, may be retried by the HTTP layer. */
export type CallOptions = { idempotent: boolean };

/**
 * The two documented ways to reach the platform — JSON-RPC 2.0 on `POST /` and REST paths —
 * with its authentication: the `X-Api-Key` header, or (deprecated) a JWT from login and
 * password, renewed before expiry and obtained afresh once when a call answers -32005.
 */
export class PlatformTransport {
  private nextRequestId = 1;
  private readonly session: JwtSession | null;

  constructor(private readonly options: PlatformTransportOptions) {
    const { apiKey, login, password } = options.credentials;
    this.session =
      apiKey === undefined && login !== undefined && password !== undefined
        ? new JwtSession({
            login,
            password,
            timeZone: options.timeZone,
            now: options.now,
            call: (method, params, headers) => this.sendRpc(method, params, jwtTokenSchema, { idempotent: true }, headers),
          })
        : null;
  }

  get timeZone(): string {
    return this.options.timeZone;
  }

  /** One JSON-RPC call; `result` is validated with `schema`, an `error` becomes a typed error. */
  rpc<S extends z.ZodType>(method: string, params: Record<string, unknown>, schema: S, options: CallOptions): Promise<z.output<S>> {
    return this.authorized((headers) => this.sendRpc(method, params, schema, options, headers));
  }

  /** One REST call; `__tz` travels in the query string (inferred: the docs only name the parameter). */
  rest<S extends z.ZodType>(request: { operation: string; method: HttpMethod; path: string; query?: Record<string, string>; json?: unknown; schema: S } & CallOptions): Promise<z.output<S>> {
    return this.authorized((headers) =>
      this.options.http.request({
        ...request,
        operation: `billing-platform.${request.operation}`,
        query: { ...request.query, __tz: this.options.timeZone },
        headers,
      }),
    );
  }

  /** A file (invoice PDF) over REST: streamed, not validated. */
  restFile(request: { operation: string; path: string }): Promise<{ body: ReadableStream<Uint8Array>; contentType: string | null }> {
    return this.authorized((headers) =>
      this.options.http.stream({ operation: `billing-platform.${request.operation}`, method: 'GET', path: request.path, query: { __tz: this.options.timeZone }, headers }),
    );
  }

  private async authorized<T>(call: (headers: Record<string, string>) => Promise<T>): Promise<T> {
    if (!this.session) return call({ 'x-api-key': this.options.credentials.apiKey ?? '' });
    // A failed login surfaces here as it is: logging in twice with wrong credentials helps nobody.
    const headers = await this.session.headers();
    try {
      return await call(headers);
    } catch (error) {
      if (!(error instanceof ProviderAuthFailed)) throw error;
      // -32005 on a token we thought valid (revoked, server restarted): log in once more.
      this.session.invalidate();
      return call(await this.session.headers());
    }
  }

  private async sendRpc<S extends z.ZodType>(
    method: string,
    params: Record<string, unknown>,
    schema: S,
    options: CallOptions,
    headers: Record<string, string>,
  ): Promise<z.output<S>> {
    const id = this.nextRequestId++;
    const operation = `billing-platform.${method}`;
    const envelope = await this.options.http.request({
      operation,
      method: 'POST',
      path: '/',
      headers,
      json: { jsonrpc: '2.0', id, method, params: { ...params, __tz: this.options.timeZone } },
      schema: rpcResponseSchema,
      idempotent: options.idempotent,
    });
    if (envelope.error) throw this.failed(operation, mapRpcError(envelope.error, operation, this.options.secrets));
    if (envelope.id !== id) throw new ContractError(PROVIDER, operation, 'id', `is ${String(envelope.id)}, not the request's ${id}`);
    // Wrapped so a ContractError names the field as "result.<field>"; zod cannot infer a generic object's output.
    const wrapper = z.object({ result: schema }) as unknown as z.ZodType<{ result: z.output<S> }>;
    return parseProviderResponse(PROVIDER, operation, wrapper, { result: envelope.result }).result;
  }

  /** The HTTP layer saw a 200; a JSON-RPC error still counts against the connection's health. */
  private failed(operation: string, error: ProviderError): ProviderError {
    logger.warn({ provider: PROVIDER, operation, error: error.code, message: error.message }, 'provider JSON-RPC error');
    this.options.onOutcome?.({ ok: false, operation, error });
    return error;
  }
}
