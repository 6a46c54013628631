import type { CallRecord } from '../lib/providers/types.ts';
import { formatDateInZone, parseInZone } from '../lib/providers/billing-platform/zoned-time.ts';
import { DIALLING_PLANS, SHORT_CODES, UNPRICED_PLAN, farEndNumber, numberInRanges, type FarEnd, type Range } from './dialling-plans.ts';
import { seededRandom, weightedPicker, type Random } from './seeded-random.ts';

/**
 * Deterministic call records for one tenant: customers of very different sizes (a Zipf
 * curve, so "top customers" means something), 1-3 DIDs each, calls spread over the last
 * `days` days of the partner's calendar with weekday and business-hour peaks, mostly
 * short, answered/no-answer/busy/failed, priced by the provider in the customer's
 * currency. Records come out per connection, oldest first, in pages — the order in which
 * an incremental sync receives them.
 */
export type BenchCustomer = {
  index: number;
  providerAccountId: string;
  name: string;
  email: string;
  connection: number;
  dids: string[];
  /** Share of the tenant's calls, relative. */
  weight: number;
};

export type TenantSpec = {
  slug: string;
  name: string;
  currency: string;
  timeZone: string;
  connections: number;
  customers: number;
  rows: number;
  days: number;
  seed: number;
  /** Where the tenant's DIDs are (its home market), "+" and country code included. */
  didRanges: readonly Range[];
};

export type TenantPlan = TenantSpec & { customerList: BenchCustomer[]; dayList: string[]; now: Date };

const ZIPF_EXPONENT = 0.75;
const OUTBOUND_SHARE = 0.72;
const INBOUND_COST_PER_MINUTE = '0.0035';
/** Business hours peak, nights are quiet (the partner's local clock). */
const HOUR_WEIGHTS = [0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.8, 1.4, 1.9, 2, 2, 1.7, 1.8, 1.9, 1.8, 1.6, 1.3, 0.9, 0.7, 0.55, 0.45, 0.35, 0.25];
const WEEKDAY_WEIGHTS = [0.35, 1, 1, 1, 1, 0.95, 0.45];
const DAY_MS = 86_400_000;

function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** Splits `total` over `weights` in whole numbers that add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    counts[index]! += 1;
    left -= 1;
  }
  return counts;
}

export function planTenant(spec: TenantSpec, now: Date): TenantPlan {
  const random = seededRandom(spec.seed);
  const usedDids = new Set<string>();
  const customerList: BenchCustomer[] = Array.from({ length: spec.customers }, (_, index) => {
    const dids: string[] = [];
    const didCount = random.int(1, 3);
    while (dids.length < didCount) {
      const did = numberInRanges(random, spec.didRanges);
      if (usedDids.has(did)) continue;
      usedDids.add(did);
      dids.push(did);
    }
    const number = String(index + 1).padStart(6, '0');
    return {
      index,
      providerAccountId: `MA_${spec.slug.slice(0, 2).toUpperCase()}${number}`,
      name: `${spec.name.split(' ')[0]} customer ${number}`,
      email: `billing+${number}@${spec.slug}-customers.test`,
      connection: index % spec.connections,
      dids,
      weight: 1 / Math.pow(index + 1, ZIPF_EXPONENT),
    };
  });
  const today = formatDateInZone(now, spec.timeZone);
  const dayList = Array.from({ length: spec.days }, (_, i) => addDays(today, i - spec.days + 1));
  return { ...spec, customerList, dayList, now };
}

