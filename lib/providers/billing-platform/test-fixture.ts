import { randomUUID } from 'node:crypto';
import type { AdapterContext } from '../definition.ts';
import type { Outcome } from '../http/provider-http.ts';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import { BillingPlatformAdapter, type BillingPlatformAdapterOptions } from './adapter.ts';
import type { BillingPlatformSandbox } from './sandbox.ts';
import type { BillingPlatformCredentials } from './schemas.ts';

/** Shared by the billing platform's contract tests: one partner with three clients. */
export const TEST_SEED: SandboxSeed<BillingPlatformCredentials> = {
  partner: { name: 'Bluewave Voice', currency: 'EUR', credentials: { apiKey: 'bp-test-api-key-7f3a9c', login: 'portal-integration', password: 'portal-integration-pw' } },
  accounts: [
    { providerAccountId: '1001', name: 'Café Lumière', email: 'contact@cafe-lumiere.test', phone: '+33155550103', country: 'FR', balance: '310.25', billingModel: 'PREPAID' },
    { providerAccountId: '1002', name: 'Nordlicht Studios', email: 'office@nordlicht.test', phone: '+4930555010', country: 'DE', balance: '8.75', billingModel: 'PREPAID' },
    { providerAccountId: '1003', name: 'Harbor Logistics', email: 'ops@harbor-logistics.test', phone: '+31205550102', country: 'NL', balance: '-42.5', billingModel: 'POSTPAID' },
  ],
  randomSeed: 42,
};

export const API_KEY_ONLY: BillingPlatformCredentials = { apiKey: TEST_SEED.partner.credentials.apiKey };
export const LOGIN_ONLY: BillingPlatformCredentials = { login: TEST_SEED.partner.credentials.login, password: TEST_SEED.partner.credentials.password };

export function adapterFor(
  sandbox: BillingPlatformSandbox,
  credentials: BillingPlatformCredentials = API_KEY_ONLY,
  options: BillingPlatformAdapterOptions & { outcomes?: Outcome[]; http?: AdapterContext<BillingPlatformCredentials>['http'] } = {},
): BillingPlatformAdapter {
  const { outcomes, http, ...adapterOptions } = options;
  return new BillingPlatformAdapter(
    {
      // A fresh connection id per adapter, so one test's failures never open another's circuit.
      connectionId: randomUUID(),
      baseUrl: sandbox.url,
      credentials,
      rateBudget: memoryRateBudget(),
      onOutcome: outcomes ? (outcome) => void outcomes.push(outcome) : undefined,
      http: { retryLimit: 1, backoffLimitMs: 10, timeoutMs: 2000, ...http },
    },
    adapterOptions,
  );
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}
