import type { z } from 'zod';
import type { CallRecord, CreditNote, Invoice, Money, Page, PageQuery, PhoneNumber, ProviderAccount, SmsMessage, WalletTransaction } from '../types.ts';
import type {
  accountProfileSchema,
  billingTimelineSchema,
  callRecordSchema,
  creditNotesSchema,
  invoiceSchema,
  numberSchema,
  ordersSchema,
  smsMessageSchema,
  walletTransactionSchema,
  whatsAppMessageSchema,
} from './schemas.ts';

/** Turns Cliqtel's JSON into the portal's shared types. Amounts never pass through float arithmetic. */

/** Inferred: the public search shows no currency; every Cliqtel price in the reference is in EUR. */
export const CLIQTEL_PRICE_CURRENCY = 'EUR';

/**
 * Cliqtel sends amounts as JSON numbers with at most 4 decimals (rates 0.0190, costs 0.0400).
 * Formatting to 4 places removes binary noise; trailing zeros past the cents are dropped.
 */
export function decimalString(value: number, decimals = 4): string {
  const fixed = value.toFixed(decimals);
  return fixed.replace(/(\.\d\d\d*?)0+$/, '$1');
}

export function money(amount: number, currency: string): Money {
  return { amount: decimalString(amount), currency };
}

export function optionalMoney(amount: number | null | undefined, currency: string | null | undefined): Money | null {
  return amount === null || amount === undefined || !currency ? null : money(amount, currency);
}

function date(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

type LaravelPage<Raw> = { data: Raw[]; current_page: number; last_page: number; per_page: number; total: number };

export function fromLaravelPage<Raw, Item>(page: LaravelPage<Raw>, map: (raw: Raw) => Item): Page<Item> {
  return { items: page.data.map(map), page: page.current_page, perPage: page.per_page, total: page.total, hasMore: page.current_page < page.last_page };
}

/** For the billing lists, which Cliqtel answers in full: the portal pages them itself. */
export function slicePage<Item>(all: Item[], query: PageQuery, defaultPerPage = 25): Page<Item> {
  const perPage = query.perPage ?? defaultPerPage;
  const page = query.page ?? 1;
  const start = (page - 1) * perPage;
  return { items: all.slice(start, start + perPage), page, perPage, total: all.length, hasMore: start + perPage < all.length };
}

type Profile = z.output<typeof accountProfileSchema>['data'];

const ACCOUNT_STATUSES = ['active', 'suspended', 'closed', 'pending'] as const;

export function toProviderAccount(profile: Profile): ProviderAccount {
  const status = ACCOUNT_STATUSES.find((known) => known === profile.status.toLowerCase()) ?? 'active';
  return {
    providerAccountId: String(profile.id),
    name: profile.organization?.name ?? profile.name,
    email: profile.email,
    phone: profile.phone ?? null,
    country: profile.country ?? null,
    status,
    billingModel: profile.billing_mode === 'postpaid' ? 'POSTPAID' : 'PREPAID',
    // The balance comes from the wallet endpoint (getBalance); the profile does not carry it.
    balance: null,
    creditLimit: optionalMoney(profile.credit_limit, profile.currency),
    kycStatus: null,
    createdAt: date(profile.created_at),
  };
}

export function toPhoneNumber(raw: z.output<typeof numberSchema>, providerAccountId: string | null): PhoneNumber {
  return {
    id: String(raw.id),
    number: raw.number,
    status: raw.status,
    label: raw.label,
    forwardTo: raw.forward_to,
    providerAccountId,
    capabilities: raw.capabilities,
    monthlyPrice: optionalMoney(raw.monthly_price, raw.currency ?? CLIQTEL_PRICE_CURRENCY),
  };
}

/**
 * Inferred: Cliqtel's CDRs are billed outbound calls (the item has a destination and a
 * caller id, no direction, no answer time); a call with billable seconds was answered.
 */
export function toCallRecord(raw: z.output<typeof callRecordSchema>, providerAccountId: string | null): CallRecord {
  const startedAt = new Date(raw.start_time);
  return {
    id: String(raw.id),
    direction: 'outbound',
    from: raw.caller_id,
    to: raw.destination,
    startedAt,
    answeredAt: null,
    endedAt: new Date(startedAt.getTime() + raw.duration_seconds * 1000),
    durationSeconds: raw.duration_seconds,
    billableSeconds: raw.billable_seconds,
    status: raw.billable_seconds > 0 ? 'answered' : 'no-answer',
    cost: money(raw.charge, raw.currency),
    providerAccountId,
  };
}

export function toInvoice(raw: z.output<typeof invoiceSchema>): Invoice {
  return {
    // Without an id, the invoice number addresses the PDF (inferred fallback).
    id: String(raw.id ?? raw.invoice_number),
    number: raw.invoice_number,
    status: raw.status,
    issuedAt: date(raw.issued_at),
    dueAt: date(raw.due_at),
    subtotal: money(raw.subtotal, raw.currency),
    tax: money(raw.tax, raw.currency),
    total: money(raw.total, raw.currency),
    hasPdf: raw.has_pdf,
  };
}

export function toCreditNote(raw: z.output<typeof creditNotesSchema>['credit_notes'][number]): CreditNote {
  return { id: String(raw.id), number: raw.credit_note_number, total: money(raw.total, raw.currency), issuedAt: date(raw.issued_at), reason: raw.reason ?? null };
}

export function toWalletTransaction(raw: z.output<typeof walletTransactionSchema>): WalletTransaction {
  return {
    id: String(raw.id),
    type: raw.type,
    amount: money(raw.amount, raw.currency),
    balanceAfter: optionalMoney(raw.balance_after, raw.currency),
    description: raw.description ?? raw.reference_type ?? null,
    createdAt: new Date(raw.created_at),
  };
}

/** The send response carries no text, so the caller passes the body it sent. */
export function toSmsMessage(raw: z.output<typeof smsMessageSchema>, sentBody?: string): SmsMessage {
  return {
    id: String(raw.id),
    from: raw.from,
    to: raw.to,
    body: raw.body ?? sentBody ?? null,
    status: raw.status,
    cost: optionalMoney(raw.cost, raw.currency),
    createdAt: date(raw.created_at),
  };
}

export function toBillingEvent(raw: z.output<typeof billingTimelineSchema>['events'][number]) {
  return { id: String(raw.id), type: raw.type, description: raw.description, amount: optionalMoney(raw.amount, raw.currency), occurredAt: new Date(raw.occurred_at) };
}

export function toOrder(raw: z.output<typeof ordersSchema>['orders'][number]) {
  return {
    id: String(raw.id),
    number: raw.order_number,
    status: raw.status,
    total: money(raw.total, raw.currency),
    createdAt: new Date(raw.created_at),
    items: raw.items.map((item) => ({ description: item.description, quantity: item.quantity, amount: money(item.amount, raw.currency) })),
  };
}

export function toWhatsAppMessage(raw: z.output<typeof whatsAppMessageSchema>) {
  return { id: String(raw.id), to: raw.to, type: raw.type, status: raw.status, template: raw.template ?? null, body: raw.body ?? null, createdAt: date(raw.created_at) };
}
