import type { AdapterContext } from '../definition.ts';
import { ProviderRateLimited, ProviderValidationFailed } from '../errors.ts';
import type {
  AccountRef,
  AvailableNumber,
  Balance,
  CallRecord,
  CdrQuery,
  CreditNote,
  Invoice,
  Page,
  PageQuery,
  PhoneNumber,
  ProviderAccount,
  SmsMessage,
  UsageBreakdownKind,
  UsageBreakdownRow,
  UsageSummary,
  WalletTransaction,
} from '../types.ts';
import { UnsupportedOperations } from '../unsupported-operations.ts';
import { CLIQTEL_MESSAGING_LIMIT, cliqtelCapabilities } from './capabilities.ts';
import { CliqtelClient, type DayWindow } from './client.ts';
import {
  CLIQTEL_PRICE_CURRENCY,
  decimalString,
  fromLaravelPage,
  money,
  slicePage,
  toBillingEvent,
  toCallRecord,
  toCreditNote,
  toInvoice,
  toOrder,
  toPhoneNumber,
  toProviderAccount,
  toSmsMessage,
  toWalletTransaction,
  toWhatsAppMessage,
} from './mappers.ts';
import type { CliqtelCredentials, UsageExportFormat } from './schemas.ts';

/**
 * Cliqtel through the shared interface. The connection's key is the partner's own Cliqtel
 * account (connection test, the partner's own numbers and calls); every per-customer
 * operation uses the customer's key (`AccountRef.authToken`).
 */
export class CliqtelAdapter extends UnsupportedOperations {
  readonly kind = 'CLIQTEL' as const;
  readonly capabilities = cliqtelCapabilities;

  private readonly connection: CliqtelClient;
  private readonly publicApi: CliqtelClient;
  private readonly customers = new Map<string, CliqtelClient>();
  private readonly currencies = new Map<string, string>();

  constructor(private readonly context: AdapterContext<CliqtelCredentials>) {
    super();
    this.connection = this.createClient(context.credentials.apiToken, 'connection');
    this.publicApi = this.createClient(null, 'connection');
  }

  private createClient(token: string | null, keyOwner: 'connection' | 'customer'): CliqtelClient {
    const { baseUrl, connectionId, credentials, onOutcome, http } = this.context;
    const secrets = [credentials.apiToken, ...(token ? [token] : [])];
    return new CliqtelClient({ baseUrl, connectionId, token, keyOwner, secrets, onOutcome, http });
  }

  /** The customer's own key; without one nothing can be asked about that customer. */
  private customer(ref: AccountRef, operation: string): CliqtelClient {
    const token = ref.authToken;
    if (!token) {
      throw new ProviderValidationFailed('CLIQTEL', operation, "This customer has no Cliqtel API key in the portal; paste the key from the customer's Cliqtel account.", {
        authToken: ["Paste the API key of the customer's Cliqtel account."],
      });
    }
    let client = this.customers.get(token);
    if (!client) {
      client = this.createClient(token, 'customer');
      this.customers.set(token, client);
    }
    return client;
  }

  /** `null` means the connection itself: the partner's own Cliqtel account. */
  private clientFor(ref: AccountRef | null, operation: string): CliqtelClient {
    return ref ? this.customer(ref, operation) : this.connection;
  }

  /** The summary and breakdowns carry no currency; the wallet's is the account's (read once per key). */
  private async currencyOf(ref: AccountRef, operation: string): Promise<string> {
    const key = ref.authToken ?? '';
    const known = this.currencies.get(key);
    if (known) return known;
    const { currency } = await this.customer(ref, operation).walletBalance();
    this.currencies.set(key, currency);
    return currency;
  }

  /** Documented 60/min per user on the messaging endpoints: spend the portal's budget before sending. */
  private async takeMessagingBudget(ref: AccountRef, operation: string): Promise<void> {
    const user = ref.providerAccountId || `key-${(ref.authToken ?? '').split('|')[0]}`;
    const result = await this.context.rateBudget.take(`cliqtel:${this.context.connectionId}:${user}:messaging`, CLIQTEL_MESSAGING_LIMIT);
    if (!result.ok) throw new ProviderRateLimited('CLIQTEL', operation, result.retryAt);
  }

  async testConnection(): Promise<{ ok: true; detail: string }> {
    const { data } = await this.connection.account();
    return { ok: true, detail: `Connected to Cliqtel account ${data.name} (${data.email}).` };
  }

  /** Also checks that the stored key belongs to the account the portal thinks it does. */
  async getAccount(ref: AccountRef): Promise<ProviderAccount> {
    const { data } = await this.customer(ref, 'accounts.get').account();
    const expected = ref.providerAccountId;
    if (expected && expected !== String(data.id) && expected.toLowerCase() !== data.email.toLowerCase()) {
      throw new ProviderValidationFailed('CLIQTEL', 'cliqtel.account.get', `This API key belongs to Cliqtel account ${data.id}, not ${expected}.`, {
        authToken: [`The key belongs to Cliqtel account ${data.id} (${data.email}).`],
      });
    }
    return toProviderAccount(data);
  }

