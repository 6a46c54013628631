import { base, en, Faker } from '@faker-js/faker';
import { toDecimal } from '../../money/format-money.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import type { BillingPlatformCredentials } from './schemas.ts';

/**
 * The billing platform sandbox's world: two resellers (the seeded partner and another one
 * whose clients the partner's key must never see), their clients, payments, DID stock,
 * xDRs and invoices — generated from the seed, so every run with a seed looks the same.
 */
export type Decimal = ReturnType<typeof toDecimal>;

export type SandboxUser = { resellerId: number; apiKey: string | null; login: string | null; password: string | null };

export type SandboxClient = {
  id: number;
  resellerId: number;
  name: string;
  email: string | null;
  phone: string | null;
  country: string | null;
  company: string | null;
  status: 'active' | 'blocked' | 'closed';
  billingType: 'prepaid' | 'postpaid';
  balance: Decimal;
  credit: Decimal;
  currency: string;
  createdAt: Date;
};

export type SandboxPayment = { id: number; clientId: number; amount: Decimal; currency: string; externalId: string | null; comment: string | null; createdAt: Date; balanceAfter: Decimal };

export type SandboxDid = { id: number; resellerId: number; number: string; country: string; type: 'local' | 'mobile' | 'toll_free'; clientId: number | null; description: string | null; monthlyFee: Decimal; setupFee: Decimal; currency: string };

export type SandboxXdr = {
  id: number;
  clientId: number;
  direction: 'inbound' | 'outbound';
  caller: string;
  callee: string;
  startTime: Date;
  answerTime: Date | null;
  endTime: Date;
  duration: number;
  billedDuration: number;
  disposition: 'answered' | 'no_answer' | 'busy' | 'failed';
  cost: Decimal;
  currency: string;
};

export type SandboxInvoice = { id: number; clientId: number; number: string; status: 'draft' | 'issued' | 'paid'; issueDate: Date; dueDate: Date; amount: Decimal; tax: Decimal; total: Decimal; currency: string };

export type SandboxState = {
  users: SandboxUser[];
  resellerCurrency: Map<number, string>;
  clients: Map<number, SandboxClient>;
  payments: SandboxPayment[];
  dids: SandboxDid[];
  xdrs: SandboxXdr[];
  invoices: SandboxInvoice[];
  nextId: { client: number; payment: number };
};

export const PARTNER_RESELLER = 1;
export const OTHER_RESELLER = 2;
const DAY_MS = 86_400_000;
/** Two months of calls, so last month is complete whatever today's date. */
const XDR_DAYS = 60;

/** Dollars per one unit of each currency the sandbox converts (rates are illustrative). */
export const UNITS_PER_USD: Record<string, string> = { USD: '1', EUR: '0.92', GBP: '0.79', INR: '83.2', CAD: '1.36', AUD: '1.52' };

const PER_MINUTE: Record<string, string> = { US: '0.009', CA: '0.011', GB: '0.012', DE: '0.015', FR: '0.014', NL: '0.016', IN: '0.021', AU: '0.019' };
const TAX_RATE: Record<string, string> = { GB: '0.2', DE: '0.19', FR: '0.2', NL: '0.21' };
const DESTINATIONS = Object.keys(PER_MINUTE);

export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  return faker;
}

/** Plausible E.164 numbers in each country's national format; US otherwise. */
export function numberFor(country: string, type: SandboxDid['type'], faker: Faker): string {
  const digits = (n: number) => faker.string.numeric({ length: n, allowLeadingZeros: true });
  if (type === 'toll_free') return country === 'GB' ? `+44800${digits(7)}` : `+1${faker.helpers.arrayElement(['800', '833', '844', '888'])}${faker.number.int({ min: 2, max: 9 })}${digits(6)}`;
  switch (country) {
    case 'GB':
      return type === 'mobile' ? `+447${faker.helpers.arrayElement(['4', '5', '7', '9'])}${digits(8)}` : `+4420${faker.helpers.arrayElement(['3', '7', '8'])}${digits(7)}`;
    case 'DE':
      return type === 'mobile' ? `+4915${faker.helpers.arrayElement(['1', '2', '7'])}${digits(8)}` : `+4930${digits(8)}`;
    case 'FR':
      return `+33${type === 'mobile' ? faker.helpers.arrayElement(['6', '7']) : '1'}${digits(8)}`;
    case 'NL':
      return type === 'mobile' ? `+316${digits(8)}` : `+3120${digits(7)}`;
    case 'IN':
      return `+91${type === 'mobile' ? faker.helpers.arrayElement(['98', '87', '70']) : '80'}${digits(8)}`;
    case 'AU':
      return type === 'mobile' ? `+614${digits(8)}` : `+612${digits(8)}`;
    default: {
      const area = faker.helpers.arrayElement(country === 'CA' ? ['416', '604', '514'] : ['212', '305', '312', '415', '512', '617', '646', '702']);
      return `+1${area}${faker.number.int({ min: 2, max: 9 })}${digits(6)}`;
    }
  }
}

