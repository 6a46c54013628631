import type { RateCard, RateEntry } from '../lib/rating/rate-call.ts';
import { DIALLING_PLANS, type DiallingPlan } from './dialling-plans.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * A reseller's price list over the benchmark's destinations: each country code, each city
 * and mobile range, and for the busiest countries the operator blocks one digit further
 * (a few hundred prefixes, so the longest-prefix search does real work). Sell rates are the
 * provider's cost plus a margin; billing terms follow common practice per region.
 */
const MARGIN_PERCENT = 40;
const PER_SECOND_COUNTRIES = new Set(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'IE']);
const OPERATOR_BLOCK_COUNTRIES = new Set(['GB', 'DE', 'FR', 'IN', 'MX', 'PH', 'ES', 'IT', 'CN', 'PK', 'NG']);
const CONNECTION_FEE_COUNTRIES = new Set(['NG', 'AE', 'HT']);

const micros = (decimal: string) => Math.round(Number(decimal) * 1_000_000);
const decimal = (value: number) => (value / 1_000_000).toFixed(6);

function terms(plan: DiallingPlan): Pick<RateEntry, 'billingIncrementSeconds' | 'minimumSeconds'> {
  if (plan.code === '1') return { billingIncrementSeconds: 6, minimumSeconds: 6 };
  if (PER_SECOND_COUNTRIES.has(plan.country)) return { billingIncrementSeconds: 1, minimumSeconds: 1 };
  return { billingIncrementSeconds: 60, minimumSeconds: 60 };
}

export function benchRateCard(currency: string, exchangeRate = 1): RateCard {
  const random = seededRandom(7);
  const entries = new Map<string, RateEntry>();
  const add = (plan: DiallingPlan, prefix: string, cost: string, mobile: boolean) => {
    // ±10% between neighbouring prefixes, as operators' termination rates differ.
    const variation = 0.9 + random.next() * 0.2;
    const rate = Math.round(micros(cost) * exchangeRate * (1 + MARGIN_PERCENT / 100) * variation);
    entries.set(prefix, {
      prefix,
      ratePerMinute: decimal(rate),
      ...terms(plan),
      connectionFee: mobile && CONNECTION_FEE_COUNTRIES.has(plan.country) ? '0.010000' : '0.000000',
    });
  };
  for (const plan of DIALLING_PLANS) {
    // "1" belongs to the United States; the other North American countries price by area code.
    if (plan.code !== '1' || plan.country === 'US') add(plan, plan.code, plan.fixedCost, false);
    for (const range of plan.fixed) add(plan, plan.code + range.prefix, plan.fixedCost, false);
    for (const range of plan.mobile) {
      add(plan, plan.code + range.prefix, plan.mobileCost, true);
      if (!OPERATOR_BLOCK_COUNTRIES.has(plan.country)) continue;
      for (let digit = 2; digit <= 9; digit += 1) add(plan, `${plan.code}${range.prefix}${digit}`, plan.mobileCost, true);
    }
  }
  return { currency, entries: [...entries.values()] };
}
