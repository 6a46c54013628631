/**
 * The one interface every provider adapter implements. Nothing outside lib/providers knows
 * which provider it talks to: it asks an adapter (lib/providers/index.ts) and checks
 * `capabilities` before offering an operation. Amounts are decimal strings with their
 * currency (lib/money), instants are Date (UTC).
 */

export type ProviderKind = 'VOBIZ' | 'CLIQTEL' | 'VOIP_ACCOUNT' | 'BILLING_PLATFORM';

export const CAPABILITIES = [
  'accounts.create',
  'accounts.list',
  'accounts.get',
  'accounts.balance',
  'wallet.fund',
  'wallet.transactions',
  'wallet.creditLimit',
  'numbers.search',
  'numbers.list',
  'numbers.assign',
  'numbers.forwarding',
  'numbers.label',
  'numbers.cancel',
  'usage.cdrs',
  'usage.summary',
  'usage.breakdowns',
  'usage.export',
  'billing.invoices',
  'billing.invoicePdf',
  'billing.creditNotes',
  'billing.recurringCharges',
  'messaging.sms',
  'messaging.whatsapp',
  'sip.registration',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** Supported, or not with the reason the UI shows ("Vobiz assigns numbers in its console"). */
export type CapabilityStatus = { supported: true } | { supported: false; reason: string };
export type CapabilityMap = Record<Capability, CapabilityStatus>;

export type Money = { amount: string; currency: string };

export type Page<T> = { items: T[]; page: number; perPage: number; total: number | null; hasMore: boolean };
export type PageQuery = { page?: number; perPage?: number };

/** Which customer account at the provider an operation concerns. */
export type AccountRef = {
  providerAccountId: string;
  /** The customer's own provider credential, decrypted just for this call, where the provider needs it. */
  authToken?: string;
};

export type ProviderAccount = {
  providerAccountId: string;
  name: string;
  email: string | null;
  phone: string | null;
  country: string | null;
  status: 'active' | 'suspended' | 'closed' | 'pending';
  billingModel: 'PREPAID' | 'POSTPAID';
  balance: Money | null;
  creditLimit: Money | null;
  kycStatus: string | null;
  createdAt: Date | null;
};

export type CreateAccountInput = {
  name: string;
  email: string;
  phone?: string;
  country?: string;
  company?: string;
  password?: string;
  /** Provider-specific extras the onboarding form collected (timezone, username, …). */
  extra?: Record<string, string>;
};

/** Returned once: the caller encrypts `authToken` before anything else happens. */
export type CreatedAccount = { account: ProviderAccount; authToken: string | null; generatedPassword: string | null };

export type Balance = { balance: Money; available: Money | null; creditLimit: Money | null; updatedAt: Date | null };

export type FundInput = {
  amount: Money;
  /** The portal's own operation id, recorded by the provider, to find a transfer whose response was lost. */
  operationId: string;
  description?: string;
};

export type WalletTransaction = {
  id: string;
  type: string;
  amount: Money;
  balanceAfter: Money | null;
  description: string | null;
  createdAt: Date;
};

export type AvailableNumber = { number: string; country: string; type: string; monthlyPrice: Money | null; setupPrice: Money | null };

export type PhoneNumber = {
  id: string;
  number: string;
  status: string;
  label: string | null;
  forwardTo: string | null;
  providerAccountId: string | null;
  capabilities: string[];
  monthlyPrice: Money | null;
};

export type CallRecord = {
  id: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  startedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  durationSeconds: number;
  billableSeconds: number;
  status: 'answered' | 'no-answer' | 'busy' | 'failed';
  cost: Money | null;
  providerAccountId: string | null;
};

export type CdrQuery = { from: Date; to: Date } & PageQuery;

export type UsageSummary = {
  minutes: string;
  charges: Money;
  calls: number;
  from: Date;
  to: Date;
};

export type UsageBreakdownRow = { key: string; minutes: string; calls: number; cost: Money };
export type UsageBreakdownKind = 'daily' | 'did' | 'destination' | 'trunk';

export type Invoice = {
  id: string;
  number: string;
  status: string;
  issuedAt: Date | null;
  dueAt: Date | null;
  subtotal: Money | null;
  tax: Money | null;
  total: Money;
  hasPdf: boolean;
};

export type CreditNote = { id: string; number: string; total: Money; issuedAt: Date | null; reason: string | null };

export type RecurringCharge = { service: string; amount: Money };

export type SmsMessage = { id: string; from: string; to: string; body: string | null; status: string; cost: Money | null; createdAt: Date | null };

export type SipRegistration = { uri: string | null; userAgent: string | null; registered: boolean };

/**
 * Operations a reseller performs. An adapter implements every operation its provider's
 * documentation describes; for the rest it throws CapabilityUnavailable (errors.ts).
 */
export interface ProviderAdapter {
  readonly kind: ProviderKind;
  readonly capabilities: CapabilityMap;

  /** Cheapest authenticated call, for "Test connection". */
  testConnection(): Promise<{ ok: true; detail: string }>;

  createAccount(input: CreateAccountInput): Promise<CreatedAccount>;
  listAccounts(query: PageQuery & { search?: string }): Promise<Page<ProviderAccount>>;
  getAccount(ref: AccountRef): Promise<ProviderAccount>;
  getBalance(ref: AccountRef): Promise<Balance>;

  fundAccount(ref: AccountRef, input: FundInput): Promise<{ transactionId: string; balanceAfter: Money | null }>;
  /** Finds a funding by the portal's operation id after a lost response; null when it never happened. */
  findFunding(ref: AccountRef, operationId: string): Promise<{ transactionId: string } | null>;
  listTransactions(ref: AccountRef, query: PageQuery & { from?: Date; to?: Date }): Promise<Page<WalletTransaction>>;
  setCreditLimit(ref: AccountRef, limit: Money): Promise<void>;

  searchAvailableNumbers(query: { country: string; type?: string }): Promise<AvailableNumber[]>;
  listNumbers(ref: AccountRef | null, query: PageQuery): Promise<Page<PhoneNumber>>;
  assignNumber(ref: AccountRef, numberId: string): Promise<void>;
  unassignNumber(ref: AccountRef, numberId: string): Promise<void>;
  setForwarding(ref: AccountRef, numberId: string, forwardTo: string | null): Promise<void>;
  setLabel(ref: AccountRef, numberId: string, label: string): Promise<void>;
  cancelNumber(ref: AccountRef, numberId: string): Promise<void>;

  listCdrs(ref: AccountRef | null, query: CdrQuery): Promise<Page<CallRecord>>;
  getUsageSummary(ref: AccountRef, window: { from: Date; to: Date }): Promise<UsageSummary>;
  getUsageBreakdown(ref: AccountRef, kind: UsageBreakdownKind, window: { from: Date; to: Date }): Promise<UsageBreakdownRow[]>;
  exportUsage(ref: AccountRef, window: { from: Date; to: Date }, format: 'csv' | 'xlsx' | 'pdf'): Promise<ReadableStream<Uint8Array>>;

  listInvoices(ref: AccountRef, query: PageQuery): Promise<Page<Invoice>>;
  getInvoicePdf(ref: AccountRef, invoiceId: string): Promise<ReadableStream<Uint8Array>>;
  listCreditNotes(ref: AccountRef, query: PageQuery): Promise<Page<CreditNote>>;
  getRecurringCharges(ref: AccountRef): Promise<{ items: RecurringCharge[]; total: Money }>;

  sendSms(ref: AccountRef, message: { from: string; to: string; body: string }): Promise<SmsMessage>;
  listSms(ref: AccountRef, query: PageQuery): Promise<Page<SmsMessage>>;
  sendWhatsApp(ref: AccountRef, message: { to: string; body?: string; template?: string }): Promise<{ id: string; status: string }>;

  getSipRegistration(ref: AccountRef): Promise<SipRegistration>;
}