  async getBalance(ref: AccountRef): Promise<Balance> {
    const wallet = await this.customer(ref, 'accounts.balance').walletBalance();
    this.currencies.set(ref.authToken ?? '', wallet.currency);
    // Available balance and credit limit are in the usage summary (scope usage:read); a billing-only key still works here.
    return { balance: money(wallet.balance, wallet.currency), available: null, creditLimit: null, updatedAt: new Date() };
  }

  async listTransactions(ref: AccountRef, query: PageQuery & { from?: Date; to?: Date }): Promise<Page<WalletTransaction>> {
    const window = query.from && query.to ? { from: query.from, to: query.to } : undefined;
    const page = await this.customer(ref, 'wallet.transactions').walletTransactions({ ...query, window });
    return fromLaravelPage(page, toWalletTransaction);
  }

  async searchAvailableNumbers(query: { country: string; type?: string }): Promise<AvailableNumber[]> {
    const { numbers } = await this.publicApi.searchNumbers({ country: query.country.toUpperCase(), type: query.type });
    return numbers.map((raw) => ({
      number: raw.number,
      country: raw.country_code,
      type: raw.type,
      monthlyPrice: money(raw.monthly_price, CLIQTEL_PRICE_CURRENCY),
      setupPrice: null,
    }));
  }

  async listNumbers(ref: AccountRef | null, query: PageQuery): Promise<Page<PhoneNumber>> {
    const page = await this.clientFor(ref, 'numbers.list').listNumbers(query);
    return fromLaravelPage(page, (raw) => toPhoneNumber(raw, ref?.providerAccountId ?? null));
  }

  /** Cliqtel-specific: one number, e.g. to re-read it after a cancel whose response was lost. */
  async getNumber(ref: AccountRef, numberId: string): Promise<PhoneNumber> {
    const { data } = await this.customer(ref, 'numbers.list').getNumber(numberId);
    return toPhoneNumber(data, ref.providerAccountId);
  }

  async setForwarding(ref: AccountRef, numberId: string, forwardTo: string | null): Promise<void> {
    await this.customer(ref, 'numbers.forwarding').setForwarding(numberId, forwardTo);
  }

  async setLabel(ref: AccountRef, numberId: string, label: string): Promise<void> {
    await this.customer(ref, 'numbers.label').setLabel(numberId, label);
  }

  async cancelNumber(ref: AccountRef, numberId: string): Promise<void> {
    await this.customer(ref, 'numbers.cancel').cancelNumber(numberId);
  }

  async listCdrs(ref: AccountRef | null, query: CdrQuery): Promise<Page<CallRecord>> {
    const page = await this.clientFor(ref, 'usage.cdrs').usageCalls({ window: { from: query.from, to: query.to }, page: query.page, perPage: query.perPage });
    return fromLaravelPage(page, (raw) => toCallRecord(raw, ref?.providerAccountId ?? null));
  }

  async getUsageSummary(ref: AccountRef, window: DayWindow): Promise<UsageSummary> {
    const summary = await this.customer(ref, 'usage.summary').usageSummary(window);
    const currency = await this.currencyOf(ref, 'usage.summary');
    return { minutes: decimalString(summary.minutes_this_month), charges: money(summary.charges_this_month, currency), calls: summary.total_calls, from: window.from, to: window.to };
  }

  async getUsageBreakdown(ref: AccountRef, kind: UsageBreakdownKind, window: DayWindow): Promise<UsageBreakdownRow[]> {
    const client = this.customer(ref, 'usage.breakdowns');
    const rows = await this.breakdownRows(client, kind, window);
    const currency = await this.currencyOf(ref, 'usage.breakdowns');
    return rows.map((row) => ({ key: row.key, minutes: decimalString(row.minutes), calls: row.calls, cost: money(row.cost, currency) }));
  }

  private async breakdownRows(client: CliqtelClient, kind: UsageBreakdownKind, window: DayWindow) {
    const figures = (key: string, row: { minutes: number; calls: number; cost: number }) => ({ key, minutes: row.minutes, calls: row.calls, cost: row.cost });
    switch (kind) {
      case 'daily':
        return (await client.usageChart(window)).data.map((row) => figures(row.date, row));
      case 'did':
        return (await client.usageByDid(window)).data.map((row) => figures(row.did, row));
      case 'destination':
        return (await client.usageByDestination(window)).data.map((row) => figures(row.country_code, row));
      case 'trunk':
        return (await client.usageByTrunk(window)).data.map((row) => figures(row.trunk, row));
    }
  }

  /** Cliqtel-specific: this month against last month. */
  async getUsageComparison(ref: AccountRef) {
    const comparison = await this.customer(ref, 'usage.breakdowns').usageComparison();
    const currency = await this.currencyOf(ref, 'usage.breakdowns');
    const period = (p: { minutes: number; calls: number; cost: number }) => ({ minutes: decimalString(p.minutes), calls: p.calls, cost: money(p.cost, currency) });
    return { thisMonth: period(comparison.this_month), lastMonth: period(comparison.last_month), deltaPercent: comparison.delta_pct };
  }