function money(faker: Faker, min: number, max: number, decimals = 2): Decimal {
  return toDecimal(faker.number.float({ min, max, fractionDigits: decimals }).toFixed(decimals));
}

function seedClients(seed: SandboxSeed<BillingPlatformCredentials>, faker: Faker, now: Date): SandboxClient[] {
  return seed.accounts.map((account) => {
    if (!/^[1-9]\d*$/.test(account.providerAccountId)) throw new RangeError(`Billing platform client ids are numbers; got "${account.providerAccountId}".`);
    return {
      id: Number(account.providerAccountId),
      resellerId: PARTNER_RESELLER,
      name: account.name,
      email: account.email,
      phone: account.phone ?? null,
      country: account.country ?? 'US',
      company: null,
      status: 'active',
      billingType: account.billingModel === 'POSTPAID' ? 'postpaid' : 'prepaid',
      balance: toDecimal(account.balance),
      credit: toDecimal(account.billingModel === 'POSTPAID' ? '500' : '0'),
      currency: seed.partner.currency,
      createdAt: new Date(now.getTime() - faker.number.int({ min: 60, max: 700 }) * DAY_MS),
    };
  });
}

function otherResellerClients(firstId: number, faker: Faker, now: Date): SandboxClient[] {
  return Array.from({ length: 3 }, (_, i) => ({
    id: firstId + i,
    resellerId: OTHER_RESELLER,
    name: faker.company.name(),
    email: faker.internet.email().toLowerCase(),
    phone: numberFor('GB', 'local', faker),
    country: 'GB',
    company: null,
    status: 'active' as const,
    billingType: 'prepaid' as const,
    balance: money(faker, 5, 900),
    credit: toDecimal('0'),
    currency: 'GBP',
    createdAt: new Date(now.getTime() - faker.number.int({ min: 30, max: 400 }) * DAY_MS),
  }));
}

function generateDids(clients: SandboxClient[], resellerId: number, currency: string, faker: Faker, nextId: () => number): SandboxDid[] {
  const owned = clients.filter((c) => c.resellerId === resellerId);
  const countries = [...new Set([...owned.map((c) => c.country ?? 'US'), resellerId === PARTNER_RESELLER ? 'US' : 'GB', 'GB'])];
  const did = (country: string, type: SandboxDid['type'], clientId: number | null): SandboxDid => ({
    id: nextId(),
    resellerId,
    number: numberFor(country, type, faker),
    country,
    type,
    clientId,
    description: clientId === null ? null : 'Main line',
    monthlyFee: toDecimal(type === 'toll_free' ? '4.50' : type === 'mobile' ? '2.00' : '1.00'),
    setupFee: toDecimal(type === 'toll_free' ? '10.00' : '0.00'),
    currency,
  });
  const assigned = owned.map((client) => did(client.country ?? 'US', 'local', client.id));
  const stock = countries.flatMap((country) => [did(country, 'local', null), did(country, 'local', null), did(country, 'mobile', null)]);
  return [...assigned, ...stock, did('US', 'toll_free', null)];
}

