import type { Faker } from '@faker-js/faker';
import { toUnits } from './sandbox-money.ts';
import type { CallStatus, SandboxAccount, SandboxCdr, SandboxNumber, SandboxTransaction } from './sandbox-records.ts';

/**
 * Deterministic demo data for the Vobiz sandbox: DIDs in each country's real numbering
 * plan, plausible call records priced per started minute, and a ledger history that adds
 * up to each seeded balance. The same seed always yields the same data.
 */

type FixedArea = { area: string; digits: number; region: string };
type DialingPlan = { code: string; fixed: FixedArea[]; mobile: { prefixes: string[]; digits: number } };

const DIALING_PLANS: Record<string, DialingPlan> = {
  IN: {
    code: '91',
    fixed: [
      { area: '80', digits: 8, region: 'Karnataka' },
      { area: '22', digits: 8, region: 'Maharashtra' },
      { area: '11', digits: 8, region: 'Delhi' },
      { area: '40', digits: 8, region: 'Telangana' },
    ],
    mobile: { prefixes: ['98', '99', '97', '91', '88', '79', '70', '63'], digits: 8 },
  },
  US: {
    code: '1',
    fixed: [
      { area: '415', digits: 7, region: 'California' },
      { area: '212', digits: 7, region: 'New York' },
      { area: '312', digits: 7, region: 'Illinois' },
      { area: '617', digits: 7, region: 'Massachusetts' },
      { area: '512', digits: 7, region: 'Texas' },
    ],
    mobile: { prefixes: ['646', '213', '206', '305', '702'], digits: 7 },
  },
  GB: { code: '44', fixed: [{ area: '20', digits: 8, region: 'London' }, { area: '161', digits: 7, region: 'Manchester' }], mobile: { prefixes: ['74', '75', '77', '78', '79'], digits: 8 } },
  DE: { code: '49', fixed: [{ area: '30', digits: 8, region: 'Berlin' }, { area: '89', digits: 8, region: 'Bayern' }], mobile: { prefixes: ['151', '160', '170', '176'], digits: 8 } },
  FR: { code: '33', fixed: [{ area: '1', digits: 8, region: 'Île-de-France' }, { area: '4', digits: 8, region: 'Auvergne-Rhône-Alpes' }], mobile: { prefixes: ['6', '7'], digits: 8 } },
  NL: { code: '31', fixed: [{ area: '20', digits: 7, region: 'Noord-Holland' }, { area: '10', digits: 7, region: 'Zuid-Holland' }], mobile: { prefixes: ['6'], digits: 8 } },
  ES: { code: '34', fixed: [{ area: '91', digits: 7, region: 'Madrid' }, { area: '93', digits: 7, region: 'Cataluña' }], mobile: { prefixes: ['6'], digits: 8 } },
  IT: { code: '39', fixed: [{ area: '02', digits: 8, region: 'Lombardia' }, { area: '06', digits: 8, region: 'Lazio' }], mobile: { prefixes: ['3'], digits: 9 } },
};

const planFor = (country: string) => DIALING_PLANS[country] ?? DIALING_PLANS.US!;

/** Subscriber digits never start with 0, 1 or 5 (no trunk prefixes, no US 555 exchanges). */
function subscriber(faker: Faker, digits: number): string {
  return faker.helpers.arrayElement(['2', '3', '4', '6', '7', '8', '9']) + faker.string.numeric({ length: digits - 1, allowLeadingZeros: true });
}

export function fixedLineNumber(faker: Faker, country: string): { e164: string; region: string } {
  const plan = planFor(country);
  const area = faker.helpers.arrayElement(plan.fixed);
  return { e164: `+${plan.code}${area.area}${subscriber(faker, area.digits)}`, region: area.region };
}

export function mobileNumber(faker: Faker, country: string): string {
  const plan = planFor(country);
  const prefix = faker.helpers.arrayElement(plan.mobile.prefixes);
  return `+${plan.code}${prefix}${faker.string.numeric({ length: plan.mobile.digits, allowLeadingZeros: true })}`;
}

/** Rental (setup, monthly) and per-minute rates in the wallet currency; India's are from Vobiz's examples. */
const TARIFFS: Record<string, { setup: string; monthly: string; perMinute: string; region: string }> = {
  INR: { setup: '100', monthly: '500', perMinute: '0.45', region: 'ap-south-1' },
  USD: { setup: '1', monthly: '1.15', perMinute: '0.012', region: 'us-east-1' },
  GBP: { setup: '1', monthly: '1.25', perMinute: '0.011', region: 'eu-west-2' },
  EUR: { setup: '1', monthly: '1.5', perMinute: '0.013', region: 'eu-central-1' },
};
const tariffFor = (currency: string) => TARIFFS[currency] ?? TARIFFS.USD!;

