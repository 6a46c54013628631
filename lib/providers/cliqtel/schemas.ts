import { z } from 'zod';

/**
 * Shapes of the Cliqtel REST API (`https://cliqtel.com/api`, Bearer token, Laravel).
 * Documented shapes follow the reference; every shape the reference does not show is
 * marked "inferred" and lives only here and in the sandbox, so a real sample can
 * replace it in one place. Objects are loose: Cliqtel sends more fields than we read.
 */

/** "17|aBcD…": the key's id, a pipe, then the secret (Laravel Sanctum's format). */
export const cliqtelApiTokenSchema = z
  .string()
  .trim()
  .regex(/^\d+\|[^\s|]{8,}$/, 'Paste the whole Cliqtel API token, e.g. "17|aBcD…": the key number, a pipe, then the secret.');

export type CliqtelCredentials = { apiToken: string };

export const cliqtelCredentialsSchema = z.object({ apiToken: cliqtelApiTokenSchema });

export const CLIQTEL_SCOPES = [
  'account:read',
  'numbers:read',
  'numbers:write',
  'usage:read',
  'billing:read',
  'billing:write',
  'sms:read',
  'sms:write',
  'whatsapp:read',
  'whatsapp:write',
] as const;
export type CliqtelScope = (typeof CLIQTEL_SCOPES)[number];

/** Documented error envelope; 422 adds Laravel's per-field `errors`. */
export const cliqtelErrorSchema = z.looseObject({
  error: z.string().optional(),
  message: z.string().optional(),
  required_scope: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

/** Laravel's standard paginator (documented: data, current_page, last_page, total). */
export function laravelPage<Item extends z.ZodType>(item: Item) {
  return z.looseObject({
    data: z.array(item),
    current_page: z.number().int(),
    last_page: z.number().int(),
    per_page: z.coerce.number().int(),
    total: z.number().int(),
  });
}

const isoDateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time');
const nullableNumber = z.number().nullable();

/** Inferred: GET /v1/portal/account (scope account:read, "Profile, organization, account settings"). */
export const accountProfileSchema = z.looseObject({
  data: z.looseObject({
    id: z.union([z.string(), z.number()]),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullish(),
    country: z.string().nullish(),
    status: z.string(),
    billing_mode: z.enum(['prepaid', 'postpaid']),
    currency: z.string().length(3),
    credit_limit: nullableNumber.optional(),
    created_at: isoDateTime.nullish(),
    organization: z.looseObject({ name: z.string().nullish() }).nullish(),
  }),
});

export const availableNumbersSchema = z.looseObject({
  numbers: z.array(z.looseObject({ number: z.string(), country_code: z.string(), type: z.string(), monthly_price: z.number() })),
});

/** Inferred item of GET /v1/portal/numbers (the reference names the endpoints, not the fields). */
export const numberSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  number: z.string(),
  country_code: z.string().nullish(),
  type: z.string().nullish(),
  status: z.string(),
  label: z.string().nullable(),
  forward_to: z.string().nullable(),
  capabilities: z.array(z.string()).default([]),
  monthly_price: nullableNumber.optional(),
  currency: z.string().optional(),
  cancels_at: isoDateTime.nullish(),
});
export const numbersPageSchema = laravelPage(numberSchema);
export const numberEnvelopeSchema = z.looseObject({ data: numberSchema });

/** Documented. `open_holds` is money held for calls in progress. */
export const usageSummarySchema = z.looseObject({
  minutes_this_month: z.number(),
  charges_this_month: z.number(),
  total_calls: z.number().int(),
  active_calls: z.number().int(),
  open_holds: z.number(),
  wallet_balance: z.number(),
  available_balance: z.number(),
  billing_mode: z.string(),
  credit_limit: z.number(),
});

/** Documented CDR item. */
export const callRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  call_id: z.string(),
  destination: z.string(),
  caller_id: z.string(),
  start_time: isoDateTime,
  duration_seconds: z.number().int(),
  billable_seconds: z.number().int(),
  rate_per_minute: z.number(),
  charge: z.number(),
  currency: z.string(),
  billing_status: z.string(),
});
export const callRecordsPageSchema = laravelPage(callRecordSchema);

/** Inferred row shapes of the breakdowns: `{ data: [...] }` with minutes, calls, cost and the grouping key. */
const breakdownFigures = { minutes: z.number(), calls: z.number().int(), cost: z.number() };
export const usageChartSchema = z.looseObject({ data: z.array(z.looseObject({ date: z.string(), ...breakdownFigures })) });
export const usageByDidSchema = z.looseObject({ data: z.array(z.looseObject({ did: z.string(), ...breakdownFigures })) });
export const usageByDestinationSchema = z.looseObject({
  data: z.array(z.looseObject({ country_code: z.string(), country_name: z.string().nullish(), ...breakdownFigures })),
});
export const usageByTrunkSchema = z.looseObject({ data: z.array(z.looseObject({ trunk: z.string(), ...breakdownFigures })) });