function generateXdrs(client: SandboxClient, line: string, faker: Faker, now: Date, nextId: () => number): SandboxXdr[] {
  return Array.from({ length: 80 }, () => {
    const outbound = faker.number.float() < 0.75;
    const destination = faker.helpers.arrayElement(DESTINATIONS);
    const other = numberFor(destination, faker.datatype.boolean() ? 'mobile' : 'local', faker);
    const startTime = new Date(now.getTime() - faker.number.int({ min: 60_000, max: XDR_DAYS * DAY_MS }));
    const roll = faker.number.float();
    const disposition: SandboxXdr['disposition'] = roll < 0.72 ? 'answered' : roll < 0.86 ? 'no_answer' : roll < 0.95 ? 'busy' : 'failed';
    const ringSeconds = disposition === 'failed' ? 0 : faker.number.int({ min: 2, max: disposition === 'no_answer' ? 45 : 18 });
    const talkSeconds = disposition !== 'answered' ? 0 : faker.helpers.weightedArrayElement([
      { weight: 70, value: faker.number.int({ min: 8, max: 240 }) },
      { weight: 25, value: faker.number.int({ min: 241, max: 1200 }) },
      { weight: 5, value: faker.number.int({ min: 1201, max: 3600 }) },
    ]);
    const answerTime = disposition === 'answered' ? new Date(startTime.getTime() + ringSeconds * 1000) : null;
    const perMinute = toDecimal(outbound ? PER_MINUTE[destination]! : '0.002');
    return {
      id: nextId(),
      clientId: client.id,
      direction: outbound ? 'outbound' : 'inbound',
      caller: outbound ? line : other,
      callee: outbound ? other : line,
      startTime,
      answerTime,
      endTime: new Date(startTime.getTime() + (ringSeconds + talkSeconds) * 1000),
      duration: ringSeconds + talkSeconds,
      billedDuration: talkSeconds,
      disposition,
      cost: perMinute.times(talkSeconds).dividedBy(60).toDecimalPlaces(4),
      currency: client.currency,
    };
  });
}

function generateInvoices(client: SandboxClient, faker: Faker, now: Date, nextId: () => number): SandboxInvoice[] {
  return [3, 2, 1, 0].map((monthsAgo) => {
    const id = nextId();
    const issueDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
    const amount = money(faker, 12, 420);
    const tax = amount.times(toDecimal(TAX_RATE[client.country ?? ''] ?? '0')).toDecimalPlaces(2);
    return {
      id,
      clientId: client.id,
      number: `INV-${issueDate.getUTCFullYear()}${String(issueDate.getUTCMonth() + 1).padStart(2, '0')}-${String(id).padStart(5, '0')}`,
      // The current month is still being rated; last month's is open; older ones are settled.
      status: monthsAgo === 0 ? 'draft' : monthsAgo === 1 ? 'issued' : 'paid',
      issueDate,
      dueDate: new Date(issueDate.getTime() + 14 * DAY_MS),
      amount,
      tax,
      total: amount.plus(tax),
      currency: client.currency,
    };
  });
}

function generatePayments(client: SandboxClient, faker: Faker, now: Date, nextId: () => number): SandboxPayment[] {
  return [45, 15].map((daysAgo) => ({
    id: nextId(),
    clientId: client.id,
    amount: money(faker, 20, 200, 0),
    currency: client.currency,
    externalId: null,
    comment: faker.helpers.arrayElement(['Bank transfer', 'Card payment', 'Top-up']),
    createdAt: new Date(now.getTime() - daysAgo * DAY_MS - faker.number.int({ min: 0, max: DAY_MS })),
    // Historical entries: the balance they led to is not reconstructed.
    balanceAfter: client.balance,
  }));
}

export function generateState(seed: SandboxSeed<BillingPlatformCredentials>, other: SandboxUser, now: Date): SandboxState {
  const faker = seededFaker(seed.randomSeed ?? 1);
  const counter = (start: number) => {
    let next = start;
    return () => next++;
  };
  const partnerClients = seedClients(seed, faker, now);
  const firstOtherId = Math.max(1000, ...partnerClients.map((c) => c.id)) + 1;
  const clients = [...partnerClients, ...otherResellerClients(firstOtherId, faker, now)];
  const didId = counter(501);
  const dids = [...generateDids(clients, PARTNER_RESELLER, seed.partner.currency, faker, didId), ...generateDids(clients, OTHER_RESELLER, 'GBP', faker, didId)];
  const xdrId = counter(880_001);
  const xdrs = clients.flatMap((client) => generateXdrs(client, dids.find((d) => d.clientId === client.id)!.number, faker, now, xdrId));
  const invoiceId = counter(7001);
  const paymentId = counter(30_001);
  const payments = clients.flatMap((client) => generatePayments(client, faker, now, paymentId));
  return {
    users: [{ resellerId: PARTNER_RESELLER, apiKey: seed.partner.credentials.apiKey ?? null, login: seed.partner.credentials.login ?? null, password: seed.partner.credentials.password ?? null }, other],
    resellerCurrency: new Map([
      [PARTNER_RESELLER, seed.partner.currency],
      [OTHER_RESELLER, 'GBP'],
    ]),
    clients: new Map(clients.map((client) => [client.id, client])),
    payments,
    dids,
    xdrs: xdrs.sort((a, b) => b.startTime.getTime() - a.startTime.getTime()),
    invoices: clients.flatMap((client) => generateInvoices(client, faker, now, invoiceId)),
    nextId: { client: firstOtherId + 3, payment: paymentId() },
  };
}