const DAY_MS = 86_400_000;

export function generateNumbers(faker: Faker, account: SandboxAccount, now: Date): SandboxNumber[] {
  const tariff = tariffFor(account.currency);
  return Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () => {
    const { e164, region } = fixedLineNumber(faker, account.country);
    const purchasedAt = faker.date.between({ from: new Date(now.getTime() - 300 * DAY_MS), to: new Date(now.getTime() - 35 * DAY_MS) });
    const lastBillingDate = new Date(now.getTime() - faker.number.int({ min: 1, max: 28 }) * DAY_MS);
    return {
      id: faker.string.uuid(),
      accountAuthId: account.authId,
      e164,
      country: account.country,
      region,
      // Indian DIDs are typically voice-only (documented); elsewhere SMS often comes with the number.
      capabilities: { voice: true, sms: account.country !== 'IN' && faker.datatype.boolean(0.6), mms: false, fax: false },
      setupFee: toUnits(tariff.setup),
      monthlyFee: toUnits(tariff.monthly),
      currency: account.currency,
      applicationId: faker.datatype.boolean(0.85) ? faker.string.numeric({ length: 17, allowLeadingZeros: false }) : null,
      purchasedAt,
      lastBillingDate,
    };
  });
}

type Ending = { cause: string; code: number; name: string; source: string };
const ENDINGS: Record<CallStatus, Ending[]> = {
  answered: [
    { cause: 'NORMAL_CLEARING', code: 4000, name: 'Normal Hangup', source: 'Caller' },
    { cause: 'NORMAL_CLEARING', code: 4000, name: 'Normal Hangup', source: 'Callee' },
  ],
  'no-answer': [
    { cause: 'NO_ANSWER', code: 3020, name: 'No Answer', source: 'Vobiz' },
    { cause: 'ORIGINATOR_CANCEL', code: 2000, name: 'Cancelled', source: 'Caller' },
  ],
  busy: [{ cause: 'USER_BUSY', code: 3000, name: 'Busy Line', source: 'Callee' }],
  failed: [
    { cause: 'UNALLOCATED_NUMBER', code: 3040, name: 'Invalid Destination', source: 'Vobiz' },
    { cause: 'CALL_REJECTED', code: 3010, name: 'Rejected', source: 'Callee' },
    { cause: 'RECOVERY_ON_TIMER_EXPIRE', code: 5020, name: 'Network Timeout', source: 'Vobiz' },
  ],
};

/** Days of call history: two months, so last month is complete whatever today's date. */
export const CDR_HISTORY_DAYS = 60;
/** Share of outbound calls that go abroad. */
const INTERNATIONAL_SHARE = 0.2;

/** The far end of a call: mostly a mobile at home; outbound calls sometimes go abroad. */
function farEnd(faker: Faker, country: string, outbound: boolean): string {
  const abroad = outbound && faker.datatype.boolean(INTERNATIONAL_SHARE);
  const where = abroad ? faker.helpers.arrayElement(Object.keys(DIALING_PLANS).filter((code) => code !== country)) : country;
  return faker.datatype.boolean(0.85) ? mobileNumber(faker, where) : fixedLineNumber(faker, where).e164;
}

