import { formatUnits, unitsToNumber } from './sandbox-money.ts';

/**
 * What the Vobiz sandbox stores, and how each record looks on the wire (field names and
 * types as in Vobiz's documented examples: balances as 5-decimal strings, ledger amounts,
 * fees and call costs as JSON numbers).
 */

export type PartnerPermissions = { canCreateAccounts: boolean; canTransferBalance: boolean; canViewCdrs: boolean };

export type SandboxPartner = {
  id: string;
  authId: string;
  authToken: string;
  name: string;
  email: string;
  currency: string;
  balance: bigint;
  maxAccounts: number;
  pricingTierId: string;
  permissions: PartnerPermissions;
  createdAt: Date;
};

export type SandboxAccount = {
  id: string;
  authId: string;
  authToken: string;
  apiId: string;
  name: string;
  email: string;
  phone: string | null;
  country: string;
  currency: string;
  postpaid: boolean;
  creditLimit: bigint;
  balance: bigint;
  isActive: boolean;
  kycStatus: string;
  /** Optional create fields as sent (company, city, timezone, …). */
  profile: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
};

export type TransactionKind = 'recharge' | 'debit' | 'adjustment' | 'refund' | 'transfer';

export type SandboxTransaction = {
  id: string;
  accountAuthId: string;
  kind: TransactionKind;
  type: 'credit' | 'debit';
  amount: bigint;
  currency: string;
  description: string;
  reference: string;
  createdAt: Date;
};

export type SandboxNumber = {
  id: string;
  accountAuthId: string;
  e164: string;
  country: string;
  region: string;
  capabilities: { voice: boolean; sms: boolean; mms: boolean; fax: boolean };
  setupFee: bigint;
  monthlyFee: bigint;
  currency: string;
  applicationId: string | null;
  purchasedAt: Date;
  lastBillingDate: Date;
};

export type CallStatus = 'answered' | 'no-answer' | 'busy' | 'failed';

export type SandboxCdr = {
  id: number;
  uuid: string;
  accountAuthId: string;
  direction: 'inbound' | 'outbound';
  callerNumber: string;
  callerName: string;
  destinationNumber: string;
  startTime: Date;
  answerTime: Date | null;
  endTime: Date;
  duration: number;
  billsec: number;
  ringTime: number;
  cost: bigint;
  currency: string;
  hangupCause: string;
  hangupCauseCode: number;
  hangupCauseName: string;
  hangupSource: string;
  codec: string;
  mos: number | null;
  region: string;
  trunkId: string | null;
  context: string;
  /** Not sent: Vobiz filters by it, the record shows it through answer time and hangup cause. */
  status: CallStatus;
};

export type SandboxTransfer = {
  transactionId: string;
  fromAccount: string;
  toAccount: string;
  amount: string;
  currency: string;
  description: string | null;
  partnerBalanceAfter: string;
  customerBalanceAfter: string;
  timestamp: Date;
};

const iso = (date: Date) => date.toISOString();

export function accountJson(account: SandboxAccount, partner: SandboxPartner) {
  const profile = (field: string) => account.profile[field] ?? null;
  return {
    name: account.name,
    email: account.email,
    phone: account.phone,
    description: profile('description'),
    gstin: profile('gstin'),
    gst_status: profile('gst_status'),
    business_type: 'individual',
    id: account.id,
    auth_id: account.authId,
    api_id: account.apiId,
    account_type: profile('account_type') ?? 'standard',
    role: 'user',
    postpaid: account.postpaid,
    address: profile('address'),
    city: profile('city'),
    state: profile('state'),
    timezone: profile('timezone'),
    country: account.country,
    zip_code: profile('zip_code'),
    company: profile('company'),
    billing_mode: account.postpaid ? 'postpaid' : 'prepaid',
    auto_recharge: false,
    cash_credits: formatUnits(account.balance),
    credit_limit: unitsToNumber(account.creditLimit),
    cps_limit: 1,
    concurrent_calls_limit: 4,
    is_active: account.isActive,
    is_verified: account.kycStatus === 'verified',
    is_trial_account: false,
    enabled: account.isActive,
    kyc_status: account.kycStatus,
    created_at: iso(account.createdAt),
    updated_at: iso(account.updatedAt),
    last_login: null,
    pricing_tier_id: partner.pricingTierId,
    pricing_tier: { id: partner.pricingTierId, name: 'Standard', currency: account.currency, is_active: true, is_default: true, partner_id: partner.id },
    partner_id: partner.id,
    auto_recharge_config: null,
    resource_uri: `/v1/Account/${account.authId}/`,
    auth_token: account.authToken,
  };
}

export function transactionJson(entry: SandboxTransaction) {
  return {
    id: entry.id,
    account_id: entry.accountAuthId,
    type: entry.type,
    amount: unitsToNumber(entry.amount),
    currency: entry.currency,
    description: entry.description,
    reference: entry.reference,
    status: 'completed',
    processed_at: iso(entry.createdAt),
    created_at: iso(entry.createdAt),
    updated_at: iso(entry.createdAt),
  };
}

export function numberJson(number: SandboxNumber) {
  const nextBilling = new Date(number.lastBillingDate);
  nextBilling.setUTCMonth(nextBilling.getUTCMonth() + 1);
  return {
    id: number.id,
    account_id: number.accountAuthId,
    e164: number.e164,
    country: number.country,
    region: number.region,
    capabilities: number.capabilities,
    status: 'active',
    setup_fee: unitsToNumber(number.setupFee),
    monthly_fee: unitsToNumber(number.monthlyFee),
    currency: number.currency,
    application_id: number.applicationId,
    voice_enabled: number.capabilities.voice,
    purchased_at: iso(number.purchasedAt),
    last_billing_date: iso(number.lastBillingDate),
    next_billing_date: iso(nextBilling),
    source: 'purchased',
  };
}

export function cdrJson(cdr: SandboxCdr) {
  const cost = unitsToNumber(cdr.cost);
  return {
    account_id: cdr.accountAuthId,
    uuid: cdr.uuid,
    id: cdr.id,
    call_direction: cdr.direction,
    caller_id_name: cdr.callerName,
    caller_id_number: cdr.callerNumber,
    destination_number: cdr.destinationNumber,
    start_time: iso(cdr.startTime),
    answer_time: cdr.answerTime ? iso(cdr.answerTime) : null,
    end_time: iso(cdr.endTime),
    duration: cdr.duration,
    billsec: cdr.billsec,
    ring_time: cdr.ringTime,
    cost,
    total_cost: cost,
    streaming_cost: 0,
    currency: cdr.currency,
    hangup_cause: cdr.hangupCause,
    hangup_cause_code: cdr.hangupCauseCode,
    hangup_cause_name: cdr.hangupCauseName,
    hangup_source: cdr.hangupSource,
    codec: cdr.codec,
    mos: cdr.mos,
    region: cdr.region,
    trunk_id: cdr.trunkId,
    context: cdr.context,
    sip_user_agent: 'Vobiz',
    created_at: iso(cdr.endTime),
  };
}

export function transferJson(transfer: SandboxTransfer) {
  return {
    transaction_id: transfer.transactionId,
    from_account: transfer.fromAccount,
    to_account: transfer.toAccount,
    amount: Number(transfer.amount),
    currency: transfer.currency,
    description: transfer.description,
    status: 'completed',
    partner_balance_after: transfer.partnerBalanceAfter,
    customer_balance_after: transfer.customerBalanceAfter,
    timestamp: iso(transfer.timestamp),
  };
}
