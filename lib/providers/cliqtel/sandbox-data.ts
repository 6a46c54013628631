import { base, en, Faker } from '@faker-js/faker';
import type { SandboxAccountSeed } from '../sandbox/sandbox-seed.ts';
import { COUNTRY_PLANS, countryPlan, destinationIn, numberIn, type NumberType } from './sandbox-countries.ts';

/**
 * The generated state of one Cliqtel account in the sandbox: numbers, calls, wallet
 * ledger, invoices, messages. Everything derives from the seed and the start time, so a
 * run is repeatable. Amounts are integers in ten-thousandths (0.0190 = 190).
 */
export const DAY_MS = 86_400_000;
const HISTORY_DAYS = 62;

export type SandboxNumber = {
  id: number;
  number: string;
  country_code: string;
  type: NumberType;
  status: 'active' | 'cancelling';
  label: string | null;
  forward_to: string | null;
  capabilities: string[];
  monthly: number;
  createdMs: number;
  cancels_at: string | null;
};
export type SandboxCall = {
  id: number;
  call_id: string;
  destination: string;
  caller_id: string;
  startMs: number;
  duration: number;
  billable: number;
  rate: number;
  charge: number;
  country: string;
  trunk: string;
};
export type SandboxTransaction = { id: number; type: string; amount: number; balanceAfter: number; reference_type: string; description: string; createdMs: number };
export type SandboxInvoice = { id: number; invoice_number: string; subtotal: number; tax: number; total: number; status: string; has_pdf: boolean; issuedMs: number; dueMs: number; period: string };
export type SandboxCreditNote = { id: number; credit_note_number: string; invoice_number: string; total: number; reason: string; issuedMs: number };
export type SandboxOrder = { id: number; order_number: string; status: string; total: number; createdMs: number; items: Array<{ description: string; quantity: number; amount: number }> };
export type SandboxSms = { id: number; direction: 'inbound' | 'outbound'; from: string; to: string; body: string; status: string; segments: number; cost: number; createdMs: number };
export type SandboxWhatsApp = { id: number; direction: 'inbound' | 'outbound'; contact: string; type: 'template' | 'text'; template: string | null; body: string | null; status: string; createdMs: number };

export type SandboxAccount = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  country: string;
  billingMode: 'prepaid' | 'postpaid';
  currency: string;
  balance: number;
  creditLimit: number;
  createdMs: number;
  trunks: string[];
  numbers: SandboxNumber[];
  calls: SandboxCall[];
  transactions: SandboxTransaction[];
  invoices: SandboxInvoice[];
  creditNotes: SandboxCreditNote[];
  orders: SandboxOrder[];
  sms: SandboxSms[];
  whatsapp: SandboxWhatsApp[];
};

/** Row ids shared by every account of one sandbox, as in one database. */
export type IdSequences = Record<'number' | 'call' | 'transaction' | 'invoice' | 'creditNote' | 'order' | 'sms' | 'whatsapp', number>;

export function newIdSequences(): IdSequences {
  return { number: 1000, call: 90_000, transaction: 40_000, invoice: 300, creditNote: 20, order: 7000, sms: 5500, whatsapp: 800 };
}

export const roundToCents = (units: number) => Math.round(units / 100) * 100;

const SMS_TEXTS = [
  (f: Faker) => `Hi ${f.person.firstName()}, your appointment is confirmed for ${f.date.weekday()} at ${f.number.int({ min: 8, max: 17 })}:00.`,
  (f: Faker) => `Your order ${f.string.numeric(6)} has shipped and should arrive within 2 working days.`,
  (f: Faker) => `Your verification code is ${f.string.numeric(6)}.`,
  (f: Faker) => `Thanks ${f.person.firstName()}! See you ${f.date.weekday()}.`,
  () => 'Can we move the meeting to tomorrow morning?',
];