export function generateCdrs(faker: Faker, account: SandboxAccount, dids: string[], now: Date, firstId: number): SandboxCdr[] {
  const tariff = tariffFor(account.currency);
  const perMinute = toUnits(tariff.perMinute);
  const count = faker.number.int({ min: 80, max: 160 });
  return Array.from({ length: count }, (_, index) => {
    const direction = faker.helpers.weightedArrayElement([{ weight: 6, value: 'outbound' as const }, { weight: 4, value: 'inbound' as const }]);
    const status = faker.helpers.weightedArrayElement<CallStatus>([
      { weight: 70, value: 'answered' },
      { weight: 14, value: 'no-answer' },
      { weight: 8, value: 'busy' },
      { weight: 8, value: 'failed' },
    ]);
    const ending = faker.helpers.arrayElement(ENDINGS[status]);
    const did = dids.length > 0 ? faker.helpers.arrayElement(dids) : fixedLineNumber(faker, account.country).e164;
    const party = farEnd(faker, account.country, direction === 'outbound');
    const ringTime = status === 'no-answer' ? faker.number.int({ min: 20, max: 45 }) : status === 'answered' ? faker.number.int({ min: 2, max: 25 }) : faker.number.int({ min: 0, max: 3 });
    const billsec = status !== 'answered' ? 0 : faker.helpers.weightedArrayElement([
      { weight: 6, value: faker.number.int({ min: 5, max: 180 }) },
      { weight: 3, value: faker.number.int({ min: 181, max: 900 }) },
      { weight: 1, value: faker.number.int({ min: 901, max: 2400 }) },
    ]);
    const startTime = faker.date.between({ from: new Date(now.getTime() - CDR_HISTORY_DAYS * DAY_MS), to: new Date(now.getTime() - 60_000) });
    const answerTime = status === 'answered' ? new Date(startTime.getTime() + ringTime * 1000) : null;
    const duration = ringTime + billsec;
    const viaTrunk = faker.datatype.boolean(0.3);
    return {
      id: firstId + index,
      uuid: faker.string.uuid(),
      accountAuthId: account.authId,
      direction,
      callerNumber: direction === 'outbound' ? did : party,
      callerName: direction === 'outbound' ? (account.profile.company ?? account.name) : party,
      destinationNumber: direction === 'outbound' ? party : did,
      startTime,
      answerTime,
      endTime: new Date(startTime.getTime() + duration * 1000),
      duration,
      billsec,
      ringTime,
      // Billed per started minute (the pricing tier's 60-second increment).
      cost: BigInt(Math.ceil(billsec / 60)) * perMinute,
      currency: account.currency,
      hangupCause: ending.cause,
      hangupCauseCode: ending.code,
      hangupCauseName: ending.name,
      hangupSource: ending.source,
      codec: faker.helpers.weightedArrayElement([{ weight: 5, value: account.country === 'US' ? 'PCMU' : 'PCMA' }, { weight: 2, value: 'OPUS' }, { weight: 1, value: 'G729' }]),
      mos: status === 'answered' ? faker.number.float({ min: 3.6, max: 4.5, fractionDigits: 2 }) : null,
      region: tariff.region,
      trunkId: viaTrunk ? `trunk_${faker.string.alphanumeric({ length: 10, casing: 'lower' })}` : null,
      context: viaTrunk ? 'sip-trunking' : 'voice-api',
      status,
    };
  });
}

/**
 * A month of ledger entries ending at the seeded balance: three partner transfers and
 * daily call charges; the first transfer is the largest, so the balance rarely dips below zero.
 */
export function generateLedger(faker: Faker, account: SandboxAccount, partner: { id: string; name: string }, now: Date): SandboxTransaction[] {
  const perMinute = toUnits(tariffFor(account.currency).perMinute);
  const entry = (kind: SandboxTransaction['kind'], type: 'credit' | 'debit', amount: bigint, description: string, reference: string, at: Date): SandboxTransaction => ({
    id: faker.string.uuid(),
    accountAuthId: account.authId,
    kind,
    type,
    amount,
    currency: account.currency,
    description,
    reference,
    createdAt: at,
  });
  const debits = Array.from({ length: faker.number.int({ min: 5, max: 10 }) }, () => {
    const at = faker.date.between({ from: new Date(now.getTime() - 27 * DAY_MS), to: new Date(now.getTime() - DAY_MS) });
    const amount = perMinute * BigInt(faker.number.int({ min: 20, max: 600 }));
    return entry('debit', 'debit', amount, `Call charges ${at.toISOString().slice(0, 10)}`, `cdr-batch:${at.toISOString().slice(0, 10)}`, at);
  });
  const spent = debits.reduce((sum, debit) => sum + debit.amount, 0n);
  let credits = account.balance + spent;
  if (credits < 0n) {
    // A postpaid account in debt: record the overdraw as an adjustment.
    debits.push(entry('adjustment', 'debit', -credits, 'Postpaid usage adjustment', 'adj:postpaid', new Date(now.getTime() - 2 * DAY_MS)));
    credits = 0n;
  }
  const shares = [60n, 25n];
  const parts = [...shares.map((share) => (credits * share) / 100n)];
  parts.push(credits - parts.reduce((sum, part) => sum + part, 0n));
  const transfers = parts.map((amount, index) => {
    const at = new Date(now.getTime() - (28 - index * 10) * DAY_MS);
    const reference = `ptc:${partner.id}:${account.authId}:${Math.floor(at.getTime() / 1000)}`;
    return entry('transfer', 'credit', amount, `Transfer from partner ${partner.name}: Monthly top-up`, reference, at);
  });
  return [...transfers.filter((transfer) => transfer.amount > 0n), ...debits];
}
