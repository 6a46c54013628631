import {
  ProviderAuthFailed,
  ProviderForbidden,
  ProviderNotFound,
  ProviderRequestFailed,
  ProviderUnavailable,
  ProviderValidationFailed,
  type ProviderError,
} from '../errors.ts';
import type { ErrorMapper } from '../http/provider-http.ts';
import { redactSecrets } from '../http/redact.ts';
import { RPC_CODES, restErrorBodySchema, type RpcErrorObject } from './schemas.ts';

const PROVIDER = 'BILLING_PLATFORM' as const;

/**
 * Turns the platform's JSON-RPC error object into the portal's typed error. The same object
 * arrives in a JSON-RPC response (HTTP 200) and, *inferred*, in a REST error body.
 */
export function mapRpcError(error: RpcErrorObject, operation: string, secrets: readonly string[]): ProviderError {
  const message = redactSecrets(error.message, secrets);
  switch (error.code) {
    case RPC_CODES.invalidToken:
      return new ProviderAuthFailed(PROVIDER, operation, 'the session token was rejected');
    case RPC_CODES.invalidParams:
      return new ProviderValidationFailed(PROVIDER, operation, message, fieldErrorsFrom(error.data));
    case RPC_CODES.notFound:
      return new ProviderNotFound(PROVIDER, operation, entityNamed(error.data) ?? 'The requested item');
    case RPC_CODES.forbidden:
      return new ProviderForbidden(PROVIDER, operation, message);
    case RPC_CODES.methodNotFound:
      return new ProviderRequestFailed(PROVIDER, operation, null, `This billing platform does not offer the call (${message}); it may be an older version.`);
    case RPC_CODES.parseError:
    case RPC_CODES.invalidRequest:
      return new ProviderRequestFailed(PROVIDER, operation, null, message);
  }
  // -32603 and the implementation-defined server errors (-32099…-32000) mean the platform failed.
  if (error.code === RPC_CODES.internalError || (error.code <= -32000 && error.code >= -32099)) {
    return new ProviderUnavailable(PROVIDER, operation, `server error ${error.code}`);
  }
  return new ProviderRequestFailed(PROVIDER, operation, null, message);
}

/** HTTP-level errors: a REST error body carries the error object; 401 is a rejected API key. */
export function platformErrorMapper(secrets: readonly string[]): ErrorMapper {
  return (status, body, operation) => {
    const parsed = restErrorBodySchema.safeParse(body);
    if (parsed.success) return mapRpcError(parsed.data.error, operation, secrets);
    if (status === 401) return new ProviderAuthFailed(PROVIDER, operation, 'the API key was rejected');
    return undefined;
  };
}

/**
 * *Inferred* shape of `data` on -32602: `{ errors: { field: message | message[] } }`, or the
 * field map itself. Anything else yields no field errors (the message still says what failed).
 */
export function fieldErrorsFrom(data: unknown): Record<string, string[]> {
  if (!isRecord(data)) return {};
  const source = isRecord(data.errors) ? data.errors : data;
  const result: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(source)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string');
    if (messages.length > 0) result[field] = messages;
  }
  return result;
}

/** *Inferred* `data` on not-found: `{ entity: "client", id: 42 }` → "Client 42". */
function entityNamed(data: unknown): string | null {
  if (!isRecord(data) || typeof data.entity !== 'string') return null;
  const entity = data.entity.charAt(0).toUpperCase() + data.entity.slice(1);
  return data.id === undefined ? entity : `${entity} ${String(data.id)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
