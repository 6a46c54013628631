import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma, type CustomerStatus, type ProviderKind } from '../db/client.ts';
import { encryptSecret, encryptSecretJson } from '../secrets/encrypt-secret.ts';
import type { Scope } from '../tenancy/scope.ts';
import { testDb } from '../../test/integration/test-db.ts';

/** Shared by the invoice integration tests: partners, connections, customers and usage rollups. */

export type InvoiceTestPartner = { partnerId: string; admin: PartnerScope; staff: PartnerScope; connections: Partial<Record<ProviderKind, string>> };

export async function seedInvoicePartner(
  slug: string,
  options: { currency?: string; timeZone?: string; status?: 'ACTIVE' | 'SUSPENDED'; connections: Array<{ kind: ProviderKind; baseUrl?: string; credentials?: object }> },
): Promise<InvoiceTestPartner> {
  const db = testDb();
  const partner = await db.partner.create({
    data: { slug, name: `Partner ${slug}`, currency: options.currency ?? 'USD', timeZone: options.timeZone ?? 'America/New_York', status: options.status ?? 'ACTIVE' },
  });
  const connections: InvoiceTestPartner['connections'] = {};
  for (const connection of options.connections) {
    const row = await db.providerConnection.create({
      data: {
        partnerId: partner.id,
        kind: connection.kind,
        label: `${connection.kind} test`,
        // Vobiz customers are invoiced from the database alone: nothing is sent there.
        baseUrl: connection.baseUrl ?? 'http://127.0.0.1:9',
        secretsEnc: await encryptSecretJson(connection.credentials ?? { authId: 'PA_UNUSED', authToken: 'unused-token-for-tests' }),
      },
    });
    connections[connection.kind] = row.id;
  }
  const scope = (role: PartnerScope['role'], user: string): PartnerScope => ({ area: 'partner', role, userId: `${slug}-${user}`, email: `${user}@${slug}.test`, partnerId: partner.id });
  return { partnerId: partner.id, admin: scope('PARTNER_ADMIN', 'admin'), staff: scope('PARTNER_STAFF', 'staff'), connections };
}

export async function seedInvoiceCustomer(
  partner: InvoiceTestPartner,
  kind: ProviderKind,
  data: { name: string; providerAccountId?: string; authToken?: string; status?: CustomerStatus; currency?: string },
): Promise<string> {
  const db = testDb();
  const customer = await db.customer.create({
    data: {
      partnerId: partner.partnerId,
      connectionId: partner.connections[kind]!,
      name: data.name,
      email: `${data.name.toLowerCase().replace(/\W+/g, '-')}@customer.test`,
      providerAccountId: data.providerAccountId ?? `ACC-${data.name}`,
      authTokenEnc: data.authToken ? await encryptSecret(data.authToken) : null,
      status: data.status ?? 'ACTIVE',
      currency: data.currency ?? 'USD',
    },
  });
  return customer.id;
}

export function customerScope(partner: InvoiceTestPartner, customerId: string): Extract<Scope, { area: 'customer' }> {
  return { area: 'customer', role: 'CUSTOMER', userId: `user-${customerId}`, email: `${customerId}@customer.test`, partnerId: partner.partnerId, customerId };
}

/** One day of a customer's usage, per destination country; UsageDaily gets the day's sums. */
export async function seedUsageDay(
  partner: InvoiceTestPartner,
  customerId: string,
  day: string,
  byCountry: Array<{ country: string; calls: number; seconds: number; sell: string }>,
  currency = 'USD',
): Promise<void> {
  const db = testDb();
  const date = new Date(`${day}T00:00:00Z`);
  const sum = (pick: (row: (typeof byCountry)[number]) => number) => byCountry.reduce((total, row) => total + pick(row), 0);
  const sell = byCountry.reduce((total, row) => total.plus(row.sell), new Prisma.Decimal(0));
  await db.usageDaily.create({
    data: {
      partnerId: partner.partnerId,
      customerId,
      day: date,
      currency,
      calls: sum((row) => row.calls),
      answeredCalls: sum((row) => row.calls),
      billableSeconds: BigInt(sum((row) => row.seconds)),
      cost: '0',
      sell,
    },
  });
  for (const row of byCountry) {
    await db.usageDestinationDaily.create({
      data: { partnerId: partner.partnerId, customerId, day: date, country: row.country, currency, calls: row.calls, billableSeconds: BigInt(row.seconds), cost: '0', sell: row.sell },
    });
  }
}

export async function assignNumber(partner: InvoiceTestPartner, customerId: string, number: string, monthlyPrice: string | null, label?: string): Promise<void> {
  await testDb().numberAssignment.create({
    data: { partnerId: partner.partnerId, connectionId: partner.connections.VOBIZ!, customerId, number, recordedIn: 'PORTAL', monthlyPrice, currency: monthlyPrice ? 'USD' : null, label },
  });
}
