import type { z } from 'zod';
import { ProviderAuthFailed, ProviderForbidden, ProviderNotFound, ProviderValidationFailed } from '../errors.ts';
import { ProviderHttp, type ErrorMapper, type ProviderHttpOptions } from '../http/provider-http.ts';
import {
  accountProfileSchema,
  availableNumbersSchema,
  billingTimelineSchema,
  callRecordsPageSchema,
  cliqtelErrorSchema,
  creditNotesSchema,
  invoicesSchema,
  numberEnvelopeSchema,
  numbersPageSchema,
  ordersSchema,
  scopeCatalogSchema,
  smsEnvelopeSchema,
  smsNumbersSchema,
  smsPageSchema,
  usageByDestinationSchema,
  usageByDidSchema,
  usageByTrunkSchema,
  usageChartSchema,
  usageComparisonSchema,
  usageSummarySchema,
  walletBalanceSchema,
  walletTransactionsPageSchema,
  whatsAppEnvelopeSchema,
  whatsAppPageSchema,
  whatsAppTemplatesSchema,
  type SmsSendRequest,
  type UsageExportFormat,
  type WhatsAppSendRequest,
} from './schemas.ts';

/** Whose Cliqtel key a client sends: the partner's own (the connection) or a customer's. */
export type CliqtelKeyOwner = 'connection' | 'customer';

/** Cliqtel filters by whole days (YYYY-MM-DD, both ends included); we send the UTC dates. */
export type DayWindow = { from: Date; to: Date };
export type CliqtelPageQuery = { page?: number; perPage?: number };

const NOT_FOUND_SUBJECT: Record<string, string> = {
  'cliqtel.numbers.get': 'The number',
  'cliqtel.numbers.forwarding': 'The number',
  'cliqtel.numbers.label': 'The number',
  'cliqtel.numbers.cancel': 'The number',
  'cliqtel.invoices.pdf': 'The invoice PDF',
  'cliqtel.sms.get': 'The SMS message',
};

/** Maps Cliqtel's documented envelope (`error`, `message`, `required_scope`, `errors`) to typed errors. */
export function cliqtelErrorMapper(keyOwner: CliqtelKeyOwner): ErrorMapper {
  return (status, body, operation) => {
    const envelope = cliqtelErrorSchema.safeParse(body);
    const detail = envelope.success ? envelope.data : {};
    const message = detail.message ?? `Cliqtel answered HTTP ${status}.`;
    if (status === 401) {
      const whose = keyOwner === 'customer' ? "the customer's Cliqtel API key" : "the connection's Cliqtel API key";
      const advice = keyOwner === 'customer' ? "Update the customer's API key." : "Check the connection's credentials.";
      return new ProviderAuthFailed('CLIQTEL', operation, `${whose} was rejected (revoked or mistyped)`, advice);
    }
    if (status === 403) return new ProviderForbidden('CLIQTEL', operation, message, detail.required_scope ?? null);
    if (status === 404) return new ProviderNotFound('CLIQTEL', operation, NOT_FOUND_SUBJECT[operation] ?? 'The requested item');
    if (status === 422) return new ProviderValidationFailed('CLIQTEL', operation, message, detail.errors ?? {});
    // 429 and 5xx: the HTTP layer's defaults read Retry-After and mark the provider unavailable.
    return undefined;
  };
}

export type CliqtelClientOptions = {
  baseUrl: string;
  connectionId: string;
  /** The Bearer token this client sends; null for the public number search only. */
  token: string | null;
  keyOwner: CliqtelKeyOwner;
  /** Every credential value in play, scrubbed from logs and errors. */
  secrets: string[];
  onOutcome?: ProviderHttpOptions['onOutcome'];
  http?: Partial<Omit<ProviderHttpOptions, 'provider' | 'baseUrl' | 'connectionKey' | 'secrets'>>;
};

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One Cliqtel account's API, seen through one Bearer token; one method per documented endpoint. */
export class CliqtelClient {
  private readonly http: ProviderHttp;
  private readonly auth: Record<string, string>;

  constructor(options: CliqtelClientOptions) {
    this.http = new ProviderHttp({
      ...options.http,
      provider: 'CLIQTEL',
      baseUrl: options.baseUrl,
      // One breaker per connection: every customer key reaches the same Cliqtel service.
      connectionKey: options.connectionId,
      secrets: options.secrets,
      mapError: cliqtelErrorMapper(options.keyOwner),
      onOutcome: options.onOutcome,
    });
    this.auth = options.token ? { authorization: `Bearer ${options.token}` } : {};
  }

  private get<S extends z.ZodType>(operation: string, path: string, schema: S, query?: Record<string, string | number | undefined>) {
    return this.http.request({ operation, method: 'GET', path, query, schema, headers: this.auth });
  }

  private window(window?: DayWindow) {
    return window ? { from: day(window.from), to: day(window.to) } : {};
  }

  private paging(query: CliqtelPageQuery) {
    return { page: query.page, per_page: query.perPage };
  }

  /** Inferred endpoint: the key's own account profile (scope account:read). */
  account() {
    return this.get('cliqtel.account.get', 'v1/portal/account', accountProfileSchema);
  }

  /** The live scope catalog (documented path; inferred shape). */
  scopeCatalog() {
    return this.get('cliqtel.apiKeys.scopes', 'v1/portal/api-keys/scopes', scopeCatalogSchema);
  }

  /** Public: sent without a token. */
  searchNumbers(query: { country: string; type?: string }) {
    return this.http.request({ operation: 'cliqtel.numbers.search', method: 'GET', path: 'v1/numbers/search', query, schema: availableNumbersSchema });
  }

  listNumbers(query: CliqtelPageQuery) {
    return this.get('cliqtel.numbers.list', 'v1/portal/numbers', numbersPageSchema, this.paging(query));
  }

