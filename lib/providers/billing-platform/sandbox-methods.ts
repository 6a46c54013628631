import { z } from 'zod';
import { toDecimal } from '../../money/format-money.ts';
import { type Decimal, type SandboxClient, type SandboxDid, type SandboxInvoice, type SandboxPayment, type SandboxState, type SandboxUser, type SandboxXdr, UNITS_PER_USD } from './sandbox-data.ts';
import { RPC_CODES } from './schemas.ts';
import { formatDateInZone, formatInZone, parseInZone } from './zoned-time.ts';

/**
 * The sandbox's JSON-RPC methods (the catalogue in schemas.ts, *inferred*), working on its
 * in-memory state. Each sees only the calling user's reseller: another reseller's client is
 * "not found", exactly as if it did not exist.
 */
export class RpcFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export type MethodContext = { state: SandboxState; user: SandboxUser; timeZone: string };
export type RpcMethod = (params: unknown, context: MethodContext) => unknown;

function parse<T>(schema: z.ZodType<T>, params: unknown): T {
  const result = schema.safeParse(params ?? {});
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.map(String).join('.') || 'params'] ??= []).push(issue.message);
  throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors });
}

const id = z.number().int().positive();
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
const phone = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number');
const datetime = z.string().min(1);
const paging = { limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) };

/** JSON numbers on the wire, as the docs' `"credit": 1000`; the state itself stays decimal. */
const wireNumber = (value: Decimal) => Number(value.toString());

function instantParam(text: string, field: string, timeZone: string): Date {
  const instant = parseInZone(text, timeZone);
  if (!instant) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { [field]: ['must be a datetime "YYYY-MM-DD HH:mm:ss"'] } });
  return instant;
}

function exactAmount(value: number, field: string, decimals: number): Decimal {
  const amount = toDecimal(String(value));
  if (amount.decimalPlaces() > decimals) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { [field]: [`must have at most ${decimals} decimal places`] } });
  return amount;
}

function notFound(entity: string, entityId: number): RpcFailure {
  return new RpcFailure(RPC_CODES.notFound, `${entity.charAt(0).toUpperCase()}${entity.slice(1)} #${entityId} not found`, { entity, id: entityId });
}

function ownClient(context: MethodContext, clientId: number): SandboxClient {
  const client = context.state.clients.get(clientId);
  if (!client || client.resellerId !== context.user.resellerId) throw notFound('client', clientId);
  return client;
}

function ownsClient(context: MethodContext, clientId: number): boolean {
  return context.state.clients.get(clientId)?.resellerId === context.user.resellerId;
}

function page<T>(items: T[], params: { limit: number; offset: number }, toJson: (item: T) => unknown) {
  return { items: items.slice(params.offset, params.offset + params.limit).map(toJson), total: items.length };
}

function clientJson(client: SandboxClient, timeZone: string) {
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    phone: client.phone,
    country: client.country,
    company: client.company,
    status: client.status,
    billing_type: client.billingType,
    balance: wireNumber(client.balance),
    credit: wireNumber(client.credit),
    currency: client.currency,
    created_at: formatInZone(client.createdAt, timeZone),
  };
}

const paymentJson = (payment: SandboxPayment, timeZone: string) => ({
  id: payment.id,
  client_id: payment.clientId,
  amount: wireNumber(payment.amount),
  currency: payment.currency,
  external_id: payment.externalId,
  comment: payment.comment,
  created_at: formatInZone(payment.createdAt, timeZone),
  balance_after: wireNumber(payment.balanceAfter),
});

const didJson = (did: SandboxDid) => ({
  id: did.id,
  // The platform stores numbers without "+", as many switches do.
  number: did.number.slice(1),
  country: did.country,
  type: did.type,
  client_id: did.clientId,
  description: did.description,
  monthly_fee: wireNumber(did.monthlyFee),
  setup_fee: wireNumber(did.setupFee),
  currency: did.currency,
});

const xdrJson = (xdr: SandboxXdr, timeZone: string) => ({
  id: xdr.id,
  client_id: xdr.clientId,
  direction: xdr.direction,
  caller: xdr.caller,
  callee: xdr.callee,
  start_time: formatInZone(xdr.startTime, timeZone),
  answer_time: xdr.answerTime ? formatInZone(xdr.answerTime, timeZone) : null,
  end_time: formatInZone(xdr.endTime, timeZone),
  duration: xdr.duration,
  billed_duration: xdr.billedDuration,
  disposition: xdr.disposition,
  cost: wireNumber(xdr.cost),
  currency: xdr.currency,
});