function callId(random: Random): string {
  const hex = random.hex(32);
  // A version-4 UUID, as providers' call ids are.
  const variant = '89ab'[Number.parseInt(hex[16]!, 16) % 4];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const pickPlan = weightedPicker([...DIALLING_PLANS.map((plan) => plan.weight)]);
const NORTH_AMERICA = DIALLING_PLANS.filter((plan) => plan.country === 'US' || plan.country === 'CA');
const pickNorthAmerica = weightedPicker(NORTH_AMERICA.map((plan) => plan.weight));

/** The far end of an outbound call: mostly priced countries, a few unpriced ones and service codes. */
function outboundFarEnd(random: Random): FarEnd {
  const roll = random.next();
  if (roll < 0.003) return { e164: random.pick(SHORT_CODES), country: '', costPerMinute: '0' };
  if (roll < 0.007) return farEndNumber(random, UNPRICED_PLAN);
  return farEndNumber(random, DIALLING_PLANS[pickPlan(random)]!);
}

/** Inbound callers are mostly North American. */
function inboundCaller(random: Random): string {
  const plan = random.next() < 0.85 ? NORTH_AMERICA[pickNorthAmerica(random)]! : DIALLING_PLANS[pickPlan(random)]!;
  return farEndNumber(random, plan).e164;
}

const STATUSES: Array<[CallRecord['status'], number]> = [['answered', 0.7], ['no-answer', 0.17], ['busy', 0.06], ['failed', 0.07]];
const pickStatus = weightedPicker(STATUSES.map(([, weight]) => weight));

/** Talk time: log-normal around 45 s, long tail, capped at three hours. */
function talkSeconds(random: Random): number {
  return Math.max(1, Math.min(10_800, Math.round(Math.exp(random.normal(Math.log(45), 1.2)))));
}

function costOf(costPerMinute: string, billableSeconds: number, currencyRate: number): string {
  const micros = Math.round((Math.round(Number(costPerMinute) * 1_000_000) * currencyRate * billableSeconds) / 60);
  return (micros / 1_000_000).toFixed(6);
}

function makeCall(random: Random, customer: BenchCustomer, startedAt: Date, currency: string, currencyRate: number): CallRecord {
  const did = customer.dids[random.next() < 0.6 ? 0 : random.int(0, customer.dids.length - 1)]!;
  const outbound = random.next() < OUTBOUND_SHARE;
  const farEnd = outbound ? outboundFarEnd(random) : null;
  const status = STATUSES[pickStatus(random)]![0];
  const ring = status === 'failed' ? 0 : status === 'busy' ? random.int(1, 4) : random.int(3, status === 'no-answer' ? 45 : 20);
  const talk = status === 'answered' ? talkSeconds(random) : 0;
  const start = startedAt.getTime();
  return {
    id: callId(random),
    direction: outbound ? 'outbound' : 'inbound',
    from: outbound ? did : inboundCaller(random),
    to: outbound ? farEnd!.e164 : did,
    startedAt,
    answeredAt: talk > 0 ? new Date(start + ring * 1000) : null,
    endedAt: new Date(start + (ring + talk) * 1000),
    durationSeconds: ring + talk,
    billableSeconds: talk,
    status,
    cost: { amount: costOf(outbound ? farEnd!.costPerMinute : INBOUND_COST_PER_MINUTE, talk, currencyRate), currency },
    providerAccountId: customer.providerAccountId,
  };
}

/** How many calls each connection gets: the sum of its customers' weights. */
export function rowsPerConnection(plan: TenantPlan): number[] {
  const weights = Array.from({ length: plan.connections }, (_, connection) =>
    plan.customerList.filter((customer) => customer.connection === connection).reduce((sum, customer) => sum + customer.weight, 0),
  );
  return apportion(plan.rows, weights);
}

/**
 * One connection's calls, oldest first, in pages of `pageSize`. `currencyRate` converts the
 * provider's USD costs into the tenant's currency.
 */
export function* connectionCallPages(plan: TenantPlan, connection: number, pageSize: number, currencyRate = 1): Generator<CallRecord[]> {
  const random = seededRandom(plan.seed * 31 + connection + 1);
  const customers = plan.customerList.filter((customer) => customer.connection === connection);
  const pickCustomer = weightedPicker(customers.map((customer) => customer.weight));
  const pickHour = weightedPicker(HOUR_WEIGHTS);
  const dayStarts = plan.dayList.map((day) => parseInZone(`${day} 00:00:00`, plan.timeZone)!.getTime());
  const now = plan.now.getTime();
  // Today counts only for the hours already past.
  const todayShare = Math.min(1, (now - dayStarts[dayStarts.length - 1]!) / DAY_MS);
  const dayWeights = plan.dayList.map((day, index) => {
    const growth = 0.9 + (0.2 * index) / plan.dayList.length;
    const weekday = WEEKDAY_WEIGHTS[new Date(`${day}T12:00:00Z`).getUTCDay()]!;
    return growth * weekday * (index === plan.dayList.length - 1 ? todayShare : 1);
  });
  const dailyCounts = apportion(rowsPerConnection(plan)[connection]!, dayWeights);

  let page: CallRecord[] = [];
  for (const [dayIndex, count] of dailyCounts.entries()) {
    const dayStart = dayStarts[dayIndex]!;
    const latest = Math.min(now - 1000, dayStart + DAY_MS - 1000);
    const starts: number[] = [];
    for (let i = 0; i < count; i += 1) {
      let start = dayStart + pickHour(random) * 3_600_000 + random.int(0, 3_599_999);
      if (start > latest) start = dayStart + random.int(0, latest - dayStart);
      starts.push(start);
    }
    starts.sort((a, b) => a - b);
    for (const start of starts) {
      page.push(makeCall(random, customers[pickCustomer(random)]!, new Date(start), plan.currency, currencyRate));
      if (page.length === pageSize) {
        yield page;
        page = [];
      }
    }
  }
  if (page.length > 0) yield page;
}
