import { randomUUID } from 'node:crypto';
import { memoryRateBudget, type RateBudget } from '../rate-budget/rate-budget.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import { VoipAccountAdapter, type VoipAccountCredentials } from './adapter.ts';
import { VoipAccountClient } from './client.ts';
import { startVoipAccountSandbox, type VoipAccountSandbox } from './sandbox.ts';

/** Shared by this folder's tests: a seeded sandbox and adapters built against it. */
export const ADMIN_API_KEY = 'test-voip-admin-key-7c1e';

export const ACME = {
  providerAccountId: '4592086960',
  name: 'Acme Corp',
  email: 'billing@acme.test',
  phone: '+14155550101',
  country: 'US',
  balance: '125.50000',
  billingModel: 'PREPAID' as const,
  authToken: 'acme-apikey-0b7f3c9d2e4a6b8c',
};

export const HARBOR = {
  providerAccountId: '4592086961',
  name: 'Harbor Logistics',
  email: 'ops@harbor.test',
  phone: '+442071234567',
  country: 'GB',
  balance: '42.00000',
  billingModel: 'POSTPAID' as const,
  authToken: 'harbor-apikey-5d1e9f0a3b7c2d6e',
};

export const TEST_SEED: SandboxSeed<VoipAccountCredentials> = {
  partner: { name: 'Northwind Telecom', currency: 'USD', credentials: { adminApiKey: ADMIN_API_KEY } },
  accounts: [ACME, HARBOR],
  randomSeed: 4242,
};

export const acmeRef = { providerAccountId: ACME.providerAccountId, authToken: ACME.authToken };
export const harborRef = { providerAccountId: HARBOR.providerAccountId, authToken: HARBOR.authToken };

export type TestAdapterOptions = { rateBudget?: RateBudget; adminApiKey?: string; fetch?: typeof fetch; timeoutMs?: number; connectionId?: string };

function contextFor(sandbox: VoipAccountSandbox, options: TestAdapterOptions) {
  return {
    // A fresh connection id per adapter: circuit breakers are per connection and process.
    connectionId: options.connectionId ?? `voip-test-${randomUUID()}`,
    baseUrl: sandbox.url,
    credentials: { adminApiKey: options.adminApiKey ?? ADMIN_API_KEY },
    rateBudget: options.rateBudget ?? memoryRateBudget(),
    http: { retryLimit: 1, backoffLimitMs: 10, timeoutMs: options.timeoutMs ?? 2000, ...(options.fetch ? { fetch: options.fetch } : {}) },
  };
}

export function adapterFor(sandbox: VoipAccountSandbox, options: TestAdapterOptions = {}): VoipAccountAdapter {
  return new VoipAccountAdapter(contextFor(sandbox, options));
}

export function clientFor(sandbox: VoipAccountSandbox, options: TestAdapterOptions = {}): VoipAccountClient {
  const context = contextFor(sandbox, options);
  return new VoipAccountClient({ ...context, adminApiKey: context.credentials.adminApiKey });
}

/** A clock tests move by hand, shared by the sandbox and the rate budget. */
export function manualClock(start = Date.parse('2024-11-14T22:13:20Z')) {
  let current = start;
  return { now: () => current, advance: (ms: number) => void (current += ms) };
}

export function startTestSandbox(options: Omit<Parameters<typeof startVoipAccountSandbox>[0], 'seed'> = {}): Promise<VoipAccountSandbox> {
  return startVoipAccountSandbox({ port: 0, seed: TEST_SEED, ...options });
}
