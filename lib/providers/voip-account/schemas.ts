import { z } from 'zod';
import type { BudgetLimit } from '../rate-budget/rate-budget.ts';

/**
 * The VoIP account API's contract. The published document lost its paths, so the path
 * table below is INFERRED (every call a POST with a JSON body, `apikey` inside); it is the
 * only place paths live, for client and sandbox alike, so the real map replaces it here.
 */
export const VOIP_ACCOUNT_PATHS = {
  add: '/account/add',
  apikey: '/account/apikey',
  cdr: '/account/cdr',
  info: '/account/info',
  mrc: '/account/mrc',
  recovery: '/account/recovery',
  sip: '/account/sip',
  signup: '/account/signup',
} as const;

export type VoipAccountEndpoint = keyof typeof VOIP_ACCOUNT_PATHS;

/** Documented: these four allow 6 requests per hour per IP address. */
export const HOURLY_LIMITED_ENDPOINTS = ['apikey', 'cdr', 'info', 'mrc'] as const satisfies readonly VoipAccountEndpoint[];
export type HourlyLimitedEndpoint = (typeof HOURLY_LIMITED_ENDPOINTS)[number];
export const HOURLY_LIMIT: BudgetLimit = { calls: 6, windowMs: 60 * 60 * 1000 };

export function isHourlyLimited(endpoint: VoipAccountEndpoint): endpoint is HourlyLimitedEndpoint {
  return (HOURLY_LIMITED_ENDPOINTS as readonly string[]).includes(endpoint);
}

/**
 * Inferred: the limit counts per endpoint and per caller IP, and every connection of this
 * portal reaches a host from the same IP — so the key is the host and the endpoint, not
 * the connection: two partners on one provider host share the six calls.
 */
export function rateBudgetKey(baseUrl: string, endpoint: HourlyLimitedEndpoint): string {
  let host = baseUrl;
  try {
    host = new URL(baseUrl).host;
  } catch {
    // A malformed URL still gets a stable key; the request itself will fail loudly.
  }
  return `voip-account:${host}:${VOIP_ACCOUNT_PATHS[endpoint]}`;
}

/** Documented: `statusCode` is the string "200" on success (numbers tolerated, inferred). */
export const SUCCESS_STATUS_CODE = '200';

/** Documented failure envelope: a non-"200" statusCode with status and message. */
export const failureEnvelopeSchema = z.looseObject({
  statusCode: z.union([z.string(), z.number()]).transform(String),
  status: z.string().optional(),
  message: z.string().optional(),
});
export type FailureEnvelope = z.output<typeof failureEnvelopeSchema>;

const success = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.looseObject({ statusCode: z.union([z.literal('200'), z.literal(200)]), status: z.string(), ...shape });

/** Money arrives as a JSON number or a decimal string; it leaves as a decimal string, never a float. */
export const decimalAmount = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal amount'), z.number().finite()])
  .transform((value) => (typeof value === 'string' ? value : numberToDecimalString(value)));

function numberToDecimalString(value: number): string {
  const text = String(value);
  // String() gives the shortest exact form of what the provider wrote, except in exponent notation.
  if (!/e/i.test(text)) return text;
  return value.toFixed(10).replace(/\.?0+$/, '');
}

/** Documented: a 10-digit numeric username, sent as an integer. */
export const USERNAME_PATTERN = /^[1-9]\d{9}$/;
const username = z.union([z.number().int(), z.string().regex(/^\d{10}$/)]).transform(String);

export const addAccountResponseSchema = success({
  account: z.looseObject({
    name: z.string(),
    username,
    password: z.string().min(1),
    email: z.string(),
    masterAccount: username.optional(),
  }),
  message: z.string().optional(),
});

export const apiKeyResponseSchema = success({ apikey: z.string().min(1) });

/**
 * Documented only as `cdr: [ ]`. Inferred item shape, Asterisk-style as the SIP side
 * suggests: Unix `calldate`, `src`/`dst`, `duration` and `billsec` in seconds,
 * `disposition`, plus the call's direction, cost and the account currency.
 */
export const cdrRecordSchema = z.looseObject({
  uniqueid: z.string().min(1),
  calldate: z.number().int(),
  direction: z.enum(['inbound', 'outbound']),
  src: z.string(),
  dst: z.string(),
  duration: z.number().int().nonnegative(),
  billsec: z.number().int().nonnegative(),
  disposition: z.enum(['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION']),
  cost: decimalAmount,
  currency: z.string().length(3),
});
export type CdrRecord = z.output<typeof cdrRecordSchema>;
export const cdrResponseSchema = success({ cdr: z.array(cdrRecordSchema) });

/**
 * Documented only as `account: [ ]` with "balance, rate, and configuration". Inferred:
 * one item per account the key reaches, with the balance and per-minute rate in
 * `currency`, and a free-form `configuration` object.
 */
export const accountInfoSchema = z.looseObject({
  username,
  name: z.string(),
  email: z.string().nullable().optional(),
  masterAccount: username.optional(),
  balance: decimalAmount,
  currency: z.string().length(3),
  rate: decimalAmount.optional(),
  configuration: z.record(z.string(), z.unknown()).optional(),
});
export type AccountInfo = z.output<typeof accountInfoSchema>;
export const accountInfoResponseSchema = success({ account: z.array(accountInfoSchema) });

/**
 * Documented only as `mrc: [ ]`, "broken down by service plus a total". Inferred: one
 * row per service and a final row whose service is "Total", each with its currency.
 */
export const MRC_TOTAL_SERVICE = 'Total';
export const recurringChargeRowSchema = z.looseObject({ service: z.string().min(1), amount: decimalAmount, currency: z.string().length(3) });
export const recurringChargesResponseSchema = success({ mrc: z.array(recurringChargeRowSchema) });

export const recoveryResponseSchema = success({ message: z.string() });

/** Documented: the registered URI and user agent; inferred: empty strings when nothing is registered. */
export const sipRegistrationResponseSchema = success({
  account: z.looseObject({ uri: z.string().nullable().optional(), agent: z.string().nullable().optional() }),
});

export const signupResponseSchema = success({
  account: z.looseObject({ name: z.string(), username, password: z.string().min(1), email: z.string(), masterAccount: username.optional() }),
  message: z.string().optional(),
});

export type AddAccountRequest = { name: string; username: number; email: string; masterAccount?: number };
export type SignupRequest = { name: string; email: string; promo?: string };
/** Unix seconds. Documented: `start` is the LATER bound (defaults to now), `end` the earlier one. */
export type CdrWindowRequest = { start: number; end: number };
