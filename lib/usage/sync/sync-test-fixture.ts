import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import type { PrismaClient, ProviderKind } from '../../db/client.ts';
import { encryptSecret, encryptSecretJson } from '../../secrets/encrypt-secret.ts';
import { testDb } from '../../../test/integration/test-db.ts';

/** Shared by the sync's integration tests: one partner, one connection to a sandbox, its customers. */
export type SyncTenant = {
  partnerId: string;
  connectionId: string;
  staff: PartnerScope;
  /** Customer ids by provider account id. */
  customerIds: Map<string, string>;
};

export type SyncTenantCustomer = { accountId: string; currency?: string; authToken?: string };

export async function seedSyncTenant(
  connection: { kind: ProviderKind; baseUrl: string; credentials: object },
  customers: SyncTenantCustomer[],
  options: { slug?: string; currency?: string; timeZone?: string } = {},
): Promise<SyncTenant> {
  const db = testDb();
  const slug = options.slug ?? 'sync';
  const currency = options.currency ?? 'USD';
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency, timeZone: options.timeZone ?? 'America/New_York' } });
  const row = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: connection.kind, label: `${connection.kind} sync`, baseUrl: connection.baseUrl, secretsEnc: await encryptSecretJson(connection.credentials) },
  });
  const customerIds = new Map<string, string>();
  for (const [index, customer] of customers.entries()) {
    const created = await db.customer.create({
      data: {
        partnerId: partner.id,
        connectionId: row.id,
        name: `Customer ${index + 1}`,
        email: `c${index + 1}@${slug}.test`,
        providerAccountId: customer.accountId,
        authTokenEnc: customer.authToken ? await encryptSecret(customer.authToken) : null,
        status: 'ACTIVE',
        currency: customer.currency ?? currency,
      },
    });
    customerIds.set(customer.accountId, created.id);
  }
  const staff: PartnerScope = { area: 'partner', role: 'PARTNER_STAFF', userId: `${slug}-staff`, email: `staff@${slug}.test`, partnerId: partner.id };
  return { partnerId: partner.id, connectionId: row.id, staff, customerIds };
}

/** A small price list, so some calls are rated and some (no matching prefix) are not. */
export async function seedPriceList(partnerId: string, currency: string, entries: Array<{ prefix: string; ratePerMinute: string }>): Promise<void> {
  const db = testDb();
  const list = await db.priceList.create({ data: { partnerId, name: `${currency} prices`, currency } });
  await db.priceListEntry.createMany({
    data: entries.map((entry) => ({ partnerId, priceListId: list.id, prefix: entry.prefix, description: `+${entry.prefix}`, ratePerMinute: entry.ratePerMinute, billingIncrementSeconds: 6, minimumSeconds: 6 })),
  });
}

type RollupRow = Record<string, string>;

const ROLLUP_QUERIES: Record<string, { table: string; key: string[]; columns: string[] }> = {
  customerDays: { table: 'UsageDaily', key: ['customerId', 'day'], columns: ['currency', 'calls', 'answeredCalls', 'billableSeconds', 'cost', 'sell'] },
  partnerDays: { table: 'PartnerUsageDaily', key: ['day', 'currency'], columns: ['calls', 'answeredCalls', 'billableSeconds', 'cost', 'sell'] },
  customerDestinations: { table: 'UsageDestinationDaily', key: ['customerId', 'day', 'country'], columns: ['currency', 'calls', 'billableSeconds', 'cost', 'sell'] },
  partnerDestinations: { table: 'PartnerUsageDestinationDaily', key: ['day', 'currency', 'country'], columns: ['calls', 'billableSeconds', 'cost', 'sell'] },
  customerDids: { table: 'UsageDidDaily', key: ['customerId', 'day', 'did'], columns: ['currency', 'calls', 'billableSeconds', 'cost', 'sell'] },
  customerMonths: { table: 'UsageMonthly', key: ['month', 'customerId'], columns: ['currency', 'calls', 'answeredCalls', 'billableSeconds', 'cost', 'sell'] },
  customerDidMonths: { table: 'UsageDidMonthly', key: ['month', 'customerId', 'did'], columns: ['currency', 'calls', 'billableSeconds', 'cost', 'sell'] },
};

/** Every rollup row of the partner as text, in key order: equal snapshots mean equal numbers. */
export async function rollupSnapshot(db: PrismaClient, partnerId: string): Promise<Record<string, RollupRow[]>> {
  const snapshot: Record<string, RollupRow[]> = {};
  for (const [name, { table, key, columns }] of Object.entries(ROLLUP_QUERIES)) {
    const select = [...key, ...columns].map((column) => `"${column}"::text AS "${column}"`).join(', ');
    const order = key.map((column) => `"${column}"`).join(', ');
    snapshot[name] = await db.$queryRawUnsafe<RollupRow[]>(`SELECT ${select} FROM "${table}" WHERE "partnerId" = $1 ORDER BY ${order}`, partnerId);
  }
  return snapshot;
}

/**
 * The same figures computed straight from the partner's Cdr rows (day and month in the
 * partner's zone, sell 0 when unrated, 'ZZ' without a country, '' without a DID), shaped like rollupSnapshot.
 */
export async function aggregatesOfCdrs(db: PrismaClient, partnerId: string): Promise<Record<string, RollupRow[]>> {
  const calls = `(SELECT c."customerId", (c."startedAt" AT TIME ZONE p."timeZone")::date AS day,
      date_trunc('month', c."startedAt" AT TIME ZONE p."timeZone")::date AS month, c.currency, c.status, c."billableSeconds", c.cost,
      COALESCE(c."sellPrice", 0) AS sell, COALESCE(c."destinationCountry", 'ZZ') AS country, COALESCE(c.did, '') AS did
    FROM "Cdr" c JOIN "Partner" p ON p.id = c."partnerId" WHERE c."partnerId" = $1) AS calls`;
  const sums = (answered: boolean) =>
    `count(*)::text AS calls, ${answered ? `(count(*) FILTER (WHERE status = 'ANSWERED'))::text AS "answeredCalls", ` : ''}sum("billableSeconds")::text AS "billableSeconds", sum(cost)::numeric(20,6)::text AS cost, sum(sell)::numeric(20,6)::text AS sell`;
  const snapshot: Record<string, RollupRow[]> = {};
  for (const [name, { key, columns }] of Object.entries(ROLLUP_QUERIES)) {
    const keys = key.map((column) => `"${column}"::text AS "${column}"`).join(', ');
    const currency = columns.includes('currency') ? `min(currency)::text AS currency, ` : '';
    const group = key.map((column) => `"${column}"`).join(', ');
    snapshot[name] = await db.$queryRawUnsafe<RollupRow[]>(`SELECT ${keys}, ${currency}${sums(columns.includes('answeredCalls'))} FROM ${calls} GROUP BY ${group} ORDER BY ${group}`, partnerId);
  }
  return snapshot;
}
