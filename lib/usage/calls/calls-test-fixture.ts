import type { Prisma } from '../../db/client.ts';
import { testDb } from '../../../test/integration/test-db.ts';
import type { CallScope } from './call-scope.ts';

export type CallsTenant = {
  partnerId: string;
  staff: Extract<CallScope, { area: 'partner' }>;
  customers: Array<{ id: string; name: string; scope: Extract<CallScope, { area: 'customer' }> }>;
  connectionId: string;
};

/** A partner with a connection and customers, for the CDR browser's integration tests. */
export async function seedCallsTenant(slug: string, options: { timeZone?: string; customers?: Array<{ name: string; currency?: string }> } = {}): Promise<CallsTenant> {
  const db = testDb();
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency: 'USD', timeZone: options.timeZone ?? 'UTC' } });
  const connection = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: 'VOBIZ', label: 'main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' },
  });
  const customers: CallsTenant['customers'] = [];
  for (const [index, customer] of (options.customers ?? [{ name: `${slug} one` }, { name: `${slug} two` }]).entries()) {
    const row = await db.customer.create({
      data: { partnerId: partner.id, connectionId: connection.id, name: customer.name, email: `c${index}@${slug}.test`, currency: customer.currency ?? 'USD', status: 'ACTIVE' },
    });
    customers.push({
      id: row.id,
      name: row.name,
      scope: { area: 'customer', role: 'CUSTOMER', userId: `${slug}-c${index}`, email: `c${index}@${slug}.test`, partnerId: partner.id, customerId: row.id },
    });
  }
  return {
    partnerId: partner.id,
    staff: { area: 'partner', role: 'PARTNER_STAFF', userId: `${slug}-staff`, email: `staff@${slug}.test`, partnerId: partner.id },
    customers,
    connectionId: connection.id,
  };
}

let sequence = 0;

export type TestCall = Partial<Omit<Prisma.CdrCreateManyInput, 'partnerId' | 'customerId' | 'connectionId'>> & { startedAt: Date };

/** Inserts calls of one customer directly (the sync is tested on its own); unset fields get plausible values. */
export async function insertCalls(tenant: CallsTenant, customerIndex: number, calls: TestCall[]): Promise<void> {
  const customer = tenant.customers[customerIndex]!;
  const currency = (await testDb().customer.findUniqueOrThrow({ where: { id: customer.id } })).currency;
  await testDb().cdr.createMany({
    data: calls.map((call) => {
      sequence += 1;
      const did = call.did === undefined ? `+1212555${String(1000 + customerIndex).padStart(4, '0')}` : call.did;
      const destination = call.destination ?? `44207${String(sequence).padStart(6, '0')}`;
      return {
        partnerId: tenant.partnerId,
        customerId: customer.id,
        connectionId: tenant.connectionId,
        providerCallId: `call-${sequence}`,
        direction: 'OUTBOUND',
        fromNumber: did ?? '+10000000000',
        toNumber: `+${destination}`,
        did,
        destination,
        destinationCountry: 'GB',
        durationSeconds: 30,
        billableSeconds: 60,
        status: 'ANSWERED',
        currency,
        cost: '0.010000',
        sellPrice: '0.015000',
        ...call,
      };
    }),
  });
}
