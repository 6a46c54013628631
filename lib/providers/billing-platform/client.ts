import type { PlatformTransport } from './platform-transport.ts';
import {
  exchangeRateSchema,
  platformClientSchema,
  platformDidSchema,
  platformInvoiceSchema,
  platformPaymentSchema,
  platformXdrSchema,
  searchResultSchema,
} from './schemas.ts';

/** JSON-RPC for everything, or the documented REST paths where they exist. */
export type PlatformProtocol = 'json-rpc' | 'rest';

/** inferred: every `*.search` takes a `filter` object plus `limit`/`offset`. */
export type SearchParams<Filter> = { filter?: Filter; limit: number; offset: number };

export type ClientFilter = { id?: number; name?: string };
export type PaymentFilter = { client_id: number; external_id?: string; date_from?: string; date_to?: string };
/** `client_id: null` asks for numbers in stock (assigned to nobody). */
export type DidFilter = { id?: number; client_id?: number | null; country?: string; type?: string };
export type XdrFilter = { client_id?: number; start_time_from: string; start_time_to: string };
export type InvoiceFilter = { client_id: number };

export type CreateClientParams = {
  name: string;
  email: string;
  phone?: string;
  country?: string;
  company?: string;
  billing_type: 'prepaid' | 'postpaid';
  currency?: string;
};
export type UpdateClientParams = Partial<Omit<CreateClientParams, 'currency'>> & { credit?: number; status?: string };
export type CreatePaymentParams = { client_id: number; amount: number; currency: string; external_id: string; comment?: string };

const schemas = {
  client: platformClientSchema,
  clients: searchResultSchema(platformClientSchema),
  payment: platformPaymentSchema,
  payments: searchResultSchema(platformPaymentSchema),
  did: platformDidSchema,
  dids: searchResultSchema(platformDidSchema),
  xdrs: searchResultSchema(platformXdrSchema),
  invoice: platformInvoiceSchema,
  invoices: searchResultSchema(platformInvoiceSchema),
};

const READ = { idempotent: true } as const;
/** Setting fields to given values can be repeated safely. */
const IDEMPOTENT_WRITE = { idempotent: true } as const;
/** Creating an entity twice creates two: never retried blindly, reconciled instead. */
const CREATE = { idempotent: false } as const;

/**
 * One function per platform call. The documented ones: `clients.get` / `GET /clients/{id}`,
 * `clients.update` / `PATCH /clients/{id}`, `accounting.currencies.get_rate` /
 * `GET /accounting/currencies/exchange-rate`. The others follow the platform's naming and are
 * *inferred*, as are their parameter names (schemas.ts).
 */
export class BillingPlatformClient {
  constructor(
    private readonly transport: PlatformTransport,
    private readonly protocol: PlatformProtocol = 'json-rpc',
  ) {}

  searchClients(params: SearchParams<ClientFilter>) {
    return this.transport.rpc('clients.search', params, schemas.clients, READ);
  }

  getClient(id: number) {
    if (this.protocol === 'rest') return this.transport.rest({ operation: 'clients.get', method: 'GET', path: `/clients/${id}`, schema: schemas.client, ...READ });
    return this.transport.rpc('clients.get', { id }, schemas.client, READ);
  }

  createClient(params: CreateClientParams) {
    return this.transport.rpc('clients.create', params, schemas.client, CREATE);
  }

  updateClient(id: number, changes: UpdateClientParams) {
    if (this.protocol === 'rest') {
      return this.transport.rest({ operation: 'clients.update', method: 'PATCH', path: `/clients/${id}`, json: changes, schema: schemas.client, ...IDEMPOTENT_WRITE });
    }
    return this.transport.rpc('clients.update', { id, ...changes }, schemas.client, IDEMPOTENT_WRITE);
  }

  /**
   * Funds a client. The platform *inferred*ly answers a repeated `external_id` with the
   * payment it already holds; the portal still treats a lost response as unknown and
   * reconciles through `searchPayments`, in case a platform version does not.
   */
  createPayment(params: CreatePaymentParams) {
    return this.transport.rpc('payments.create', params, schemas.payment, CREATE);
  }

  searchPayments(params: SearchParams<PaymentFilter>) {
    return this.transport.rpc('payments.search', params, schemas.payments, READ);
  }

  searchDids(params: SearchParams<DidFilter>) {
    return this.transport.rpc('dids.search', params, schemas.dids, READ);
  }

  updateDid(id: number, changes: { client_id: number | null }) {
    return this.transport.rpc('dids.update', { id, ...changes }, schemas.did, IDEMPOTENT_WRITE);
  }

  searchXdrs(params: SearchParams<XdrFilter>) {
    return this.transport.rpc('xdrs.search', params, schemas.xdrs, READ);
  }

  searchInvoices(params: SearchParams<InvoiceFilter>) {
    return this.transport.rpc('invoices.search', params, schemas.invoices, READ);
  }

  getInvoice(id: number) {
    return this.transport.rpc('invoices.get', { id }, schemas.invoice, READ);
  }

  /** inferred: the PDF is a REST download beside the invoice (JSON-RPC carries no files). */
  downloadInvoicePdf(id: number) {
    return this.transport.restFile({ operation: 'invoices.pdf', path: `/invoices/${id}/pdf` });
  }

  /** Parameter names `from`/`to` inferred. */
  getExchangeRate(from: string, to: string) {
    if (this.protocol === 'rest') {
      return this.transport.rest({ operation: 'accounting.currencies.get_rate', method: 'GET', path: '/accounting/currencies/exchange-rate', query: { from, to }, schema: exchangeRateSchema, ...READ });
    }
    return this.transport.rpc('accounting.currencies.get_rate', { from, to }, exchangeRateSchema, READ);
  }
}
