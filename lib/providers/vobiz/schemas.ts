import { z } from 'zod';

/**
 * Shapes of the Vobiz Partner API (base `…/api/v1/partner`, `X-Auth-ID` + `X-Auth-Token`).
 * Responses are loose objects: Vobiz sends many more fields than the portal reads, and only
 * the fields read here are required. Parts the documents leave open are marked "inferred";
 * the sandbox (sandbox*.ts) follows the same inferences.
 */

export const vobizCredentialsSchema = z.object({
  authId: z.string().trim().min(1, 'Enter the partner Auth ID'),
  authToken: z.string().trim().min(1, 'Enter the partner Auth Token'),
});
export type VobizCredentials = z.infer<typeof vobizCredentialsSchema>;

/** List endpoints accept `per_page` up to 100 and default to 20. */
export const VOBIZ_MAX_PER_PAGE = 100;
export const VOBIZ_DEFAULT_PER_PAGE = 20;

/** Vobiz keeps money to 5 decimals ("1300.00000"). */
export const VOBIZ_DECIMALS = 5;

/**
 * A JSON number as a decimal string without going through arithmetic: Vobiz sends some
 * amounts as numbers (`amount: 500`, `cost: 0.3`) and balances as strings.
 */
export function decimalFromNumber(value: number): string {
  const text = String(value);
  // Exponent notation only appears for very small or very large values; toFixed settles those.
  if (/e/i.test(text)) return value.toFixed(VOBIZ_DECIMALS);
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(VOBIZ_DECIMALS, '0')}`;
}

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number');
/** An amount sent either as a decimal string or as a JSON number; always read as a decimal string. */
export const decimalValue = z.union([decimalText, z.number().finite()]).transform((value) => (typeof value === 'number' ? decimalFromNumber(value) : value));

/** ISO 8601 instants; Vobiz mixes "…Z" and Python's "…437143+00:00". */
export const instant = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date-time')
  .transform((value) => new Date(value));

/**
 * The customer's wallet currency follows its country (documented: IN → INR). The rest is
 * inferred from Vobiz's markets: the UK, the euro area members it serves, else USD.
 */
const CURRENCY_BY_COUNTRY: Record<string, string> = { IN: 'INR', US: 'USD', GB: 'GBP', DE: 'EUR', FR: 'EUR', NL: 'EUR', ES: 'EUR', IT: 'EUR' };
export function walletCurrencyForCountry(country: string | null | undefined): string {
  return (country && CURRENCY_BY_COUNTRY[country.toUpperCase()]) || 'USD';
}

/**
 * The error envelope of Vobiz's API documentation: `{ status: "error", error: { code,
 * message, details } }`. For 422 the details carry field errors; their exact shape is
 * inferred as `{ <field>: [messages] }`.
 */
export const errorEnvelopeSchema = z.looseObject({
  error: z.looseObject({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.record(z.string(), z.unknown()).nullish(),
  }),
});

/** GET /me */
export const partnerProfileSchema = z.looseObject({
  auth_id: z.string(),
  name: z.string().nullish(),
  balance: decimalValue,
  currency: z.string(),
  max_accounts: z.number().int().nullish(),
  account_count: z.number().int().nullish(),
  can_create_accounts: z.boolean().optional(),
  can_transfer_balance: z.boolean().optional(),
  can_view_cdrs: z.boolean().optional(),
});

/** A customer account as GET /accounts and GET /accounts/{id} return it. */
export const accountSchema = z.looseObject({
  auth_id: z.string(),
  name: z.string(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  country: z.string().nullish(),
  postpaid: z.boolean(),
  cash_credits: decimalValue,
  // Documented on the account object; the partner examples leave it out.
  credit_limit: decimalValue.nullish(),
  is_active: z.boolean(),
  enabled: z.boolean().optional(),
  kyc_status: z.string().nullish(),
  created_at: instant.nullish(),
  pricing_tier: z.looseObject({ currency: z.string() }).nullish(),
});
export type VobizAccount = z.output<typeof accountSchema>;

/** GET /accounts: the request says `per_page`, the response echoes it as `size`. */
export const accountListSchema = z.looseObject({
  accounts: z.array(accountSchema),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
});

/** POST /accounts body. `name`, `email`, `password`, `country` are required by Vobiz. */
export type CreateAccountBody = {
  name: string;
  email: string;
  password: string;
  country: string;
  phone?: string;
  company?: string;
} & Partial<Record<CreateAccountOptionalField, string>>;

/** Optional fields Vobiz accepts "on a best-effort basis" at creation. */
export const CREATE_ACCOUNT_OPTIONAL_FIELDS = ['description', 'address', 'city', 'state', 'zip_code', 'timezone', 'gstin', 'gst_status', 'account_type'] as const;
export type CreateAccountOptionalField = (typeof CREATE_ACCOUNT_OPTIONAL_FIELDS)[number];

/** POST /accounts → 201. The only response that carries the customer's `auth_token` in full. */
export const createdAccountSchema = z.looseObject({
  auth_id: z.string(),
  auth_token: z.string().min(1),
  name: z.string(),
  email: z.string(),
  status: z.string(),
  balance: decimalValue,
  currency: z.string(),
  country: z.string().nullish(),
  created_at: instant,
});

/** GET /accounts/{id}/balance */
export const balanceSchema = z.looseObject({
  auth_id: z.string(),
  cash_credits: decimalValue,
  currency: z.string(),
  updated_at: instant.nullish(),
});

/** POST /accounts/{id}/transfer-balance body: `amount` is a JSON number > 0. */
export type TransferBody = { amount: number; currency: string; description?: string };

export const transferResultSchema = z.looseObject({
  transaction_id: z.string(),
  to_account: z.string(),
  amount: decimalValue,
  currency: z.string(),
  status: z.string(),
  partner_balance_after: decimalValue,
  customer_balance_after: decimalValue,
  timestamp: instant,
});

/**
 * A ledger entry (GET /accounts/{id}/transactions, GET /transactions). `type` is the
 * direction (credit|debit) with a positive `amount`; the `transaction_type` filter
 * (recharge, debit, adjustment, refund, transfer) selects by origin. No balance-after.
 */
export const transactionSchema = z.looseObject({
  id: z.string(),
  account_id: z.string().nullish(),
  type: z.string(),
  amount: decimalValue,
  currency: z.string(),
  description: z.string().nullish(),
  reference: z.string().nullish(),
  status: z.string().nullish(),
  created_at: instant,
});
export type VobizTransaction = z.output<typeof transactionSchema>;

export const transactionListSchema = z.looseObject({
  transactions: z.array(transactionSchema),
  total: z.number().int(),
  page: z.number().int(),
  per_page: z.number().int(),
});

/** A DID (read-only). The global list uses the same items as the per-customer one. */
export const phoneNumberSchema = z.looseObject({
  id: z.string(),
  account_id: z.string().nullish(),
  e164: z.string(),
  status: z.string(),
  capabilities: z.record(z.string(), z.boolean()).nullish(),
  application_id: z.string().nullish(),
  setup_fee: decimalValue.nullish(),
  monthly_fee: decimalValue.nullish(),
  currency: z.string().nullish(),
  last_billing_date: instant.nullish(),
});
export type VobizPhoneNumber = z.output<typeof phoneNumberSchema>;

export const phoneNumberListSchema = z.looseObject({
  items: z.array(phoneNumberSchema),
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
});

/** A call detail record. Call status is not a field: it follows from answer time and hangup cause. */
export const cdrSchema = z.looseObject({
  uuid: z.string(),
  account_id: z.string().nullish(),
  call_direction: z.enum(['inbound', 'outbound']),
  caller_id_number: z.string(),
  destination_number: z.string(),
  start_time: instant,
  answer_time: instant.nullish(),
  end_time: instant.nullish(),
  duration: z.number().int().nonnegative(),
  billsec: z.number().int().nonnegative(),
  total_cost: decimalValue.nullish(),
  currency: z.string().nullish(),
  hangup_cause: z.string().nullish(),
});
export type VobizCdr = z.output<typeof cdrSchema>;

/**
 * GET /accounts/{id}/cdrs and GET /cdrs. `count` is read as the number of records on
 * this page (inferred: the documents show no total), so paging stops at a short page.
 */
export const cdrListSchema = z.looseObject({
  success: z.boolean(),
  count: z.number().int(),
  data: z.array(cdrSchema),
});

/** GET /accounts/{id}/cdrs/{uuid}: the same envelope around one record (inferred). */
export const cdrDetailSchema = z.looseObject({ success: z.boolean(), data: cdrSchema });

/** CDR filters (all optional, combined with AND). Dates are YYYY-MM-DD. */
export type CdrFilters = {
  start_date?: string;
  end_date?: string;
  call_direction?: 'inbound' | 'outbound';
  status?: 'answered' | 'no-answer' | 'busy' | 'failed';
  from_number?: string;
  to_number?: string;
  hangup_cause?: string;
  min_duration?: number;
  max_duration?: number;
  search?: string;
  context?: string;
};

export type TransactionFilters = {
  from_date?: string;
  to_date?: string;
  transaction_type?: 'recharge' | 'debit' | 'adjustment' | 'refund' | 'transfer';
};
