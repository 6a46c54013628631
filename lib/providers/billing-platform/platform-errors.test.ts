import { describe, expect, it } from 'vitest';
import { ProviderAuthFailed, ProviderForbidden, ProviderNotFound, ProviderRequestFailed, ProviderUnavailable, ProviderValidationFailed } from '../errors.ts';
import { fieldErrorsFrom, mapRpcError, platformErrorMapper } from './platform-errors.ts';

const map = (code: number, data?: unknown, message = 'Something') => mapRpcError({ code, message, data }, 'billing-platform.test', ['super-secret-key']);

describe('billing platform error objects', () => {
  it('maps each JSON-RPC code to the typed error the portal handles', () => {
    expect(map(-32005)).toBeInstanceOf(ProviderAuthFailed);
    expect(map(-32602)).toBeInstanceOf(ProviderValidationFailed);
    expect(map(-32004, { entity: 'did', id: 7 })).toBeInstanceOf(ProviderNotFound);
    expect(map(-32004, { entity: 'did', id: 7 }).message).toContain('Did 7');
    expect(map(-32003)).toBeInstanceOf(ProviderForbidden);
    expect(map(-32601)).toBeInstanceOf(ProviderRequestFailed);
    expect(map(-32700)).toBeInstanceOf(ProviderRequestFailed);
    expect(map(-32600)).toBeInstanceOf(ProviderRequestFailed);
    expect(map(-32603)).toBeInstanceOf(ProviderUnavailable);
    expect(map(-32000)).toBeInstanceOf(ProviderUnavailable);
    expect(map(-32099)).toBeInstanceOf(ProviderUnavailable);
    expect(map(1001)).toBeInstanceOf(ProviderRequestFailed);
  });

  it('keeps credentials out of the message', () => {
    expect(map(1001, undefined, 'key super-secret-key is disabled').message).toBe('key [redacted] is disabled');
  });

  it('reads field errors from the error data', () => {
    expect(fieldErrorsFrom({ errors: { email: 'is invalid', 'filter.limit': ['too big', 3] } })).toEqual({ email: ['is invalid'], 'filter.limit': ['too big'] });
    expect(fieldErrorsFrom({ credit: ['must be positive'] })).toEqual({ credit: ['must be positive'] });
    expect(fieldErrorsFrom('free text')).toEqual({});
  });

  it('maps a REST error body by its code and a bare 401 to a rejected API key', () => {
    const mapper = platformErrorMapper([]);
    expect(mapper(404, { error: { code: -32004, message: 'Client #9 not found', data: { entity: 'client', id: 9 } } }, 'op')).toBeInstanceOf(ProviderNotFound);
    expect(mapper(401, { message: 'Invalid API key' }, 'op')?.message).toContain('API key was rejected');
    expect(mapper(502, '<html>Bad gateway</html>', 'op')).toBeUndefined();
  });
});
