import { adapterForConnection, type ConnectionRow } from '../connections/adapter-for-connection.ts';
import type { Prisma } from '../db/client.ts';
import type { AccountRef, ProviderAdapter } from '../providers/types.ts';
import { decryptSecret } from '../secrets/encrypt-secret.ts';

/** HTTP settings for one adapter (timeouts, retries, circuit); tests tighten them. */
export type HttpOverrides = NonNullable<Parameters<typeof adapterForConnection>[1]>;

/**
 * A staff member waits for the answer, so calls give up sooner than background jobs do.
 * Transfers are never retried by the HTTP layer (they are not idempotent); reads once.
 */
export const INTERACTIVE_WALLET_HTTP: HttpOverrides = { timeoutMs: 10_000, retryLimit: 1, backoffLimitMs: 500 };

export const walletCustomerSelect = {
  id: true,
  name: true,
  status: true,
  currency: true,
  billingModel: true,
  providerAccountId: true,
  authTokenEnc: true,
  connection: { select: { id: true, kind: true, label: true, baseUrl: true, secretsEnc: true } },
} satisfies Prisma.CustomerSelect;

export type WalletCustomer = Prisma.CustomerGetPayload<{ select: typeof walletCustomerSelect }>;

export type ProviderAccess = { adapter: ProviderAdapter; ref: AccountRef };

/** The customer's account at its provider, with its own credential decrypted only for these calls. */
export async function customerProviderAccess(
  customer: Pick<WalletCustomer, 'providerAccountId' | 'authTokenEnc'> & { connection: ConnectionRow },
  http: HttpOverrides,
  adapters: Map<string, Promise<ProviderAdapter>> = new Map(),
): Promise<ProviderAccess | null> {
  if (!customer.providerAccountId) return null;
  let adapter = adapters.get(customer.connection.id);
  if (!adapter) {
    adapter = adapterForConnection(customer.connection, http);
    adapters.set(customer.connection.id, adapter);
  }
  const authToken = customer.authTokenEnc ? await decryptSecret(customer.authTokenEnc) : undefined;
  return { adapter: await adapter, ref: { providerAccountId: customer.providerAccountId, authToken } };
}
