import { randomUUID } from 'node:crypto';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import type { ProviderAdapter } from '../types.ts';
import { vobizProvider } from './definition.ts';
import { startVobizSandbox, type RunningVobizSandbox, type VobizSandboxOptions } from './sandbox.ts';
import type { VobizCredentials } from './schemas.ts';

/** Shared set-up of the Vobiz tests: a seeded sandbox on a free port and adapters against it. */

export const PARTNER_CREDENTIALS: VobizCredentials = { authId: 'PA_NORTHWIND', authToken: 'vobiz-partner-secret-token-4242' };

export const US_PREPAID = 'MA_NW000001';
export const US_POSTPAID = 'MA_NW000002';
export const IN_PREPAID = 'MA_IN000001';

export const TEST_SEED: SandboxSeed<VobizCredentials> = {
  partner: { name: 'Northwind Telecom', currency: 'USD', credentials: PARTNER_CREDENTIALS },
  accounts: [
    { providerAccountId: US_PREPAID, name: 'Acme Dental', email: 'it@acme-dental.test', phone: '+14155550101', country: 'US', balance: '125.50000', billingModel: 'PREPAID' },
    { providerAccountId: US_POSTPAID, name: 'Harbor Logistics', email: 'ops@harbor-logistics.test', phone: '+14155550102', country: 'US', balance: '42.00000', billingModel: 'POSTPAID' },
    { providerAccountId: IN_PREPAID, name: 'Chai Point Traders', email: 'accounts@chaipoint.test', phone: '+919876543210', country: 'IN', balance: '1300.00000', billingModel: 'PREPAID' },
  ],
  randomSeed: 42,
};

/** Tight timeouts and one retry keep the tests fast. */
export const TEST_HTTP = { retryLimit: 1, backoffLimitMs: 10, timeoutMs: 2000 };

export async function startTestSandbox(options: Partial<VobizSandboxOptions> = {}): Promise<RunningVobizSandbox> {
  return startVobizSandbox({ port: 0, seed: TEST_SEED, ...options });
}

/** A fresh connection id each time, so no test inherits another's circuit-breaker state. */
export function adapterFor(sandbox: RunningVobizSandbox, credentials: VobizCredentials = PARTNER_CREDENTIALS): ProviderAdapter {
  return vobizProvider.createAdapter({ connectionId: `vobiz-test-${randomUUID()}`, baseUrl: sandbox.url, credentials, rateBudget: memoryRateBudget(), http: TEST_HTTP });
}
