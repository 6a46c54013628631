import { hashPassword } from '../auth/password.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { ProviderKind } from '../db/client.ts';
import { encryptSecretJson } from '../secrets/encrypt-secret.ts';
import { testDb } from '../../test/integration/test-db.ts';
import type { PlatformScope } from './platform-scope.ts';

/** Shared by the platform admin's integration tests. */
export const FIXTURE_PASSWORD = 'Platform-tests-2026!';

export async function seedPlatformAdmin(): Promise<PlatformScope> {
  const user = await testDb().user.create({
    data: { email: 'root@platform.test', name: 'Root', role: 'PLATFORM_ADMIN', passwordHash: await hashPassword(FIXTURE_PASSWORD) },
  });
  return { area: 'platform', role: 'PLATFORM_ADMIN', userId: user.id, email: user.email };
}

export type SeededPartner = { partnerId: string; admin: PartnerScope; customerUserId: string; connectionId: string; customerIds: string[] };

/** A partner with an admin, a customer user, one connection and two customers (balances 10.50 and 4.25). */
export async function seedPartner(
  slug: string,
  options: { currency?: string; connection?: { kind: ProviderKind; baseUrl: string; credentials: object } } = {},
): Promise<SeededPartner> {
  const db = testDb();
  const currency = options.currency ?? 'USD';
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency, timeZone: 'Europe/Paris' } });
  const connection = options.connection ?? { kind: 'VOBIZ' as const, baseUrl: 'http://127.0.0.1:9', credentials: { authId: 'PA_X', authToken: 'never-shown-token' } };
  const row = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: connection.kind, label: `${slug} ${connection.kind}`, baseUrl: connection.baseUrl, secretsEnc: await encryptSecretJson(connection.credentials) },
  });
  const customerIds: string[] = [];
  for (const [index, balance] of ['10.50', '4.25'].entries()) {
    const customer = await db.customer.create({
      data: { partnerId: partner.id, connectionId: row.id, name: `Customer ${index + 1}`, email: `c${index + 1}@${slug}.test`, currency, balance, status: 'ACTIVE' },
    });
    customerIds.push(customer.id);
  }
  const admin = await db.user.create({ data: { email: `admin@${slug}.test`, name: 'Admin', role: 'PARTNER_ADMIN', partnerId: partner.id, passwordHash } });
  const customerUser = await db.user.create({
    data: { email: `owner@${slug}.test`, name: 'Owner', role: 'CUSTOMER', partnerId: partner.id, customerId: customerIds[0], passwordHash },
  });
  return {
    partnerId: partner.id,
    admin: { area: 'partner', role: 'PARTNER_ADMIN', userId: admin.id, email: admin.email, partnerId: partner.id },
    customerUserId: customerUser.id,
    connectionId: row.id,
    customerIds,
  };
}