export function generateAccount(seed: SandboxAccountSeed, options: { currency: string; randomSeed: number; nowMs: number; ids: IdSequences }): SandboxAccount {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(options.randomSeed);
  const { ids, nowMs } = options;
  const plan = countryPlan(seed.country ?? '') ?? countryPlan('GB')!;
  const account: SandboxAccount = {
    id: seed.providerAccountId,
    name: seed.name,
    email: seed.email,
    phone: seed.phone ?? null,
    country: plan.iso,
    billingMode: seed.billingModel === 'POSTPAID' ? 'postpaid' : 'prepaid',
    currency: options.currency,
    balance: Math.round(Number(seed.balance) * 10_000),
    creditLimit: seed.billingModel === 'POSTPAID' ? 2_500_000 : 0,
    createdMs: nowMs - faker.number.int({ min: 200, max: 900 }) * DAY_MS,
    trunks: ['main-pbx', faker.helpers.arrayElement(['branch-office', 'call-centre', 'backup-sip'])],
    numbers: [],
    calls: [],
    transactions: [],
    invoices: [],
    creditNotes: [],
    orders: [],
    sms: [],
    whatsapp: [],
  };

  const types: NumberType[] = ['local', ...faker.helpers.arrayElements(['local', 'local', 'mobile', 'toll_free'] as NumberType[], { min: 1, max: 3 })];
  const labels = ['Main line', 'Support', 'Sales', 'Reception', null];
  for (const [index, type] of types.entries()) {
    const number = numberIn(faker, plan, type) ?? numberIn(faker, plan, 'local')!;
    if (account.numbers.some((n) => n.number === number)) continue;
    const createdMs = nowMs - faker.number.int({ min: 70, max: 400 }) * DAY_MS;
    account.numbers.push({
      id: ids.number++,
      number,
      country_code: plan.iso,
      type: plan.ranges[type] ? type : 'local',
      status: 'active',
      label: labels[index % labels.length]!,
      forward_to: faker.datatype.boolean(0.3) ? numberIn(faker, plan, plan.ranges.mobile ? 'mobile' : 'local') : null,
      // The first number always takes SMS, so every account can send one.
      capabilities: index === 0 || type === 'mobile' ? ['voice', 'sms'] : ['voice'],
      monthly: plan.monthly[type] ?? plan.monthly.local!,
      createdMs,
      cancels_at: null,
    });
    account.orders.push({
      id: ids.order++,
      order_number: `ORD-${faker.string.numeric(6)}`,
      status: 'completed',
      total: plan.monthly[type] ?? plan.monthly.local!,
      createdMs,
      items: [{ description: `Number ${number} (first month)`, quantity: 1, amount: plan.monthly[type] ?? plan.monthly.local! }],
    });
  }

  generateCalls(faker, account, ids, nowMs);
  generateMessages(faker, account, ids, nowMs);
  generateLedger(faker, account, ids, nowMs);
  generateInvoices(faker, account, ids, nowMs);
  return account;
}

function generateCalls(faker: Faker, account: SandboxAccount, ids: IdSequences, nowMs: number): void {
  const home = countryPlan(account.country)!;
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  for (let day = HISTORY_DAYS - 1; day >= 0; day--) {
    const count = faker.number.int({ min: 0, max: 5 });
    for (let i = 0; i < count; i++) {
      const startMs = today - day * DAY_MS + faker.number.int({ min: 7 * 3600, max: 19 * 3600 }) * 1000;
      const plan = faker.datatype.boolean(0.65) ? home : faker.helpers.arrayElement(COUNTRY_PLANS);
      const destination = destinationIn(faker, plan);
      // Log-normal talk time around 1.5 minutes; a few calls are too short to bill.
      const unbilled = faker.datatype.boolean(0.08);
      const talk = Math.min(3600, Math.max(5, Math.round(Math.exp(4.5 + 0.9 * gaussian(faker)))));
      const duration = unbilled ? faker.number.int({ min: 0, max: 3 }) : talk;
      const billable = unbilled ? 0 : duration;
      const call: SandboxCall = {
        id: ids.call++,
        call_id: faker.string.hexadecimal({ length: 12, casing: 'lower', prefix: '' }),
        destination: destination.number,
        caller_id: faker.helpers.arrayElement(account.numbers).number,
        startMs,
        duration,
        billable,
        rate: destination.rate,
        charge: roundToCents((billable * destination.rate) / 60),
        country: plan.iso,
        trunk: faker.helpers.weightedArrayElement([
          { weight: 4, value: account.trunks[0]! },
          { weight: 1, value: account.trunks[1]! },
        ]),
      };
      // Later today's calls are drawn but not kept, so the random sequence never depends on the hour.
      if (startMs <= nowMs) account.calls.push(call);
    }
  }
  account.calls.sort((a, b) => b.startMs - a.startMs);
}

