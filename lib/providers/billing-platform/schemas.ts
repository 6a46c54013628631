import { z } from 'zod';
import { PLATFORM_DATETIME_PATTERN } from './zoned-time.ts';

/**
 * Shapes of the billing platform's API. Documented: JSON-RPC 2.0 envelopes, the error
 * object (`code`, `message`, `data`), `-32005` for an invalid token, the `clients.get` /
 * `clients.update` calls with `credit`, the JWT methods and `accounting.currencies.get_rate`.
 * Everything else below is *inferred* from the platform's naming (`<entity>.<verb>`) and is
 * kept here so a real method reference can replace it in one place.
 */

// ---- credentials --------------------------------------------------------------------

export type BillingPlatformCredentials = { apiKey?: string; login?: string; password?: string };

export const billingPlatformCredentialsSchema: z.ZodType<BillingPlatformCredentials> = z
  .object({
    apiKey: z.string().trim().min(1).optional(),
    login: z.string().trim().min(1).optional(),
    password: z.string().min(1).optional(),
  })
  .refine((c) => c.apiKey !== undefined || (c.login !== undefined && c.password !== undefined), {
    message: 'Enter an API key, or a login and password (deprecated).',
    path: ['apiKey'],
  });

// ---- scalars ------------------------------------------------------------------------

/**
 * Amounts arrive as JSON numbers (the docs' `"credit": 1000`) or decimal strings; both
 * become a decimal string. `String(n)` is the shortest text that round-trips the number,
 * i.e. exactly the digits the platform wrote; exponent notation is expanded.
 */
export const platformDecimalSchema = z
  .union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number')])
  .transform((value) => (typeof value === 'string' ? value : decimalTextOf(value)));

function decimalTextOf(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/\.?0+$/, '');
}

/** Wall-clock datetime in the request's `__tz` (see zoned-time.ts), or with an explicit offset. */
export const platformDateTimeSchema = z.string().regex(PLATFORM_DATETIME_PATTERN, 'expected a datetime "YYYY-MM-DD HH:mm:ss"');

const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code');

// ---- JSON-RPC envelope (documented: JSON-RPC 2.0) -----------------------------------

export const rpcErrorObjectSchema = z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() });
export type RpcErrorObject = z.infer<typeof rpcErrorObjectSchema>;

export const rpcResponseSchema = z.object({
  jsonrpc: z.literal('2.0'),
  id: z.union([z.number(), z.string(), z.null()]),
  result: z.unknown().optional(),
  error: rpcErrorObjectSchema.optional(),
});

/** REST errors: *inferred* to carry the same error object, with an HTTP status. */
export const restErrorBodySchema = z.object({ error: rpcErrorObjectSchema });

/** Error codes. -32700…-32603 are JSON-RPC's own; -32005 is documented; the rest *inferred*. */
export const RPC_CODES = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  invalidToken: -32005,
  /** inferred: an entity that does not exist or belongs to another reseller */
  notFound: -32004,
  /** inferred: the API user may not perform this change */
  forbidden: -32003,
} as const;

// ---- pagination (inferred: `filter`, `limit`, `offset` in; `items`, `total` out) ----

export const MAX_PAGE_SIZE = 1000;

export function searchResultSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().nonnegative() });
}

// ---- authentication (documented methods; result field names inferred) ----------------

export const jwtTokenSchema = z.looseObject({
  token: z.string().min(1),
  /** "its expiry timestamp": Unix seconds, or a datetime in `__tz`. */
  expires_at: z.union([z.number().positive(), platformDateTimeSchema]),
});

// ---- entities (inferred field names) -------------------------------------------------

export const platformClientSchema = z.looseObject({
  id: z.number().int().positive(),
  name: z.string(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  country: z.string().nullish(),
  company: z.string().nullish(),
  /** active | blocked | closed */
  status: z.string(),
  billing_type: z.enum(['prepaid', 'postpaid']),
  balance: platformDecimalSchema,
  /** The credit limit: how far below zero the balance may go (documented as `credit`). */
  credit: platformDecimalSchema,
  currency: currencySchema,
  created_at: platformDateTimeSchema.nullish(),
});
export type PlatformClient = z.output<typeof platformClientSchema>;

export const platformPaymentSchema = z.looseObject({
  id: z.number().int().positive(),
  client_id: z.number().int().positive(),
  amount: platformDecimalSchema,
  currency: currencySchema,
  /** The caller's reference; the portal puts its operation id here to find a payment again. */
  external_id: z.string().nullish(),
  comment: z.string().nullish(),
  created_at: platformDateTimeSchema,
  balance_after: platformDecimalSchema.nullish(),
});
export type PlatformPayment = z.output<typeof platformPaymentSchema>;

export const platformDidSchema = z.looseObject({
  id: z.number().int().positive(),
  number: z.string().regex(/^\+?[1-9]\d{6,14}$/, 'expected an E.164 number'),
  country: z.string().length(2),
  /** local | mobile | toll_free */
  type: z.string().nullish(),
  client_id: z.number().int().positive().nullable(),
  description: z.string().nullish(),
  monthly_fee: platformDecimalSchema.nullish(),
  setup_fee: platformDecimalSchema.nullish(),
  currency: currencySchema,
});
export type PlatformDid = z.output<typeof platformDidSchema>;

/** xDR: the platform's "extended data record", a CDR. */
export const platformXdrSchema = z.looseObject({
  id: z.union([z.number().int(), z.string()]),
  client_id: z.number().int().positive().nullable(),
  direction: z.enum(['inbound', 'outbound']),
  caller: z.string(),
  callee: z.string(),
  start_time: platformDateTimeSchema,
  answer_time: platformDateTimeSchema.nullable(),
  end_time: platformDateTimeSchema.nullable(),
  duration: z.number().int().nonnegative(),
  billed_duration: z.number().int().nonnegative(),
  /** answered | no_answer | busy | failed */
  disposition: z.string(),
  cost: platformDecimalSchema.nullable(),
  currency: currencySchema,
});
export type PlatformXdr = z.output<typeof platformXdrSchema>;

export const platformInvoiceSchema = z.looseObject({
  id: z.number().int().positive(),
  client_id: z.number().int().positive(),
  number: z.string(),
  /** draft | issued | paid | overdue | void */
  status: z.string(),
  issue_date: platformDateTimeSchema.nullable(),
  due_date: platformDateTimeSchema.nullable(),
  amount: platformDecimalSchema.nullable(),
  tax: platformDecimalSchema.nullable(),
  total: platformDecimalSchema,
  currency: currencySchema,
  has_pdf: z.boolean().optional(),
});
export type PlatformInvoice = z.output<typeof platformInvoiceSchema>;

export const exchangeRateSchema = z.looseObject({ from: currencySchema, to: currencySchema, rate: platformDecimalSchema });
