import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod';
import { logger } from '../../log/logger.ts';
import {
  ProviderAuthFailed,
  ProviderError,
  ProviderForbidden,
  ProviderNotFound,
  ProviderOutcomeUnknown,
  ProviderRateLimited,
  ProviderRequestFailed,
  ProviderUnavailable,
  ProviderValidationFailed,
} from '../errors.ts';
import type { ProviderKind } from '../types.ts';
import { circuitFor, DEFAULT_CIRCUIT, isCircuitOpenError, runThroughCircuit, type CircuitOptions } from './circuit-breakers.ts';
import { parseProviderResponse } from './contract.ts';
import { redactSecrets } from './redact.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ProviderRequest<S extends z.ZodType> = {
  /** Named in logs and errors, e.g. "vobiz.accounts.list". */
  operation: string;
  method: HttpMethod;
  /** Relative to the connection's base URL. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  json?: unknown;
  schema: S;
  /** Writes are retried only when repeating them cannot apply them twice. */
  idempotent?: boolean;
  timeoutMs?: number;
};

/** A provider's error body, turned into its typed error by the adapter (when it knows the envelope). */
export type ErrorMapper = (status: number, body: unknown, operation: string) => ProviderError | undefined;

export type Outcome = { ok: true; operation: string } | { ok: false; operation: string; error: ProviderError };

export type ProviderHttpOptions = {
  provider: ProviderKind;
  baseUrl: string;
  /** Circuit-breaker key: one per connection. */
  connectionKey: string;
  /** Credential values scrubbed from anything logged or thrown. */
  secrets?: readonly string[];
  mapError?: ErrorMapper;
  onOutcome?: (outcome: Outcome) => void;
  retryLimit?: number;
  timeoutMs?: number;
  maxRetryAfterMs?: number;
  backoffLimitMs?: number;
  circuit?: CircuitOptions;
  fetch?: typeof fetch;
};

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * The one HTTP layer under every adapter: timeouts; retries with jittered exponential
 * backoff for reads and idempotent writes only; Retry-After on 429/503; a circuit breaker
 * per connection; zod validation of every response; request logs without secrets.
 */
export class ProviderHttp {
  private readonly client: KyInstance;

  constructor(private readonly options: ProviderHttpOptions) {
    this.client = ky.create({
      prefixUrl: options.baseUrl.replace(/\/+$/, ''),
      timeout: options.timeoutMs ?? 15_000,
      throwHttpErrors: true,
      fetch: options.fetch,
      headers: { accept: 'application/json' },
    });
  }

  async request<S extends z.ZodType>(request: ProviderRequest<S>): Promise<z.output<S>> {
    const response = await this.send(request);
    const text = await response.text();
    let body: unknown = null;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return parseProviderResponse(this.options.provider, request.operation, request.schema, body);
  }

  /** True while the connection's circuit is open: a caller with a scarce call budget checks before spending it. */
  isCircuitOpen(): boolean {
    return circuitFor(this.options.connectionKey, this.options.circuit ?? DEFAULT_CIRCUIT).opened;
  }

  /** For files (invoice PDFs, exports): the response body as a stream, not validated. */
  async stream(request: Omit<ProviderRequest<z.ZodType>, 'schema'>): Promise<{ body: ReadableStream<Uint8Array>; contentType: string | null }> {
    const response = await this.send(request);
    if (!response.body) throw new ProviderRequestFailed(this.options.provider, request.operation, response.status, 'The provider sent an empty file.');
    return { body: response.body, contentType: response.headers.get('content-type') };
  }

  private async send(request: Omit<ProviderRequest<z.ZodType>, 'schema'>): Promise<Response> {
    const { connectionKey, circuit } = this.options;
    const started = Date.now();
    let attempts = 0;
    try {
      const response = await runThroughCircuit(
        connectionKey,
        // Errors are typed inside the circuit, so it can tell an unresponsive provider from a refusal.
        () => this.attempt(request, () => attempts++).catch(async (raw: unknown) => Promise.reject(await this.toProviderError(raw, request))),
        circuit ?? DEFAULT_CIRCUIT,
      );
      this.log('info', request, { status: response.status, attempts, durationMs: Date.now() - started });
      this.options.onOutcome?.({ ok: true, operation: request.operation });
      return response;
    } catch (raw) {
      const error = await this.toProviderError(raw, request);
      this.log('warn', request, { error: error.code, message: error.message, attempts, durationMs: Date.now() - started });
      this.options.onOutcome?.({ ok: false, operation: request.operation, error });
      throw error;
    }
  }

