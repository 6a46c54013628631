import { systemDb } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { providerDefinition } from '../providers/index.ts';
import { readThroughProviderCache, type CachedRead } from '../providers/provider-cache.ts';
import type { AccountRef, Capability, ProviderAdapter } from '../providers/types.ts';
import { decryptSecret } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

/** What a customer page shows of one provider read: why it cannot be had, or the data with its age. */
export type ProviderDataView<T> = { kind: 'unavailable'; reason: string } | ({ kind: 'data' } & CachedRead<T>);

export type CustomerProviderRead<T> = {
  capability: Capability;
  /** Unique per customer account and kind of data, e.g. "cdrs:7d:<account id>". */
  cacheKey: (providerAccountId: string) => string;
  fetch: (adapter: ProviderAdapter, ref: AccountRef) => Promise<T>;
  /** Turns the cached JSON back into T (dates from strings). */
  revive: (json: unknown) => T;
};

export type CustomerProviderContext = { customerId: string; currency: string; connectionId: string; providerAccountId: string };

// Interactive pages wait briefly and retry once; background jobs use the adapter defaults.
const INTERACTIVE_HTTP = { timeoutMs: 4000, retryLimit: 1, backoffLimitMs: 500 };
// A provider that allows only a few calls an hour is asked at most every quarter hour.
const RATE_LIMITED_MAX_AGE_MS = 15 * 60_000;

/**
 * Reads one kind of data about a customer's account from its provider, through the
 * provider cache: live when the provider answers, the last known data with its age and the
 * typed error's message when it does not. Null when the customer is not in the scope.
 */
export async function readCustomerProviderData<T>(
  // A customer reads its own account's data (e.g. its invoices); the scope limits the lookup.
  scope: Exclude<Scope, { area: 'platform' }>,
  customerId: string,
  read: CustomerProviderRead<T>,
): Promise<{ view: ProviderDataView<T>; context: CustomerProviderContext | null } | null> {
  const customer = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: { id: true, currency: true, providerAccountId: true, authTokenEnc: true, connection: { select: { id: true, kind: true, baseUrl: true, secretsEnc: true } } },
  });
  if (!customer) return null;
  if (!customer.providerAccountId) return { view: { kind: 'unavailable', reason: 'This customer has no account at the provider yet.' }, context: null };
  const capability = providerDefinition(customer.connection.kind).capabilities[read.capability];
  if (!capability.supported) return { view: { kind: 'unavailable', reason: capability.reason }, context: null };

  const adapter = await adapterForConnection(customer.connection, INTERACTIVE_HTTP);
  const ref: AccountRef = {
    providerAccountId: customer.providerAccountId,
    authToken: customer.authTokenEnc ? await decryptSecret(customer.authTokenEnc) : undefined,
  };
  const cached = await readThroughProviderCache(
    systemDb(),
    { connectionId: customer.connection.id, cacheKey: read.cacheKey(customer.providerAccountId) },
    () => read.fetch(adapter, ref),
    read.revive,
    { maxAgeMs: providerDefinition(customer.connection.kind).rateLimits ? RATE_LIMITED_MAX_AGE_MS : 0 },
  );
  // Some adapters learn only per account that an operation is impossible (e.g. no customer key stored).
  if (cached.error?.code === 'capability_unavailable' && !cached.data) return { view: { kind: 'unavailable', reason: cached.error.message }, context: null };
  const context = { customerId: customer.id, currency: customer.currency, connectionId: customer.connection.id, providerAccountId: customer.providerAccountId };
  return { view: { kind: 'data', ...cached }, context };
}

/** Dates travel through the cache as ISO strings. */
export function reviveDate(value: unknown): Date | null {
  return typeof value === 'string' || value instanceof Date ? new Date(value) : null;
}
