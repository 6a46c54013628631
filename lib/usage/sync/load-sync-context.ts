import { adapterForConnection } from '../../connections/adapter-for-connection.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { AccountRef, ProviderAdapter, ProviderKind } from '../../providers/types.ts';
import { loadRater } from '../../rating/load-rater.ts';
import type { Rater } from '../../rating/rate-call.ts';
import { decryptSecret } from '../../secrets/encrypt-secret.ts';
import type { HttpOverrides } from '../../wallet/customer-provider-account.ts';
import type { IngestTarget } from './cdr-batch.ts';

export type SyncCursorRow = { id: string; partnerId: string; connectionId: string; customerId: string | null; syncedUntil: Date };

export type SyncContext = {
  kind: ProviderKind;
  adapter: ProviderAdapter;
  /** The customer's account (with its own credential) for a per-customer cursor; null for the whole connection. */
  ref: AccountRef | null;
  target: IngestTarget;
  raters: Map<string, Rater | null>;
};

/**
 * What one cursor's sync needs: the connection's adapter, whose calls map to which
 * customer (all of the connection's, or the cursor's one), and the partner's price list per
 * customer currency. Everything is read for the cursor's partner only.
 */
export async function loadSyncContext(db: PrismaClient, cursor: SyncCursorRow, http?: HttpOverrides): Promise<SyncContext> {
  const connection = await db.providerConnection.findFirstOrThrow({
    where: { id: cursor.connectionId, partnerId: cursor.partnerId },
    select: { id: true, kind: true, baseUrl: true, secretsEnc: true, partner: { select: { timeZone: true } } },
  });
  const customers = await db.customer.findMany({
    where: { partnerId: cursor.partnerId, connectionId: connection.id, providerAccountId: { not: null }, ...(cursor.customerId ? { id: cursor.customerId } : {}) },
    select: { id: true, providerAccountId: true, currency: true, authTokenEnc: true },
  });

  const target: IngestTarget = {
    partnerId: cursor.partnerId,
    connectionId: connection.id,
    timeZone: connection.partner.timeZone,
    customers: new Map(customers.map((customer) => [customer.providerAccountId!, { customerId: customer.id, currency: customer.currency }])),
  };
  let ref: AccountRef | null = null;
  if (cursor.customerId) {
    const customer = customers[0];
    if (!customer) throw new SyncCustomerGone(cursor.customerId);
    target.defaultCustomer = { customerId: customer.id, currency: customer.currency };
    ref = { providerAccountId: customer.providerAccountId!, authToken: customer.authTokenEnc ? await decryptSecret(customer.authTokenEnc) : undefined };
  }

  const raters = new Map<string, Rater | null>();
  for (const currency of new Set(customers.map((customer) => customer.currency))) raters.set(currency, await loadRater(db, cursor.partnerId, currency));
  return { kind: connection.kind, adapter: await adapterForConnection(connection, http), ref, target, raters };
}

/** The cursor's customer no longer has an account at this connection. */
export class SyncCustomerGone extends Error {
  constructor(readonly customerId: string) {
    super('This customer no longer has an account at the provider, so there are no calls to sync.');
    this.name = 'SyncCustomerGone';
  }
}