/** Inferred: "This month vs last month with deltas". */
const periodFigures = z.looseObject(breakdownFigures);
export const usageComparisonSchema = z.looseObject({
  this_month: periodFigures,
  last_month: periodFigures,
  delta_pct: z.looseObject({ minutes: nullableNumber, calls: nullableNumber, cost: nullableNumber }),
});

/**
 * Documented as `{ invoices: [...] }` (not paginated). `id`, `issued_at` and `due_at` are
 * inferred; without an `id` the invoice number addresses the PDF.
 */
export const invoiceSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  invoice_number: z.string(),
  total: z.number(),
  subtotal: z.number(),
  tax: z.number(),
  currency: z.string(),
  status: z.string(),
  has_pdf: z.boolean(),
  issued_at: isoDateTime.nullish(),
  due_at: isoDateTime.nullish(),
});
export const invoicesSchema = z.looseObject({ invoices: z.array(invoiceSchema) });

/** Inferred: the other billing lists answer like the invoices list, one named array each. */
export const creditNotesSchema = z.looseObject({
  credit_notes: z.array(
    z.looseObject({
      id: z.union([z.string(), z.number()]),
      credit_note_number: z.string(),
      invoice_number: z.string().nullish(),
      total: z.number(),
      currency: z.string(),
      reason: z.string().nullish(),
      issued_at: isoDateTime.nullish(),
    }),
  ),
});
export const billingTimelineSchema = z.looseObject({
  events: z.array(
    z.looseObject({
      id: z.union([z.string(), z.number()]),
      type: z.string(),
      description: z.string(),
      amount: nullableNumber,
      currency: z.string().nullish(),
      occurred_at: isoDateTime,
    }),
  ),
});
export const ordersSchema = z.looseObject({
  orders: z.array(
    z.looseObject({
      id: z.union([z.string(), z.number()]),
      order_number: z.string(),
      status: z.string(),
      total: z.number(),
      currency: z.string(),
      created_at: isoDateTime,
      items: z.array(z.looseObject({ description: z.string(), quantity: z.number().int(), amount: z.number() })).default([]),
    }),
  ),
});

/** Documented. */
export const walletBalanceSchema = z.looseObject({ balance: z.number(), currency: z.string().length(3) });

/** Documented fields: amount, balance_after, type, reference_type; `id`, `currency`, `description`, `created_at` inferred. Debits are negative (inferred). */
export const walletTransactionSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  type: z.string(),
  amount: z.number(),
  balance_after: nullableNumber,
  reference_type: z.string().nullish(),
  currency: z.string(),
  description: z.string().nullish(),
  created_at: isoDateTime,
});
export const walletTransactionsPageSchema = laravelPage(walletTransactionSchema);

/** Documented send response; `direction`, `body` and `created_at` (list items) inferred. */
export const smsMessageSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  from: z.string(),
  to: z.string(),
  status: z.string(),
  segments: z.number().int().optional(),
  cost: nullableNumber.optional(),
  currency: z.string().optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  body: z.string().nullish(),
  created_at: isoDateTime.nullish(),
});
export const smsEnvelopeSchema = z.looseObject({ data: smsMessageSchema });
export const smsPageSchema = laravelPage(smsMessageSchema);
/** Inferred: GET /v1/sms/numbers answers `{ data: [{ id, number }] }`. */
export const smsNumbersSchema = z.looseObject({ data: z.array(z.looseObject({ id: z.union([z.string(), z.number()]), number: z.string() })) });

/** Inferred WhatsApp shapes (the reference names the endpoints only). */
export const whatsAppMessageSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  to: z.string(),
  type: z.enum(['template', 'text']),
  status: z.string(),
  template: z.string().nullish(),
  body: z.string().nullish(),
  created_at: isoDateTime.nullish(),
});
export const whatsAppEnvelopeSchema = z.looseObject({ data: whatsAppMessageSchema });
export const whatsAppPageSchema = laravelPage(whatsAppMessageSchema);
export const whatsAppTemplatesSchema = z.looseObject({
  data: z.array(z.looseObject({ name: z.string(), language: z.string(), category: z.string(), status: z.string() })),
});

/** Inferred: the live scope catalog, `{ data: [{ scope, description }] }`. */
export const scopeCatalogSchema = z.looseObject({ data: z.array(z.looseObject({ scope: z.string(), description: z.string() })) });

/** Inferred request bodies. */
export type ForwardingRequest = { forward_to: string | null };
export type LabelRequest = { label: string };
export type SmsSendRequest = { from: string; to: string; body: string };
export type WhatsAppSendRequest = { to: string; type: 'template'; template: string } | { to: string; type: 'text'; body: string };
export type UsageExportFormat = 'csv' | 'xlsx' | 'pdf';
