import { toDecimal } from '../../money/format-money.ts';
import type { AdapterContext } from '../definition.ts';
import { ContractError, ProviderNotFound, ProviderValidationFailed } from '../errors.ts';
import { ProviderHttp } from '../http/provider-http.ts';
import type {
  AccountRef,
  AvailableNumber,
  Balance,
  CallRecord,
  CdrQuery,
  CreateAccountInput,
  CreatedAccount,
  FundInput,
  Invoice,
  Money,
  Page,
  PageQuery,
  PhoneNumber,
  ProviderAccount,
  ProviderAdapter,
  WalletTransaction,
} from '../types.ts';
import { UnsupportedOperations } from '../unsupported-operations.ts';
import { BILLING_PLATFORM_CAPABILITIES } from './capabilities.ts';
import { BillingPlatformClient, type PlatformProtocol } from './client.ts';
import { platformErrorMapper } from './platform-errors.ts';
import * as map from './platform-mappers.ts';
import { PlatformTransport } from './platform-transport.ts';
import { MAX_PAGE_SIZE, type BillingPlatformCredentials, type PlatformDid } from './schemas.ts';
import { formatInZone, isValidTimeZone } from './zoned-time.ts';

const PROVIDER = 'BILLING_PLATFORM' as const;
const DEFAULT_PAGE_SIZE = 50;

export type BillingPlatformAdapterOptions = {
  /** Olson zone sent as `__tz` on every request; the platform's datetimes are read in it. */
  timeZone?: string;
  /** 'rest' sends client reads and updates (and exchange rates) to the documented REST paths. */
  protocol?: PlatformProtocol;
  /** Clock for the JWT expiry (tests move it forward). */
  now?: () => number;
};

/**
 * UnsupportedOperations declares its refusals without parameters, which TypeScript will not
 * let an override with parameters replace; typed as the interface it implements, it can.
 */
const AdapterBase = UnsupportedOperations as abstract new () => ProviderAdapter;

/**
 * The self-hosted billing platform: clients (with balance and credit limit), payments,
 * DIDs from the reseller's stock, xDRs and invoices. `providerAccountId` is the platform's
 * numeric client id; the API key's user sees only its own reseller's clients.
 */
export class BillingPlatformAdapter extends AdapterBase {
  readonly kind = PROVIDER;
  readonly capabilities = BILLING_PLATFORM_CAPABILITIES;
  readonly timeZone: string;
  private readonly client: BillingPlatformClient;

  constructor(context: AdapterContext<BillingPlatformCredentials>, options: BillingPlatformAdapterOptions = {}) {
    super();
    this.timeZone = options.timeZone ?? 'UTC';
    if (!isValidTimeZone(this.timeZone)) throw new RangeError(`Unknown time zone "${this.timeZone}" for the billing platform connection.`);
    const { credentials } = context;
    const secrets = [credentials.apiKey, credentials.password].filter((value): value is string => value !== undefined);
    const http = new ProviderHttp({
      provider: PROVIDER,
      baseUrl: context.baseUrl,
      connectionKey: context.connectionId,
      secrets,
      mapError: platformErrorMapper(secrets),
      onOutcome: context.onOutcome,
      ...context.http,
    });
    const transport = new PlatformTransport({ http, credentials, timeZone: this.timeZone, secrets, onOutcome: context.onOutcome, now: options.now ?? Date.now });
    this.client = new BillingPlatformClient(transport, options.protocol ?? 'json-rpc');
  }

  async testConnection(): Promise<{ ok: true; detail: string }> {
    const { total } = await this.client.searchClients({ limit: 1, offset: 0 });
    return { ok: true, detail: `Connected; ${total} client${total === 1 ? '' : 's'} visible to this API user.` };
  }

  /** Onboarding extras read here: `billingModel` (PREPAID | POSTPAID) and `currency` (default: the reseller's). */
  async createAccount(input: CreateAccountInput): Promise<CreatedAccount> {
    const billingType = input.extra?.billingModel?.toLowerCase() === 'postpaid' ? 'postpaid' : 'prepaid';
    const created = await this.client.createClient({
      name: input.name,
      email: input.email,
      phone: input.phone,
      country: input.country?.toUpperCase(),
      company: input.company,
      billing_type: billingType,
      currency: input.extra?.currency,
    });
    // The platform's clients have no API credential of their own.
    return { account: map.toProviderAccount(created, this.timeZone, 'billing-platform.clients.create'), authToken: null, generatedPassword: null };
  }