function gaussian(faker: Faker): number {
  const u = faker.number.float({ min: 1e-9, max: 1 });
  const v = faker.number.float({ min: 0, max: 1 });
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function generateMessages(faker: Faker, account: SandboxAccount, ids: IdSequences, nowMs: number): void {
  const plan = countryPlan(account.country)!;
  const sender = account.numbers.find((n) => n.capabilities.includes('sms'))!.number;
  const contacts = Array.from({ length: 4 }, () => destinationIn(faker, plan).number);
  const count = faker.number.int({ min: 12, max: 25 });
  for (let i = 0; i < count; i++) {
    const inbound = faker.datatype.boolean(0.3);
    const body = faker.helpers.arrayElement(SMS_TEXTS)(faker);
    const segments = Math.ceil(body.length / 160);
    const contact = faker.helpers.arrayElement(contacts);
    account.sms.push({
      id: ids.sms++,
      direction: inbound ? 'inbound' : 'outbound',
      from: inbound ? contact : sender,
      to: inbound ? sender : contact,
      body,
      status: inbound ? 'received' : faker.helpers.weightedArrayElement([{ weight: 9, value: 'delivered' }, { weight: 1, value: 'failed' }]),
      segments,
      cost: inbound ? 0 : 400 * segments,
      createdMs: nowMs - faker.number.int({ min: 1, max: 30 * 24 * 60 }) * 60_000,
    });
  }
  account.sms.sort((a, b) => b.createdMs - a.createdMs);
  for (const [index, contact] of contacts.slice(0, 3).entries()) {
    // The first contact wrote recently, so a free-text reply is inside the 24-hour window.
    const repliedMs = nowMs - (index === 0 ? 2 * 3600_000 : (3 + index) * DAY_MS);
    account.whatsapp.push(
      { id: ids.whatsapp++, direction: 'outbound', contact, type: 'template', template: 'appointment_reminder', body: null, status: 'read', createdMs: repliedMs - 3600_000 },
      { id: ids.whatsapp++, direction: 'inbound', contact, type: 'text', template: null, body: 'Yes, that works for me. Thanks!', status: 'received', createdMs: repliedMs },
    );
  }
  account.whatsapp.sort((a, b) => b.createdMs - a.createdMs);
}

/** Builds the ledger backwards from today's balance, inserting top-ups where a prepaid wallet would have needed one. */
function generateLedger(faker: Faker, account: SandboxAccount, ids: IdSequences, nowMs: number): void {
  const debits: Array<Omit<SandboxTransaction, 'id' | 'balanceAfter'>> = [
    ...account.calls.filter((c) => c.charge > 0).map((c) => ({ type: 'call_debit', amount: -c.charge, reference_type: 'call', description: `Call to ${c.destination}`, createdMs: c.startMs + c.duration * 1000 })),
    ...account.sms.filter((s) => s.cost > 0).map((s) => ({ type: 'sms_debit', amount: -s.cost, reference_type: 'sms', description: `SMS to ${s.to}`, createdMs: s.createdMs })),
  ];
  for (let month = 0; month < 3; month++) {
    const date = new Date(nowMs);
    const firstMs = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - month, 1, 2);
    if (firstMs < nowMs - HISTORY_DAYS * DAY_MS) continue;
    for (const n of account.numbers.filter((x) => x.createdMs < firstMs)) {
      debits.push({ type: 'number_rental', amount: -n.monthly, reference_type: 'number', description: `Monthly rental ${n.number}`, createdMs: firstMs });
    }
  }
  debits.sort((a, b) => b.createdMs - a.createdMs);
  const topUp = faker.helpers.arrayElement([500_000, 1_000_000]);
  let running = account.balance;
  let lastTopUpMs = Number.POSITIVE_INFINITY;
  const ledger: SandboxTransaction[] = [];
  for (const debit of debits) {
    ledger.push({ ...debit, id: 0, balanceAfter: running });
    running -= debit.amount;
    // Roughly every two weeks at most, and only where the wallet stays above 20 before it.
    if (running >= topUp + 200_000 && lastTopUpMs - debit.createdMs > 14 * DAY_MS) {
      lastTopUpMs = debit.createdMs;
      ledger.push({ id: 0, type: 'top_up', amount: topUp, balanceAfter: running, reference_type: 'payment', description: 'Wallet top-up (card)', createdMs: debit.createdMs - 3600_000 });
      running -= topUp;
    }
  }
  // Ids grow with time, as rows inserted in order would.
  for (const entry of [...ledger].reverse()) entry.id = ids.transaction++;
  account.transactions = ledger;
}

function generateInvoices(faker: Faker, account: SandboxAccount, ids: IdSequences, nowMs: number): void {
  const plan = countryPlan(account.country)!;
  const now = new Date(nowMs);
  for (let back = 3; back >= 0; back--) {
    const startMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
    const endMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1);
    const usage = account.calls.filter((c) => c.startMs >= startMs && c.startMs < endMs).reduce((sum, c) => sum + c.charge, 0);
    const rentals = account.numbers.filter((n) => n.createdMs < startMs).reduce((sum, n) => sum + n.monthly, 0);
    const subtotal = roundToCents(usage + rentals);
    const tax = roundToCents((subtotal * plan.taxPercent) / 100);
    const current = back === 0;
    const latestClosed = back === 1;
    account.invoices.push({
      id: ids.invoice++,
      invoice_number: `INV-${new Date(startMs).getUTCFullYear()}-${String(ids.invoice).padStart(4, '0')}`,
      subtotal,
      tax,
      total: subtotal + tax,
      // The running month is a draft without a PDF; a postpaid account still owes the last closed one.
      status: current ? 'draft' : latestClosed && account.billingMode === 'postpaid' ? 'open' : 'paid',
      has_pdf: !current,
      issuedMs: current ? nowMs : endMs,
      dueMs: (current ? nowMs : endMs) + 14 * DAY_MS,
      period: new Date(startMs).toISOString().slice(0, 7),
    });
  }
  account.invoices.reverse();
  // Every account has one credit note, on its oldest paid invoice, so the list is never empty in demos.
  const credited = account.invoices.findLast((i) => i.status === 'paid');
  if (credited) {
    account.creditNotes.push({
      id: ids.creditNote++,
      credit_note_number: `CN-${new Date(credited.issuedMs).getUTCFullYear()}-${String(ids.creditNote).padStart(4, '0')}`,
      invoice_number: credited.invoice_number,
      total: roundToCents(credited.total * 0.1),
      reason: faker.helpers.arrayElement(['Service credit for a carrier outage', 'Refund of a duplicated number rental', 'Goodwill credit']),
      issuedMs: credited.issuedMs + 5 * DAY_MS,
    });
  }
}
