import pino from 'pino';

/**
 * The one logger. Secret-bearing fields are redacted by name wherever they appear, so a
 * request, a provider credential or a customer's auth token never reaches a log line.
 */
export const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'authToken',
  'auth_token',
  'authTokenEnc',
  'secrets',
  'secretsEnc',
  'token',
  'apikey',
  'apiKey',
  'authorization',
  'Authorization',
  'x-auth-token',
  'X-Auth-Token',
  'x-api-key',
  'X-Api-Key',
  'cookie',
] as const;

const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  redact: { paths: redactPaths, censor: '[redacted]' },
  base: undefined,
});