  async listAccounts(query: PageQuery & { search?: string }): Promise<Page<ProviderAccount>> {
    const window = pageWindow(query);
    const filter = query.search ? { name: query.search } : undefined;
    const result = await this.client.searchClients({ filter, limit: window.perPage, offset: window.offset });
    return toPage(result.items.map((client) => map.toProviderAccount(client, this.timeZone, 'billing-platform.clients.search')), result.total, window);
  }

  async getAccount(ref: AccountRef): Promise<ProviderAccount> {
    const client = await this.client.getClient(clientId(ref, 'accounts.get'));
    return map.toProviderAccount(client, this.timeZone, 'billing-platform.clients.get');
  }

  async getBalance(ref: AccountRef): Promise<Balance> {
    return map.toBalance(await this.client.getClient(clientId(ref, 'accounts.balance')));
  }

  async fundAccount(ref: AccountRef, input: FundInput): Promise<{ transactionId: string; balanceAfter: Money | null }> {
    const payment = await this.client.createPayment({
      client_id: clientId(ref, 'wallet.fund'),
      amount: exactJsonNumber(input.amount.amount, 'wallet.fund'),
      currency: input.amount.currency,
      external_id: input.operationId,
      comment: input.description,
    });
    const balanceAfter = payment.balance_after == null ? null : { amount: payment.balance_after, currency: payment.currency };
    return { transactionId: String(payment.id), balanceAfter };
  }

  async findFunding(ref: AccountRef, operationId: string): Promise<{ transactionId: string } | null> {
    const filter = { client_id: clientId(ref, 'wallet.fund'), external_id: operationId };
    // Matched by hand too: a platform that ignored the filter must not turn any payment into "found".
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const result = await this.client.searchPayments({ filter, limit: MAX_PAGE_SIZE, offset });
      const match = result.items.find((payment) => payment.external_id === operationId);
      if (match) return { transactionId: String(match.id) };
      if (result.items.length === 0 || offset + result.items.length >= result.total) return null;
    }
  }

  async listTransactions(ref: AccountRef, query: PageQuery & { from?: Date; to?: Date }): Promise<Page<WalletTransaction>> {
    const window = pageWindow(query);
    const filter = {
      client_id: clientId(ref, 'wallet.transactions'),
      date_from: query.from ? formatInZone(query.from, this.timeZone) : undefined,
      date_to: query.to ? formatInZone(query.to, this.timeZone) : undefined,
    };
    const result = await this.client.searchPayments({ filter, limit: window.perPage, offset: window.offset });
    return toPage(result.items.map((payment) => map.toWalletTransaction(payment, this.timeZone, 'billing-platform.payments.search')), result.total, window);
  }

  async setCreditLimit(ref: AccountRef, limit: Money): Promise<void> {
    const id = clientId(ref, 'wallet.creditLimit');
    // `credit` carries no currency: it is in the client's, so a limit in another one is refused.
    const client = await this.client.getClient(id);
    if (client.currency !== limit.currency) {
      throw new ProviderValidationFailed(PROVIDER, 'wallet.creditLimit', `The customer is billed in ${client.currency}; set the credit limit in ${client.currency}.`, {
        currency: [`must be ${client.currency}`],
      });
    }
    await this.client.updateClient(id, { credit: exactJsonNumber(limit.amount, 'wallet.creditLimit') });
  }

  async searchAvailableNumbers(query: { country: string; type?: string }): Promise<AvailableNumber[]> {
    const filter = { client_id: null, country: query.country.toUpperCase(), type: query.type };
    const result = await this.client.searchDids({ filter, limit: 100, offset: 0 });
    return result.items.filter((did) => did.client_id === null).map(map.toAvailableNumber);
  }

  async listNumbers(ref: AccountRef | null, query: PageQuery): Promise<Page<PhoneNumber>> {
    const window = pageWindow(query);
    const filter = ref ? { client_id: clientId(ref, 'numbers.list') } : undefined;
    const result = await this.client.searchDids({ filter, limit: window.perPage, offset: window.offset });
    return toPage(result.items.map(map.toPhoneNumber), result.total, window);
  }

  async assignNumber(ref: AccountRef, numberId: string): Promise<void> {
    const id = clientId(ref, 'numbers.assign');
    const did = await this.findDid(numberId, 'numbers.assign');
    if (did.client_id === id) return;
    // The platform would silently move the number; taking it from another customer must be deliberate.
    if (did.client_id !== null) {
      throw new ProviderValidationFailed(PROVIDER, 'numbers.assign', `Number ${map.e164(did.number)} is assigned to another customer; unassign it first.`, {
        numberId: ['is assigned to another customer'],
      });
    }
    await this.client.updateDid(did.id, { client_id: id });
  }

  async unassignNumber(ref: AccountRef, numberId: string): Promise<void> {
    const id = clientId(ref, 'numbers.assign');
    const did = await this.findDid(numberId, 'numbers.assign');
    if (did.client_id !== id) throw new ProviderNotFound(PROVIDER, 'numbers.assign', `Number ${numberId} of this customer`);
    await this.client.updateDid(did.id, { client_id: null });
  }

  async listCdrs(ref: AccountRef | null, query: CdrQuery): Promise<Page<CallRecord>> {
    const window = pageWindow(query);
    const filter = {
      client_id: ref ? clientId(ref, 'usage.cdrs') : undefined,
      start_time_from: formatInZone(query.from, this.timeZone),
      start_time_to: formatInZone(query.to, this.timeZone),
    };
    const result = await this.client.searchXdrs({ filter, limit: window.perPage, offset: window.offset });
    return toPage(result.items.map((xdr) => map.toCallRecord(xdr, this.timeZone, 'billing-platform.xdrs.search')), result.total, window);
  }

  async listInvoices(ref: AccountRef, query: PageQuery): Promise<Page<Invoice>> {
    const window = pageWindow(query);
    const filter = { client_id: clientId(ref, 'billing.invoices') };
    const result = await this.client.searchInvoices({ filter, limit: window.perPage, offset: window.offset });
    return toPage(result.items.map((invoice) => map.toInvoice(invoice, this.timeZone, 'billing-platform.invoices.search')), result.total, window);
  }

  async getInvoicePdf(ref: AccountRef, invoiceId: string): Promise<ReadableStream<Uint8Array>> {
    const id = clientId(ref, 'billing.invoicePdf');
    const invoice = await this.client.getInvoice(numericId(invoiceId, 'invoiceId', 'billing.invoicePdf'));
    if (invoice.client_id !== id) throw new ProviderNotFound(PROVIDER, 'billing.invoicePdf', `Invoice ${invoiceId} of this customer`);
    const file = await this.client.downloadInvoicePdf(invoice.id);
    if (!file.contentType?.startsWith('application/pdf')) {
      await file.body.cancel();
      throw new ContractError(PROVIDER, 'billing-platform.invoices.pdf', 'content-type', `is "${file.contentType ?? 'missing'}", not application/pdf`);
    }
    return file.body;
  }

  /** Not part of the shared interface: the platform's conversion rate, for showing other currencies. */
  async getExchangeRate(from: string, to: string): Promise<{ from: string; to: string; rate: string }> {
    const result = await this.client.getExchangeRate(from.toUpperCase(), to.toUpperCase());
    return { from: result.from, to: result.to, rate: result.rate };
  }

  private async findDid(numberId: string, operation: string): Promise<PlatformDid> {
    const id = numericId(numberId, 'numberId', operation);
    const result = await this.client.searchDids({ filter: { id }, limit: 1, offset: 0 });
    const did = result.items.find((item) => item.id === id);
    if (!did) throw new ProviderNotFound(PROVIDER, operation, `Number ${numberId}`);
    return did;
  }
}

