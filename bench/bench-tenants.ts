import type { PrismaClient } from '../lib/db/client.ts';
import type { PartnerScope } from '../lib/auth/require-partner-admin.ts';
import type { IngestTarget } from '../lib/usage/sync/ingest-calls.ts';
import type { ProviderKind } from '../lib/providers/types.ts';
import type { TenantPlan } from './cdr-generator.ts';

/**
 * Writes a planned tenant into the benchmark database — partner, its provider connections,
 * customers and their DIDs — and returns what the sync would hand to ingestCalls for each
 * connection, plus a staff scope for the read side.
 */
export type SeededTenant = {
  partnerId: string;
  scope: PartnerScope;
  /** Each provider connection with what the sync hands to ingestCalls for it. */
  connections: Array<{ kind: ProviderKind; target: IngestTarget }>;
  /** Database id of each planned customer, by plan index. */
  customerIds: string[];
};

const CHUNK = 1000;

export async function seedTenant(db: PrismaClient, plan: TenantPlan, kinds: ProviderKind[]): Promise<SeededTenant> {
  if (kinds.length !== plan.connections) throw new Error(`The plan has ${plan.connections} connections but ${kinds.length} provider kinds were given.`);
  const partner = await db.partner.create({ data: { slug: plan.slug, name: plan.name, currency: plan.currency, timeZone: plan.timeZone } });
  const connections: Array<{ id: string; kind: ProviderKind }> = [];
  for (const [index, kind] of kinds.entries()) {
    connections.push(
      await db.providerConnection.create({
        // Never called: the benchmark feeds ingestCalls directly, so the secrets are a placeholder.
        data: { partnerId: partner.id, kind, label: `${kind} ${index + 1}`, baseUrl: 'http://127.0.0.1:9', secretsEnc: 'v1.bench.unused.unused' },
        select: { id: true, kind: true },
      }),
    );
  }

  const customerIds: string[] = [];
  for (let offset = 0; offset < plan.customerList.length; offset += CHUNK) {
    const created = await db.customer.createManyAndReturn({
      select: { id: true },
      data: plan.customerList.slice(offset, offset + CHUNK).map((customer) => ({
        partnerId: partner.id,
        connectionId: connections[customer.connection]!.id,
        name: customer.name,
        email: customer.email,
        providerAccountId: customer.providerAccountId,
        status: 'ACTIVE' as const,
        currency: plan.currency,
      })),
    });
    customerIds.push(...created.map((row) => row.id));
  }
  const assignments = plan.customerList.flatMap((customer) =>
    customer.dids.map((number) => ({
      partnerId: partner.id,
      connectionId: connections[customer.connection]!.id,
      customerId: customerIds[customer.index]!,
      number,
      recordedIn: 'PORTAL' as const,
    })),
  );
  for (let offset = 0; offset < assignments.length; offset += CHUNK) {
    await db.numberAssignment.createMany({ data: assignments.slice(offset, offset + CHUNK) });
  }

  const targetOf = (connectionId: string, index: number): IngestTarget => ({
    partnerId: partner.id,
    connectionId,
    timeZone: plan.timeZone,
    customers: new Map(
      plan.customerList
        .filter((customer) => customer.connection === index)
        .map((customer) => [customer.providerAccountId, { customerId: customerIds[customer.index]!, currency: plan.currency }]),
    ),
  });
  const scope: PartnerScope = { area: 'partner', role: 'PARTNER_STAFF', userId: `bench-${plan.slug}`, email: `staff@${plan.slug}.test`, partnerId: partner.id };
  return {
    partnerId: partner.id,
    scope,
    connections: connections.map((connection, index) => ({ kind: connection.kind, target: targetOf(connection.id, index) })),
    customerIds,
  };
}
