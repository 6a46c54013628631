import { resetCircuits } from '../http/circuit-breakers.ts';
import { memoryRateBudget, type RateBudget } from '../rate-budget/rate-budget.ts';
import type { AccountRef } from '../types.ts';
import { CliqtelAdapter } from './adapter.ts';
import { startCliqtelSandbox, type CliqtelSandbox, type CliqtelSandboxSeed } from './sandbox.ts';

/** A seeded Cliqtel sandbox and an adapter pointed at it, for the contract tests beside this file. */

export const PARTNER_TOKEN = '7|bluewavePartnerSecret';
export const CAFE: AccountRef = { providerAccountId: 'CQ-BW-1001', authToken: '21|cafeLumiereSecret01' };
export const NORDLICHT: AccountRef = { providerAccountId: 'CQ-BW-1002', authToken: '22|nordlichtSecret02' };
/** Mid-June 2026, so "this month" and "last month" both have history. */
export const SANDBOX_NOW = Date.UTC(2026, 5, 15, 12);

export function cliqtelSeed(overrides: Partial<CliqtelSandboxSeed> = {}): CliqtelSandboxSeed {
  return {
    partner: { name: 'Bluewave Voice', currency: 'EUR', credentials: { apiToken: PARTNER_TOKEN } },
    accounts: [
      { providerAccountId: CAFE.providerAccountId, name: 'Café Lumière', email: 'contact@cafe-lumiere.test', phone: '+33155550103', country: 'FR', balance: '310.25000', billingModel: 'PREPAID', authToken: CAFE.authToken },
      { providerAccountId: NORDLICHT.providerAccountId, name: 'Nordlicht Studios', email: 'office@nordlicht.test', country: 'DE', balance: '8.75000', billingModel: 'POSTPAID', authToken: NORDLICHT.authToken },
    ],
    randomSeed: 42,
    ...overrides,
  };
}

let connections = 0;

export type CliqtelFixture = { sandbox: CliqtelSandbox; adapter: CliqtelAdapter; connectionId: string };

export async function startCliqtelFixture(options: { seed?: CliqtelSandboxSeed; rateBudget?: RateBudget; apiToken?: string; maxRetryAfterMs?: number } = {}): Promise<CliqtelFixture> {
  const sandbox = await startCliqtelSandbox({ port: 0, seed: options.seed ?? cliqtelSeed(), now: () => SANDBOX_NOW });
  // A fresh connection id per test keeps circuit-breaker state apart.
  const connectionId = `cliqtel-test-${++connections}`;
  const adapter = new CliqtelAdapter({
    connectionId,
    baseUrl: sandbox.url,
    credentials: { apiToken: options.apiToken ?? PARTNER_TOKEN },
    rateBudget: options.rateBudget ?? memoryRateBudget(),
    http: { retryLimit: 1, backoffLimitMs: 10, timeoutMs: 2000, maxRetryAfterMs: options.maxRetryAfterMs },
  });
  return { sandbox, adapter, connectionId };
}

export async function stopCliqtelFixture(fixture: CliqtelFixture | undefined): Promise<void> {
  await fixture?.sandbox.close();
  resetCircuits();
}

export async function readText(stream: ReadableStream<Uint8Array>, encoding: 'utf8' | 'latin1' = 'utf8'): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString(encoding);
}
