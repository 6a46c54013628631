import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { apportion, connectionCallPages, planTenant, type TenantSpec } from './cdr-generator.ts';
import { DIALLING_PLANS, US_DID_RANGES, farEndNumber } from './dialling-plans.ts';
import { seededRandom } from './seeded-random.ts';

const SPEC: TenantSpec = { slug: 'bench', name: 'Bench Telecom', currency: 'USD', timeZone: 'America/New_York', connections: 2, customers: 50, rows: 3000, days: 90, seed: 1, didRanges: US_DID_RANGES };
const NOW = new Date('2026-03-10T15:00:00Z');

const allCalls = (plan: ReturnType<typeof planTenant>) =>
  Array.from({ length: plan.connections }, (_, connection) => [...connectionCallPages(plan, connection, 100)].flat());

describe('apportion', () => {
  it('splits a total into whole numbers that add up exactly', () => {
    const counts = apportion(10, [1, 1, 1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(counts.sort()).toEqual([3, 3, 4]);
  });
});

describe('the call generator', () => {
  it('produces exactly the planned number of calls, the same ones for the same seed', () => {
    const first = allCalls(planTenant(SPEC, NOW));
    const second = allCalls(planTenant(SPEC, NOW));
    expect(first.flat()).toHaveLength(3000);
    expect(first.flat().map((call) => call.id)).toEqual(second.flat().map((call) => call.id));
  });

  it('hands each connection its calls oldest first, within the last 90 days and before now', () => {
    const plan = planTenant(SPEC, NOW);
    const oldest = NOW.getTime() - 91 * 86_400_000;
    for (const calls of allCalls(plan)) {
      const starts = calls.map((call) => call.startedAt.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(Math.min(...starts)).toBeGreaterThan(oldest);
      expect(Math.max(...starts)).toBeLessThan(NOW.getTime());
    }
  });

  it("gives every call a customer of its connection and one of that customer's DIDs", () => {
    const plan = planTenant(SPEC, NOW);
    const byAccount = new Map(plan.customerList.map((customer) => [customer.providerAccountId, customer]));
    for (const [connection, calls] of allCalls(plan).entries()) {
      for (const call of calls) {
        const customer = byAccount.get(call.providerAccountId!)!;
        expect(customer.connection).toBe(connection);
        expect(customer.dids).toContain(call.direction === 'outbound' ? call.from : call.to);
      }
    }
  });

  it('bills only answered calls, in decimal strings', () => {
    for (const call of allCalls(planTenant(SPEC, NOW)).flat()) {
      expect(call.cost?.amount).toMatch(/^\d+\.\d{6}$/);
      if (call.status !== 'answered') expect(call.billableSeconds).toBe(0);
    }
  });
});

describe('the dialling plans', () => {
  it('build numbers that libphonenumber-js places in their country', () => {
    const random = seededRandom(3);
    for (const plan of DIALLING_PLANS) {
      for (let i = 0; i < 50; i += 1) {
        const number = parsePhoneNumberFromString(farEndNumber(random, plan).e164);
        // The Channel Islands share the United Kingdom's mobile ranges.
        expect([plan.country, ...(plan.country === 'GB' ? ['GG', 'JE', 'IM'] : [])]).toContain(number?.country);
      }
    }
  });
});