  private attempt(request: Omit<ProviderRequest<z.ZodType>, 'schema'>, countAttempt: () => void): Promise<Response> {
    const retryable = request.method === 'GET' || request.idempotent === true;
    const maxRetryAfterMs = this.options.maxRetryAfterMs ?? 30_000;
    return this.client(request.path.replace(/^\/+/, ''), {
      method: request.method,
      searchParams: request.query ? definedEntries(request.query) : undefined,
      headers: request.headers,
      json: request.json,
      timeout: request.timeoutMs ?? this.options.timeoutMs ?? 15_000,
      retry: {
        limit: retryable ? (this.options.retryLimit ?? 3) : 0,
        methods: ['get', 'post', 'put', 'patch', 'delete'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: maxRetryAfterMs,
        backoffLimit: this.options.backoffLimitMs ?? 5_000,
        jitter: true,
        retryOnTimeout: retryable,
        shouldRetry: ({ error }) => {
          if (!retryable) return false;
          // A wait longer than we are willing to hold a page for: give up and report when to come back.
          if (error instanceof HTTPError) return retryAfterTooLong(error.response, maxRetryAfterMs) ? false : undefined;
          // Connection failures (not timeouts, which have their own switch) are retried for safe calls.
          return error instanceof TimeoutError ? undefined : true;
        },
      },
      hooks: { beforeRequest: [() => void countAttempt()] },
    });
  }

  private async toProviderError(raw: unknown, request: Omit<ProviderRequest<z.ZodType>, 'schema'>): Promise<ProviderError> {
    const { provider } = this.options;
    const { operation } = request;
    if (raw instanceof ProviderError) return raw;
    if (isCircuitOpenError(raw)) {
      const resetMs = (this.options.circuit ?? DEFAULT_CIRCUIT).resetTimeoutMs;
      return new ProviderUnavailable(provider, operation, 'paused after repeated failures', new Date(Date.now() + resetMs));
    }
    const isWrite = request.method !== 'GET' && request.idempotent !== true;
    if (raw instanceof TimeoutError) {
      return isWrite ? new ProviderOutcomeUnknown(provider, operation, 'timed out') : new ProviderUnavailable(provider, operation, 'timed out');
    }
    if (raw instanceof HTTPError) return this.fromHttpError(raw, operation);
    // Network failure: a write may have reached the provider before the connection dropped.
    const reason = this.redact(raw instanceof Error ? (raw.cause instanceof Error ? raw.cause.message : raw.message) : String(raw));
    return isWrite ? new ProviderOutcomeUnknown(provider, operation, reason) : new ProviderUnavailable(provider, operation, reason);
  }

  private async fromHttpError(error: HTTPError, operation: string): Promise<ProviderError> {
    const { provider } = this.options;
    const { status, headers } = error.response;
    const body: unknown = await error.response
      .clone()
      .json()
      .catch(() => null);
    const mapped = this.options.mapError?.(status, body, operation);
    if (mapped) return mapped;
    const message = this.redact(providerMessage(body) ?? `HTTP ${status}`);
    if (status === 401) return new ProviderAuthFailed(provider, operation);
    if (status === 403) return new ProviderForbidden(provider, operation, message);
    if (status === 404) return new ProviderNotFound(provider, operation, 'The requested item');
    if (status === 422 || status === 409) return new ProviderValidationFailed(provider, operation, message);
    if (status === 429) return new ProviderRateLimited(provider, operation, retryAtFrom(headers.get('retry-after')));
    if (status >= 500) return new ProviderUnavailable(provider, operation, `HTTP ${status}`);
    return new ProviderRequestFailed(provider, operation, status, message);
  }

  private redact(text: string): string {
    return redactSecrets(text, this.options.secrets ?? []);
  }

  private log(level: 'info' | 'warn', request: Omit<ProviderRequest<z.ZodType>, 'schema'>, fields: Record<string, unknown>): void {
    // Never headers or bodies: they carry credentials. The path is scrubbed of known secrets too.
    logger[level]({ provider: this.options.provider, operation: request.operation, method: request.method, path: this.redact(request.path), ...fields }, 'provider request');
  }
}

function definedEntries(query: Record<string, string | number | boolean | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}

function providerMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  return undefined;
}

function retryAfterTooLong(response: Response, maxMs: number): boolean {
  const header = response.headers.get('retry-after');
  return header !== null && retryAtFrom(header).getTime() - Date.now() > maxMs;
}

/** Retry-After is seconds or an HTTP date; without one, a minute is a cautious guess. */
export function retryAtFrom(header: string | null, now = Date.now()): Date {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return new Date(now + seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return new Date(date);
  }
  return new Date(now + 60_000);
}