  async exportUsage(ref: AccountRef, window: DayWindow, format: UsageExportFormat): Promise<ReadableStream<Uint8Array>> {
    const file = await this.customer(ref, 'usage.export').exportUsage(window, format);
    return file.body;
  }

  async listInvoices(ref: AccountRef, query: PageQuery): Promise<Page<Invoice>> {
    const { invoices } = await this.customer(ref, 'billing.invoices').invoices();
    return slicePage(invoices.map(toInvoice), query);
  }

  async getInvoicePdf(ref: AccountRef, invoiceId: string): Promise<ReadableStream<Uint8Array>> {
    const file = await this.customer(ref, 'billing.invoicePdf').invoicePdf(invoiceId);
    return file.body;
  }

  async listCreditNotes(ref: AccountRef, query: PageQuery): Promise<Page<CreditNote>> {
    const { credit_notes: notes } = await this.customer(ref, 'billing.creditNotes').creditNotes();
    return slicePage(notes.map(toCreditNote), query);
  }

  /** Cliqtel-specific: invoices, payments, credit notes and top-ups on one timeline. */
  async listBillingTimeline(ref: AccountRef) {
    const { events } = await this.customer(ref, 'billing.invoices').billingTimeline();
    return events.map(toBillingEvent);
  }

  /** Cliqtel-specific: the account's checkout orders (number purchases happen there). */
  async listOrders(ref: AccountRef) {
    const { orders } = await this.customer(ref, 'billing.invoices').orders();
    return orders.map(toOrder);
  }

  async sendSms(ref: AccountRef, message: { from: string; to: string; body: string }): Promise<SmsMessage> {
    const client = this.customer(ref, 'messaging.sms');
    await this.takeMessagingBudget(ref, 'cliqtel.sms.send');
    const { data } = await client.sendSms(message);
    return toSmsMessage(data, message.body);
  }

  async listSms(ref: AccountRef, query: PageQuery): Promise<Page<SmsMessage>> {
    const client = this.customer(ref, 'messaging.sms');
    await this.takeMessagingBudget(ref, 'cliqtel.sms.list');
    return fromLaravelPage(await client.listSms(query), (raw) => toSmsMessage(raw));
  }

  /** Cliqtel-specific: one message. */
  async getSms(ref: AccountRef, messageId: string): Promise<SmsMessage> {
    const client = this.customer(ref, 'messaging.sms');
    await this.takeMessagingBudget(ref, 'cliqtel.sms.get');
    return toSmsMessage((await client.getSms(messageId)).data);
  }

  /** Cliqtel-specific: the numbers an SMS may be sent from. */
  async listSmsNumbers(ref: AccountRef): Promise<string[]> {
    const client = this.customer(ref, 'messaging.sms');
    await this.takeMessagingBudget(ref, 'cliqtel.sms.numbers');
    return (await client.smsNumbers()).data.map((entry) => entry.number);
  }

  /** A template is sent as a template; otherwise free text (only within 24 hours of the recipient's last message). */
  async sendWhatsApp(ref: AccountRef, message: { to: string; body?: string; template?: string }): Promise<{ id: string; status: string }> {
    const client = this.customer(ref, 'messaging.whatsapp');
    const request = message.template
      ? { to: message.to, type: 'template' as const, template: message.template }
      : message.body
        ? { to: message.to, type: 'text' as const, body: message.body }
        : null;
    if (!request) {
      throw new ProviderValidationFailed('CLIQTEL', 'cliqtel.whatsapp.send', 'Write a message or choose an approved template.', { body: ['Write a message or choose an approved template.'] });
    }
    await this.takeMessagingBudget(ref, 'cliqtel.whatsapp.send');
    const { data } = await client.sendWhatsApp(request);
    return { id: String(data.id), status: data.status };
  }

  /** Cliqtel-specific: WhatsApp history. */
  async listWhatsApp(ref: AccountRef, query: PageQuery) {
    const client = this.customer(ref, 'messaging.whatsapp');
    await this.takeMessagingBudget(ref, 'cliqtel.whatsapp.list');
    return fromLaravelPage(await client.listWhatsApp(query), toWhatsAppMessage);
  }

  /** Cliqtel-specific: the approved templates a business-initiated message must use. */
  async listWhatsAppTemplates(ref: AccountRef) {
    const client = this.customer(ref, 'messaging.whatsapp');
    await this.takeMessagingBudget(ref, 'cliqtel.whatsapp.templates');
    return (await client.whatsAppTemplates()).data.map((t) => ({ name: t.name, language: t.language, category: t.category, status: t.status }));
  }

  /** Cliqtel-specific: the live scope catalog, to explain what a key may do. */
  async listScopes(): Promise<Array<{ scope: string; description: string }>> {
    return (await this.connection.scopeCatalog()).data.map((entry) => ({ scope: entry.scope, description: entry.description }));
  }
}
