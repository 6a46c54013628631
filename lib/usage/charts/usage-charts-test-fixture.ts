import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import type { Scope } from '../../tenancy/scope.ts';
import { testDb } from '../../../test/integration/test-db.ts';
import { dayAsDate, firstOfMonth } from './calendar-days.ts';

/** Shared by the charts' integration tests: a partner, its customers and hand-made rollup rows. */
export type ChartsTenant = {
  partnerId: string;
  staff: PartnerScope;
  customers: Array<{ id: string; currency: string; scope: Extract<Scope, { area: 'customer' }> }>;
};

export async function seedChartsTenant({ slug, currency, timeZone, customerCurrencies }: { slug: string; currency: string; timeZone: string; customerCurrencies: string[] }): Promise<ChartsTenant> {
  const db = testDb();
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency, timeZone } });
  const connection = await db.providerConnection.create({ data: { partnerId: partner.id, kind: 'VOBIZ', label: 'Vobiz', baseUrl: 'http://127.0.0.1:9', secretsEnc: 'unused' } });
  const customers: ChartsTenant['customers'] = [];
  for (const [index, customerCurrency] of customerCurrencies.entries()) {
    const customer = await db.customer.create({
      data: { partnerId: partner.id, connectionId: connection.id, name: `${slug} customer ${index + 1}`, email: `c${index + 1}@${slug}.test`, status: 'ACTIVE', currency: customerCurrency },
    });
    customers.push({
      id: customer.id,
      currency: customerCurrency,
      scope: { area: 'customer', role: 'CUSTOMER', userId: `${slug}-c${index + 1}`, email: `c${index + 1}@${slug}.test`, partnerId: partner.id, customerId: customer.id },
    });
  }
  return { partnerId: partner.id, staff: { area: 'partner', role: 'PARTNER_STAFF', userId: `${slug}-staff`, email: `staff@${slug}.test`, partnerId: partner.id }, customers };
}

export type UsageRow = { day: string; calls: number; seconds: number; cost: string; sell: string; country?: string; did?: string };

/**
 * Adds calls to the rollups the way the sync does: each call counts once in each daily table
 * and, unless `monthly` is false (a sync that predates it), in the monthly customer rollup.
 */
export async function addUsage(tenant: ChartsTenant, customerIndex: number, rows: UsageRow[], { monthly = true }: { monthly?: boolean } = {}): Promise<void> {
  const db = testDb();
  const { partnerId } = tenant;
  const { id: customerId, currency } = tenant.customers[customerIndex]!;
  for (const row of rows) {
    const day = dayAsDate(row.day);
    const sums = { calls: row.calls, billableSeconds: BigInt(row.seconds), cost: row.cost, sell: row.sell };
    const increment = { calls: { increment: row.calls }, billableSeconds: { increment: BigInt(row.seconds) }, cost: { increment: row.cost }, sell: { increment: row.sell } };
    const country = row.country ?? 'US';
    const did = row.did ?? '';
    await db.usageDaily.upsert({
      where: { partnerId_customerId_day: { partnerId, customerId, day } },
      create: { partnerId, customerId, day, currency, answeredCalls: row.calls, ...sums },
      update: { ...increment, answeredCalls: { increment: row.calls } },
    });
    await db.partnerUsageDaily.upsert({
      where: { partnerId_day_currency: { partnerId, day, currency } },
      create: { partnerId, day, currency, answeredCalls: row.calls, ...sums },
      update: { ...increment, answeredCalls: { increment: row.calls } },
    });
    await db.usageDestinationDaily.upsert({
      where: { partnerId_customerId_day_country: { partnerId, customerId, day, country } },
      create: { partnerId, customerId, day, country, currency, ...sums },
      update: increment,
    });
    await db.partnerUsageDestinationDaily.upsert({
      where: { partnerId_day_currency_country: { partnerId, day, currency, country } },
      create: { partnerId, day, country, currency, ...sums },
      update: increment,
    });
    await db.usageDidDaily.upsert({
      where: { partnerId_customerId_day_did: { partnerId, customerId, day, did } },
      create: { partnerId, customerId, day, did, currency, ...sums },
      update: increment,
    });
    if (!monthly) continue;
    const month = dayAsDate(firstOfMonth(row.day));
    await db.usageMonthly.upsert({
      where: { partnerId_month_customerId: { partnerId, month, customerId } },
      create: { partnerId, customerId, month, currency, answeredCalls: row.calls, ...sums },
      update: { ...increment, answeredCalls: { increment: row.calls } },
    });
  }
}
