import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { providerDefinition } from '../providers/index.ts';
import type { AccountRef, ProviderAdapter, ProviderKind } from '../providers/types.ts';
import { decryptSecret } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { CustomerScope } from './list-customer-numbers.ts';

// Staff wait for these calls in a form: answer quickly, retry once.
export const INTERACTIVE_HTTP = { timeoutMs: 4000, retryLimit: 1, backoffLimitMs: 500 };

export type CustomerProviderContext = {
  customer: { id: string; name: string; currency: string; country: string | null; providerAccountId: string | null };
  connection: { id: string; label: string; kind: ProviderKind; providerName: string };
  adapter: ProviderAdapter;
  /** The customer's account at the provider, with its own credential decrypted for this request; null before provisioning. */
  accountRef(): Promise<AccountRef | null>;
};

/** The customer (through the caller's scope), its connection and an adapter for it; null outside the scope. */
export async function loadCustomerProviderContext(scope: PartnerScope | CustomerScope, customerId: string): Promise<CustomerProviderContext | null> {
  const customer = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      name: true,
      currency: true,
      country: true,
      providerAccountId: true,
      authTokenEnc: true,
      connection: { select: { id: true, label: true, kind: true, baseUrl: true, secretsEnc: true } },
    },
  });
  if (!customer) return null;
  const { connection, authTokenEnc, ...profile } = customer;
  const adapter = await adapterForConnection(connection, INTERACTIVE_HTTP);
  return {
    customer: profile,
    connection: { id: connection.id, label: connection.label, kind: connection.kind, providerName: providerDefinition(connection.kind).displayName },
    adapter,
    accountRef: async () =>
      profile.providerAccountId
        ? { providerAccountId: profile.providerAccountId, authToken: authTokenEnc ? await decryptSecret(authTokenEnc) : undefined }
        : null,
  };
}
