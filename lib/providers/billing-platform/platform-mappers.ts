import { toDecimal } from '../../money/format-money.ts';
import { ContractError } from '../errors.ts';
import type { AvailableNumber, Balance, CallRecord, Invoice, Money, PhoneNumber, ProviderAccount, WalletTransaction } from '../types.ts';
import type { PlatformClient, PlatformDid, PlatformInvoice, PlatformPayment, PlatformXdr } from './schemas.ts';
import { parseInZone } from './zoned-time.ts';

/**
 * Platform entities → the portal's shared types. Datetimes are read in the time zone the
 * request named in `__tz`; amounts stay decimal strings.
 */

function instant(text: string, timeZone: string, operation: string, field: string): Date {
  const date = parseInZone(text, timeZone);
  if (!date) throw new ContractError('BILLING_PLATFORM', operation, field, 'is not a readable datetime');
  return date;
}

function optionalInstant(text: string | null | undefined, timeZone: string, operation: string, field: string): Date | null {
  return text ? instant(text, timeZone, operation, field) : null;
}

function money(amount: string | null | undefined, currency: string): Money | null {
  return amount === null || amount === undefined ? null : { amount, currency };
}

/** The platform may store numbers without the leading "+"; the portal always shows E.164. */
export function e164(number: string): string {
  return number.startsWith('+') ? number : `+${number}`;
}

const ACCOUNT_STATUS: Record<string, ProviderAccount['status']> = {
  active: 'active',
  blocked: 'suspended',
  suspended: 'suspended',
  closed: 'closed',
  deleted: 'closed',
};

export function toProviderAccount(client: PlatformClient, timeZone: string, operation: string): ProviderAccount {
  return {
    providerAccountId: String(client.id),
    name: client.name,
    email: client.email ?? null,
    phone: client.phone ?? null,
    country: client.country ?? null,
    status: ACCOUNT_STATUS[client.status] ?? 'pending',
    billingModel: client.billing_type === 'postpaid' ? 'POSTPAID' : 'PREPAID',
    balance: { amount: client.balance, currency: client.currency },
    creditLimit: { amount: client.credit, currency: client.currency },
    kycStatus: null,
    createdAt: optionalInstant(client.created_at, timeZone, operation, 'result.created_at'),
  };
}

/** What the client can still spend: the balance plus the credit the platform lets it run into. */
export function toBalance(client: PlatformClient): Balance {
  const available = toDecimal(client.balance).plus(toDecimal(client.credit));
  return {
    balance: { amount: client.balance, currency: client.currency },
    available: { amount: available.toString(), currency: client.currency },
    creditLimit: { amount: client.credit, currency: client.currency },
    updatedAt: null,
  };
}

export function toWalletTransaction(payment: PlatformPayment, timeZone: string, operation: string): WalletTransaction {
  return {
    id: String(payment.id),
    // A negative payment is how the platform records money taken back.
    type: payment.amount.startsWith('-') ? 'refund' : 'payment',
    amount: { amount: payment.amount, currency: payment.currency },
    balanceAfter: money(payment.balance_after, payment.currency),
    description: payment.comment ?? null,
    createdAt: instant(payment.created_at, timeZone, operation, 'result.items.created_at'),
  };
}

export function toPhoneNumber(did: PlatformDid): PhoneNumber {
  return {
    id: String(did.id),
    number: e164(did.number),
    status: did.client_id === null ? 'available' : 'assigned',
    label: did.description ?? null,
    forwardTo: null,
    providerAccountId: did.client_id === null ? null : String(did.client_id),
    // The platform bills DIDs for voice; it records no other capability.
    capabilities: ['voice'],
    monthlyPrice: money(did.monthly_fee, did.currency),
  };
}

export function toAvailableNumber(did: PlatformDid): AvailableNumber {
  return {
    number: e164(did.number),
    country: did.country,
    type: did.type ?? 'local',
    monthlyPrice: money(did.monthly_fee, did.currency),
    setupPrice: money(did.setup_fee, did.currency),
  };
}

const CALL_STATUS: Record<string, CallRecord['status']> = {
  answered: 'answered',
  no_answer: 'no-answer',
  'no-answer': 'no-answer',
  busy: 'busy',
};

export function toCallRecord(xdr: PlatformXdr, timeZone: string, operation: string): CallRecord {
  return {
    id: String(xdr.id),
    direction: xdr.direction,
    from: xdr.caller,
    to: xdr.callee,
    startedAt: instant(xdr.start_time, timeZone, operation, 'result.items.start_time'),
    answeredAt: optionalInstant(xdr.answer_time, timeZone, operation, 'result.items.answer_time'),
    endedAt: optionalInstant(xdr.end_time, timeZone, operation, 'result.items.end_time'),
    durationSeconds: xdr.duration,
    billableSeconds: xdr.billed_duration,
    status: CALL_STATUS[xdr.disposition] ?? 'failed',
    cost: money(xdr.cost, xdr.currency),
    providerAccountId: xdr.client_id === null ? null : String(xdr.client_id),
  };
}

export function toInvoice(invoice: PlatformInvoice, timeZone: string, operation: string): Invoice {
  return {
    id: String(invoice.id),
    number: invoice.number,
    status: invoice.status,
    issuedAt: optionalInstant(invoice.issue_date, timeZone, operation, 'result.issue_date'),
    dueAt: optionalInstant(invoice.due_date, timeZone, operation, 'result.due_date'),
    subtotal: money(invoice.amount, invoice.currency),
    tax: money(invoice.tax, invoice.currency),
    total: { amount: invoice.total, currency: invoice.currency },
    // inferred: every issued invoice has a PDF unless the platform says otherwise.
    hasPdf: invoice.has_pdf ?? invoice.status !== 'draft',
  };
}
