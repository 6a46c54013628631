import { systemDb } from '../db/client.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { providerDefinition } from '../providers/index.ts';
import { readThroughProviderCache, type CachedRead } from '../providers/provider-cache.ts';
import type { Balance } from '../providers/types.ts';
import { decryptSecret } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { Scope } from '../tenancy/scope.ts';

export type ProviderBalanceView =
  | { kind: 'unavailable'; reason: string }
  | ({ kind: 'balance' } & CachedRead<Balance>);

// Interactive pages wait briefly and retry once; background jobs use the adapter defaults.
const INTERACTIVE_HTTP = { timeoutMs: 4000, retryLimit: 1, backoffLimitMs: 500 };

function reviveBalance(json: unknown): Balance {
  const balance = json as Balance & { updatedAt: string | null };
  return { ...balance, updatedAt: balance.updatedAt ? new Date(balance.updatedAt) : null };
}

/** The customer's balance at the provider, or the last known one with its age when it cannot be reached. */
export async function getCustomerProviderBalance(scope: Extract<Scope, { area: 'partner' }>, customerId: string): Promise<ProviderBalanceView | null> {
  const customer = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: { providerAccountId: true, authTokenEnc: true, connection: { select: { id: true, kind: true, baseUrl: true, secretsEnc: true } } },
  });
  if (!customer) return null;
  if (!customer.providerAccountId) return { kind: 'unavailable', reason: 'This customer has no account at the provider yet.' };
  const adapter = await adapterForConnection(customer.connection, INTERACTIVE_HTTP);
  const capability = adapter.capabilities['accounts.balance'];
  if (!capability.supported) return { kind: 'unavailable', reason: capability.reason };

  const ref = {
    providerAccountId: customer.providerAccountId,
    authToken: customer.authTokenEnc ? await decryptSecret(customer.authTokenEnc) : undefined,
  };
  const read = await readThroughProviderCache(
    systemDb(),
    { connectionId: customer.connection.id, cacheKey: `balance:${customer.providerAccountId}` },
    () => adapter.getBalance(ref),
    reviveBalance,
    // A provider that allows only a few calls an hour is asked at most every quarter hour.
    { maxAgeMs: providerDefinition(customer.connection.kind).rateLimits ? 15 * 60_000 : 0 },
  );
  return { kind: 'balance', ...read };
}
