import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { listCustomersForPartner } from '@/lib/customers/list-customers-for-partner';
import { listRecentAuditEvents } from '@/lib/audit/list-audit-events';
import { scopedDb, TenancyViolation } from './scoped-db';
import type { Scope } from './scope';

const db = testDb();
const ids = { partnerA: '', partnerB: '', a1: '', a2: '', b1: '' };
let staffA: Extract<Scope, { area: 'partner' }>;
let staffB: Extract<Scope, { area: 'partner' }>;
let customerA1: Extract<Scope, { area: 'customer' }>;

async function createPartner(slug: string, customers: string[]) {
  const partner = await db.partner.create({ data: { slug, name: slug, currency: 'USD' } });
  const connection = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: 'VOBIZ', label: 'main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' },
  });
  const created = [];
  for (const name of customers) {
    created.push(
      await db.customer.create({
        data: { partnerId: partner.id, connectionId: connection.id, name, email: `${name}@x.test`, currency: 'USD', status: 'ACTIVE' },
      }),
    );
  }
  await db.auditEvent.create({ data: { partnerId: partner.id, action: `seed.${slug}`, entityType: 'Partner', entityId: partner.id } });
  return { partner, customers: created };
}

beforeAll(async () => {
  await resetDatabase();
  const a = await createPartner('alpha', ['Alpha One', 'Alpha Two']);
  const b = await createPartner('beta', ['Beta One']);
  Object.assign(ids, { partnerA: a.partner.id, partnerB: b.partner.id, a1: a.customers[0]!.id, a2: a.customers[1]!.id, b1: b.customers[0]!.id });
  staffA = { area: 'partner', role: 'PARTNER_STAFF', userId: 'ua', email: 'a@x.test', partnerId: ids.partnerA };
  staffB = { area: 'partner', role: 'PARTNER_STAFF', userId: 'ub', email: 'b@x.test', partnerId: ids.partnerB };
  customerA1 = { area: 'customer', role: 'CUSTOMER', userId: 'uc', email: 'c@x.test', partnerId: ids.partnerA, customerId: ids.a1 };
});

describe('one partner cannot see or change another partner’s data', () => {
  it('lists only the caller’s customers, also when searching for the other partner’s', async () => {
    const page = await listCustomersForPartner(staffA, {});
    expect(page.items.map((c) => c.name)).toEqual(['Alpha One', 'Alpha Two']);
    expect(page.total).toBe(2);
    expect((await listCustomersForPartner(staffA, { search: 'Beta' })).total).toBe(0);
    expect((await listCustomersForPartner(staffB, {})).items.map((c) => c.name)).toEqual(['Beta One']);
  });

  it('returns nothing for another partner’s customer id', async () => {
    expect(await getCustomerForScope(staffA, ids.b1)).toBeNull();
    expect(await getCustomerForScope(staffB, ids.b1)).toMatchObject({ name: 'Beta One' });
  });

  it('cannot update, delete or re-parent another partner’s rows', async () => {
    const scoped = scopedDb(staffA, db);
    expect((await scoped.customer.updateMany({ where: { id: ids.b1 }, data: { name: 'hijacked' } })).count).toBe(0);
    await expect(scoped.customer.update({ where: { id: ids.b1 }, data: { name: 'hijacked' } })).rejects.toThrow();
    expect((await scoped.customer.deleteMany({ where: { id: ids.b1 } })).count).toBe(0);
    await expect(scoped.auditEvent.create({ data: { partnerId: ids.partnerB, action: 'x', entityType: 'y' } })).rejects.toThrow(TenancyViolation);
    expect((await db.customer.findUniqueOrThrow({ where: { id: ids.b1 } })).name).toBe('Beta One');
  });

  it('shows each partner only its own audit events', async () => {
    const events = await listRecentAuditEvents(staffA, { limit: 50 });
    expect(events.map((e) => e.action)).toEqual(['seed.alpha']);
  });
});

describe('a customer sees only their own account', () => {
  it('reads their own account and nothing else', async () => {
    expect(await getCustomerForScope(customerA1, ids.a1)).toMatchObject({ name: 'Alpha One', hasAuthToken: false });
    expect(await getCustomerForScope(customerA1, ids.a2)).toBeNull();
    expect(await getCustomerForScope(customerA1, ids.b1)).toBeNull();
    expect(await scopedDb(customerA1, db).customer.count()).toBe(1);
  });

  it('cannot read provider connections or audit events', async () => {
    await expect(scopedDb(customerA1, db).providerConnection.findMany()).rejects.toThrow(TenancyViolation);
    await expect(scopedDb(customerA1, db).auditEvent.findMany()).rejects.toThrow(TenancyViolation);
  });
});
