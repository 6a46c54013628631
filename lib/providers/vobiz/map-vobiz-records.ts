import type { CallRecord, PhoneNumber, ProviderAccount, WalletTransaction } from '../types.ts';
import { walletCurrencyForCountry, type VobizAccount, type VobizCdr, type VobizPhoneNumber, type VobizTransaction } from './schemas.ts';

/** Vobiz records → the portal's shared types. Amounts stay decimal strings throughout. */

export function toProviderAccount(account: VobizAccount): ProviderAccount {
  // The account object has no wallet currency of its own; its pricing tier's is the wallet's.
  const currency = account.pricing_tier?.currency ?? walletCurrencyForCountry(account.country);
  const billingModel = account.postpaid ? 'POSTPAID' : 'PREPAID';
  return {
    providerAccountId: account.auth_id,
    name: account.name,
    email: account.email ?? null,
    phone: account.phone ?? null,
    country: account.country ?? null,
    status: account.is_active && account.enabled !== false ? 'active' : 'suspended',
    billingModel,
    balance: { amount: account.cash_credits, currency },
    creditLimit: billingModel === 'POSTPAID' && account.credit_limit != null ? { amount: account.credit_limit, currency } : null,
    kycStatus: account.kyc_status ?? null,
    createdAt: account.created_at ?? null,
  };
}

export function accountStatusFrom(status: string): ProviderAccount['status'] {
  switch (status.toLowerCase()) {
    case 'active':
      return 'active';
    case 'suspended':
    case 'inactive':
    case 'disabled':
      return 'suspended';
    case 'closed':
    case 'deleted':
      return 'closed';
    default:
      return 'pending';
  }
}

/** Vobiz sends positive amounts with a credit/debit `type`; the portal signs debits so a statement sums. */
export function toWalletTransaction(transaction: VobizTransaction): WalletTransaction {
  const isDebit = transaction.type.toLowerCase() === 'debit';
  const amount = isDebit && !transaction.amount.startsWith('-') ? `-${transaction.amount}` : transaction.amount;
  return {
    id: transaction.id,
    type: transaction.type,
    amount: { amount, currency: transaction.currency },
    balanceAfter: null,
    description: transaction.description ?? null,
    createdAt: transaction.created_at,
  };
}

export function toPhoneNumber(number: VobizPhoneNumber, providerAccountId: string | null): PhoneNumber {
  const capabilities = Object.entries(number.capabilities ?? {})
    .filter(([, enabled]) => enabled)
    .map(([channel]) => channel);
  return {
    id: number.id,
    number: number.e164,
    status: number.status,
    label: null,
    forwardTo: null,
    providerAccountId: number.account_id ?? providerAccountId,
    capabilities,
    monthlyPrice: number.monthly_fee != null && number.currency ? { amount: number.monthly_fee, currency: number.currency } : null,
  };
}

const NO_ANSWER_CAUSES = new Set(['NO_ANSWER', 'NO_USER_RESPONSE', 'ORIGINATOR_CANCEL', 'ALLOTTED_TIMEOUT']);
const BUSY_CAUSES = new Set(['USER_BUSY']);

/** A CDR carries no status field; it follows from whether the call was answered and why it ended. */
export function callStatusOf(cdr: Pick<VobizCdr, 'answer_time' | 'hangup_cause'>): CallRecord['status'] {
  if (cdr.answer_time) return 'answered';
  const cause = (cdr.hangup_cause ?? '').toUpperCase();
  if (BUSY_CAUSES.has(cause)) return 'busy';
  if (NO_ANSWER_CAUSES.has(cause)) return 'no-answer';
  return 'failed';
}

export function toCallRecord(cdr: VobizCdr, providerAccountId: string | null): CallRecord {
  return {
    id: cdr.uuid,
    direction: cdr.call_direction,
    from: cdr.caller_id_number,
    to: cdr.destination_number,
    startedAt: cdr.start_time,
    answeredAt: cdr.answer_time ?? null,
    endedAt: cdr.end_time ?? null,
    durationSeconds: cdr.duration,
    billableSeconds: cdr.billsec,
    status: callStatusOf(cdr),
    cost: cdr.total_cost != null && cdr.currency ? { amount: cdr.total_cost, currency: cdr.currency } : null,
    providerAccountId: cdr.account_id ?? providerAccountId,
  };
}