function numericId(value: string, field: string, operation: string): number {
  if (!/^[1-9]\d{0,14}$/.test(value)) {
    throw new ProviderValidationFailed(PROVIDER, operation, `"${value}" is not a billing platform id (a positive number).`, { [field]: ['must be a positive number'] });
  }
  return Number(value);
}

function clientId(ref: AccountRef, operation: string): number {
  return numericId(ref.providerAccountId, 'providerAccountId', operation);
}

/**
 * The platform takes amounts as JSON numbers (the docs' `"credit": 1000`). A decimal string
 * is sent only when the number writes back exactly the same digits, so no cent is lost.
 */
function exactJsonNumber(amount: string, operation: string): number {
  const value = Number(amount);
  const exact = /^-?\d+(\.\d+)?$/.test(amount) && Number.isFinite(value) && toDecimal(String(value)).equals(toDecimal(amount));
  if (!exact) throw new ProviderValidationFailed(PROVIDER, operation, `The amount ${amount} cannot be sent exactly.`, { amount: ['must be a decimal number of at most 15 digits'] });
  return value;
}

type PageWindow = { page: number; perPage: number; offset: number };

function pageWindow(query: PageQuery): PageWindow {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.perPage ?? DEFAULT_PAGE_SIZE)));
  return { page, perPage, offset: (page - 1) * perPage };
}

function toPage<T>(items: T[], total: number, window: PageWindow): Page<T> {
  return { items, page: window.page, perPage: window.perPage, total, hasMore: window.offset + items.length < total };
}