/** Invoice amounts come as decimal strings with cents, unlike the rest (both forms occur). */
export const invoiceJson = (invoice: SandboxInvoice, timeZone: string) => ({
  id: invoice.id,
  client_id: invoice.clientId,
  number: invoice.number,
  status: invoice.status,
  issue_date: formatDateInZone(invoice.issueDate, timeZone),
  due_date: formatDateInZone(invoice.dueDate, timeZone),
  amount: invoice.amount.toFixed(2),
  tax: invoice.tax.toFixed(2),
  total: invoice.total.toFixed(2),
  currency: invoice.currency,
  has_pdf: invoice.status !== 'draft',
});

export function ownInvoice(context: MethodContext, invoiceId: number): SandboxInvoice {
  const invoice = context.state.invoices.find((item) => item.id === invoiceId);
  if (!invoice || !ownsClient(context, invoice.clientId)) throw notFound('invoice', invoiceId);
  return invoice;
}

const clientFields = {
  name: z.string().trim().min(1).max(120),
  email: z.email(),
  phone: phone.optional(),
  country: country.optional(),
  company: z.string().max(120).optional(),
  billing_type: z.enum(['prepaid', 'postpaid']),
};

export const RPC_METHODS: Record<string, RpcMethod> = {
  'clients.search': (params, context) => {
    const p = parse(z.object({ ...paging, filter: z.object({ id: id.optional(), name: z.string().optional() }).default({}) }), params);
    const needle = p.filter.name?.toLowerCase();
    const clients = [...context.state.clients.values()]
      .filter((c) => c.resellerId === context.user.resellerId && (p.filter.id === undefined || c.id === p.filter.id) && (!needle || c.name.toLowerCase().includes(needle)))
      .sort((a, b) => a.id - b.id);
    return page(clients, p, (c) => clientJson(c, context.timeZone));
  },

  'clients.get': (params, context) => clientJson(ownClient(context, parse(z.object({ id }), params).id), context.timeZone),

  'clients.create': (params, context) => {
    const p = parse(z.object({ ...clientFields, billing_type: clientFields.billing_type.default('prepaid'), currency: currency.optional() }), params);
    const { state, user } = context;
    const taken = [...state.clients.values()].find((c) => c.resellerId === user.resellerId && c.email === p.email);
    if (taken) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { email: [`is already used by client #${taken.id}`] } });
    const client: SandboxClient = {
      id: state.nextId.client++,
      resellerId: user.resellerId,
      name: p.name,
      email: p.email,
      phone: p.phone ?? null,
      country: p.country ?? null,
      company: p.company ?? null,
      status: 'active',
      billingType: p.billing_type,
      balance: toDecimal('0'),
      credit: toDecimal('0'),
      currency: p.currency ?? state.resellerCurrency.get(user.resellerId) ?? 'USD',
      createdAt: new Date(),
    };
    state.clients.set(client.id, client);
    return clientJson(client, context.timeZone);
  },

  'clients.update': (params, context) => {
    const schema = z.object({ id, ...z.object(clientFields).partial().shape, status: z.enum(['active', 'blocked', 'closed']).optional(), credit: z.number().min(0).max(10_000_000).optional() });
    const p = parse(schema, params);
    const client = ownClient(context, p.id);
    if (p.credit !== undefined) client.credit = exactAmount(p.credit, 'credit', 4);
    if (p.billing_type !== undefined) client.billingType = p.billing_type;
    Object.assign(client, Object.fromEntries(Object.entries({ name: p.name, email: p.email, phone: p.phone, country: p.country, company: p.company, status: p.status }).filter(([, v]) => v !== undefined)));
    return clientJson(client, context.timeZone);
  },

  'payments.create': (params, context) => {
    const p = parse(z.object({ client_id: id, amount: z.number().positive().max(1_000_000), currency, external_id: z.string().min(1).max(64).optional(), comment: z.string().max(255).optional() }), params);
    const client = ownClient(context, p.client_id);
    const { state } = context;
    const existing = p.external_id === undefined ? undefined : state.payments.find((x) => x.externalId === p.external_id && ownsClient(context, x.clientId));
    if (existing) {
      // A repeated reference is the same payment: answered again, never applied twice.
      if (existing.clientId !== client.id) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { external_id: [`is already used by a payment of client #${existing.clientId}`] } });
      return paymentJson(existing, context.timeZone);
    }
    if (p.currency !== client.currency) throw new RpcFailure(RPC_CODES.invalidParams, 'Invalid params', { errors: { currency: [`must be the client's currency ${client.currency}`] } });
    client.balance = client.balance.plus(exactAmount(p.amount, 'amount', 4));
    const payment: SandboxPayment = { id: state.nextId.payment++, clientId: client.id, amount: toDecimal(String(p.amount)), currency: client.currency, externalId: p.external_id ?? null, comment: p.comment ?? null, createdAt: new Date(), balanceAfter: client.balance };
    state.payments.push(payment);
    return paymentJson(payment, context.timeZone);
  },

  'payments.search': (params, context) => {
    const filter = z.object({ client_id: id.optional(), external_id: z.string().optional(), date_from: datetime.optional(), date_to: datetime.optional() });
    const p = parse(z.object({ ...paging, filter: filter.default({}) }), params);
    const from = p.filter.date_from ? instantParam(p.filter.date_from, 'filter.date_from', context.timeZone) : null;
    const to = p.filter.date_to ? instantParam(p.filter.date_to, 'filter.date_to', context.timeZone) : null;
    const payments = context.state.payments
      .filter((x) => ownsClient(context, x.clientId) && (p.filter.client_id === undefined || x.clientId === p.filter.client_id))
      .filter((x) => (p.filter.external_id === undefined || x.externalId === p.filter.external_id) && (!from || x.createdAt >= from) && (!to || x.createdAt < to))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    return page(payments, p, (x) => paymentJson(x, context.timeZone));
  },

  'dids.search': (params, context) => {
    const filter = z.object({ id: id.optional(), client_id: id.nullable().optional(), country: country.optional(), type: z.enum(['local', 'mobile', 'toll_free']).optional() });
    const p = parse(z.object({ ...paging, filter: filter.default({}) }), params);
    const f = p.filter;
    const dids = context.state.dids.filter(
      (d) =>
        d.resellerId === context.user.resellerId &&
        (f.id === undefined || d.id === f.id) &&
        (f.client_id === undefined || d.clientId === f.client_id) &&
        (f.country === undefined || d.country === f.country) &&
        (f.type === undefined || d.type === f.type),
    );
    return page(dids, p, didJson);
  },

  'dids.update': (params, context) => {
    const p = parse(z.object({ id, client_id: id.nullable().optional(), description: z.string().max(120).nullable().optional() }), params);
    const did = context.state.dids.find((d) => d.id === p.id && d.resellerId === context.user.resellerId);
    if (!did) throw notFound('did', p.id);
    if (p.client_id !== undefined) did.clientId = p.client_id === null ? null : ownClient(context, p.client_id).id;
    if (p.description !== undefined) did.description = p.description;
    return didJson(did);
  },

  'xdrs.search': (params, context) => {
    // xDR tables are large: the window is required (inferred), `to` exclusive.
    const p = parse(z.object({ ...paging, filter: z.object({ client_id: id.optional(), start_time_from: datetime, start_time_to: datetime }) }), params);
    const from = instantParam(p.filter.start_time_from, 'filter.start_time_from', context.timeZone);
    const to = instantParam(p.filter.start_time_to, 'filter.start_time_to', context.timeZone);
    const xdrs = context.state.xdrs.filter(
      (x) => ownsClient(context, x.clientId) && (p.filter.client_id === undefined || x.clientId === p.filter.client_id) && x.startTime >= from && x.startTime < to,
    );
    return page(xdrs, p, (x) => xdrJson(x, context.timeZone));
  },

  'invoices.search': (params, context) => {
    const p = parse(z.object({ ...paging, filter: z.object({ client_id: id.optional() }).default({}) }), params);
    const invoices = context.state.invoices
      .filter((i) => ownsClient(context, i.clientId) && (p.filter.client_id === undefined || i.clientId === p.filter.client_id))
      .sort((a, b) => b.issueDate.getTime() - a.issueDate.getTime());
    return page(invoices, p, (i) => invoiceJson(i, context.timeZone));
  },

  'invoices.get': (params, context) => invoiceJson(ownInvoice(context, parse(z.object({ id }), params).id), context.timeZone),

  'accounting.currencies.get_rate': (params) => {
    const p = parse(z.object({ from: currency, to: currency }), params);
    const fromUnits = UNITS_PER_USD[p.from];
    const toUnits = UNITS_PER_USD[p.to];
    if (!fromUnits || !toUnits) throw new RpcFailure(RPC_CODES.notFound, `No rate for ${p.from}/${p.to}`, { entity: 'currency', id: fromUnits ? p.to : p.from });
    return { from: p.from, to: p.to, rate: Number(toDecimal(toUnits).dividedBy(toDecimal(fromUnits)).toDecimalPlaces(6).toString()) };
  },
};