  getNumber(id: string) {
    return this.get('cliqtel.numbers.get', `v1/portal/numbers/${encodeURIComponent(id)}`, numberEnvelopeSchema);
  }

  /** Setting a value twice leaves the same state, so a lost response may be retried. */
  setForwarding(id: string, forwardTo: string | null) {
    const path = `v1/portal/numbers/${encodeURIComponent(id)}/forwarding`;
    return this.http.request({ operation: 'cliqtel.numbers.forwarding', method: 'PATCH', path, headers: this.auth, json: { forward_to: forwardTo }, schema: numberEnvelopeSchema, idempotent: true });
  }

  setLabel(id: string, label: string) {
    const path = `v1/portal/numbers/${encodeURIComponent(id)}/label`;
    return this.http.request({ operation: 'cliqtel.numbers.label', method: 'PATCH', path, headers: this.auth, json: { label }, schema: numberEnvelopeSchema, idempotent: true });
  }

  /** Not retried: the reference does not say a repeated cancel is harmless; the caller re-reads the number instead. */
  cancelNumber(id: string) {
    const path = `v1/portal/numbers/${encodeURIComponent(id)}/cancel`;
    return this.http.request({ operation: 'cliqtel.numbers.cancel', method: 'POST', path, headers: this.auth, schema: numberEnvelopeSchema });
  }

  usageSummary(window?: DayWindow) {
    return this.get('cliqtel.usage.summary', 'v1/portal/usage/summary', usageSummarySchema, this.window(window));
  }

  usageCalls(query: CliqtelPageQuery & { window: DayWindow; country?: string }) {
    return this.get('cliqtel.usage.calls', 'v1/portal/usage/calls', callRecordsPageSchema, { ...this.window(query.window), country: query.country, ...this.paging(query) });
  }

  usageChart(window?: DayWindow) {
    return this.get('cliqtel.usage.chart', 'v1/portal/usage/chart', usageChartSchema, this.window(window));
  }

  usageByDid(window?: DayWindow) {
    return this.get('cliqtel.usage.byDid', 'v1/portal/usage/by-did', usageByDidSchema, this.window(window));
  }

  usageByDestination(window?: DayWindow) {
    return this.get('cliqtel.usage.byDestination', 'v1/portal/usage/by-destination', usageByDestinationSchema, this.window(window));
  }

  usageByTrunk(window?: DayWindow) {
    return this.get('cliqtel.usage.byTrunk', 'v1/portal/usage/by-trunk', usageByTrunkSchema, this.window(window));
  }

  usageComparison() {
    return this.get('cliqtel.usage.comparison', 'v1/portal/usage/comparison', usageComparisonSchema);
  }

  exportUsage(window: DayWindow, format: UsageExportFormat) {
    const query = { format, ...this.window(window) };
    return this.http.stream({ operation: 'cliqtel.usage.export', method: 'GET', path: 'v1/portal/usage/export', query, headers: this.auth });
  }

  invoices() {
    return this.get('cliqtel.invoices.list', 'v1/portal/invoices', invoicesSchema);
  }

  invoicePdf(id: string) {
    const path = `v1/portal/invoices/${encodeURIComponent(id)}/pdf`;
    return this.http.stream({ operation: 'cliqtel.invoices.pdf', method: 'GET', path, headers: { ...this.auth, accept: 'application/pdf' } });
  }

  creditNotes() {
    return this.get('cliqtel.creditNotes.list', 'v1/portal/credit-notes', creditNotesSchema);
  }

  billingTimeline() {
    return this.get('cliqtel.billing.timeline', 'v1/portal/billing/timeline', billingTimelineSchema);
  }

  orders() {
    return this.get('cliqtel.orders.list', 'v1/portal/orders', ordersSchema);
  }

  walletBalance() {
    return this.get('cliqtel.wallet.balance', 'v1/wallet/balance', walletBalanceSchema);
  }

  /** `from`/`to` filters are inferred (the usage endpoints' convention). */
  walletTransactions(query: CliqtelPageQuery & { window?: DayWindow }) {
    return this.get('cliqtel.wallet.transactions', 'v1/wallet/transactions', walletTransactionsPageSchema, { ...this.window(query.window), ...this.paging(query) });
  }

  /** Never retried: a repeat would send a second message. */
  sendSms(message: SmsSendRequest) {
    return this.http.request({ operation: 'cliqtel.sms.send', method: 'POST', path: 'v1/sms/messages', headers: this.auth, json: message, schema: smsEnvelopeSchema });
  }

  listSms(query: CliqtelPageQuery) {
    return this.get('cliqtel.sms.list', 'v1/sms/messages', smsPageSchema, this.paging(query));
  }

  getSms(id: string) {
    return this.get('cliqtel.sms.get', `v1/sms/messages/${encodeURIComponent(id)}`, smsEnvelopeSchema);
  }

  smsNumbers() {
    return this.get('cliqtel.sms.numbers', 'v1/sms/numbers', smsNumbersSchema);
  }

  /** Never retried: a repeat would send a second message. */
  sendWhatsApp(message: WhatsAppSendRequest) {
    return this.http.request({ operation: 'cliqtel.whatsapp.send', method: 'POST', path: 'v1/whatsapp/messages', headers: this.auth, json: message, schema: whatsAppEnvelopeSchema });
  }

  listWhatsApp(query: CliqtelPageQuery) {
    return this.get('cliqtel.whatsapp.list', 'v1/whatsapp/messages', whatsAppPageSchema, this.paging(query));
  }

  whatsAppTemplates() {
    return this.get('cliqtel.whatsapp.templates', 'v1/whatsapp/templates', whatsAppTemplatesSchema);
  }
}
