import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { PrismaClient, ProviderKind } from '../db/client.ts';
import { encryptSecret, encryptSecretJson } from '../secrets/encrypt-secret.ts';

/** Set-up shared by the numbers integration tests: a partner, one connection to a sandbox, its customers. */

export type FixtureCustomer = { providerAccountId: string | null; name: string; country?: string; authToken?: string };

export type PartnerFixture = {
  staff: PartnerScope;
  connectionId: string;
  /** Portal customer ids by name. */
  customers: Record<string, string>;
};

let partners = 0;

export async function createPartnerFixture(
  db: PrismaClient,
  connection: { kind: ProviderKind; baseUrl: string; credentials: object },
  customers: FixtureCustomer[],
): Promise<PartnerFixture> {
  const slug = `numbers-${++partners}-${Date.now()}`;
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency: 'EUR' } });
  const secretsEnc = await encryptSecretJson(connection.credentials, db);
  const row = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: connection.kind, label: `${connection.kind} test`, baseUrl: connection.baseUrl, secretsEnc },
  });
  const ids: Record<string, string> = {};
  for (const customer of customers) {
    const authTokenEnc = customer.authToken ? await encryptSecret(customer.authToken, db) : null;
    const created = await db.customer.create({
      data: {
        partnerId: partner.id,
        connectionId: row.id,
        name: customer.name,
        email: `${customer.name.toLowerCase().replace(/\W+/g, '.')}@customers.test`,
        country: customer.country ?? null,
        providerAccountId: customer.providerAccountId,
        authTokenEnc,
        status: 'ACTIVE',
        currency: 'EUR',
      },
    });
    ids[customer.name] = created.id;
  }
  return {
    staff: { area: 'partner', role: 'PARTNER_STAFF', userId: `staff-${slug}`, email: `staff@${slug}.test`, partnerId: partner.id },
    connectionId: row.id,
    customers: ids,
  };
}
