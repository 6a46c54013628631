import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import type { Prisma } from '@/lib/db/client';
import { listCustomersForPartner, type CustomerListQuery } from './list-customers-for-partner';

const db = testDb();
let staffA: PartnerScope;
let staffB: PartnerScope;
const ids = { connA1: '', connA2: '', connB: '' };

type Row = Omit<Prisma.CustomerCreateManyInput, 'partnerId' | 'connectionId' | 'currency'> & { connection?: 'connA1' | 'connA2' };

const A_CUSTOMERS: Row[] = [
  { name: 'Acme Dental', email: 'it@acme-dental.test', phone: '+14155550101', status: 'ACTIVE', kycStatus: 'VERIFIED', balance: '125.5', createdAt: new Date('2026-01-05') },
  { name: 'Harbor Logistics', email: 'ops@harbor.test', phone: '+14155550102', status: 'ACTIVE', kycStatus: 'PENDING', balance: '4', createdAt: new Date('2026-02-01') },
  { name: 'Summit Clinics', email: 'billing@summit.test', phone: '+442071234567', status: 'SUSPENDED', kycStatus: 'PENDING', balance: '64.2', createdAt: new Date('2026-01-20'), connection: 'connA2' },
  { name: 'Nordlicht Studios', email: 'office@nordlicht.test', phone: null, status: 'PENDING', kycStatus: 'REJECTED', balance: '0', createdAt: new Date('2025-12-01'), connection: 'connA2' },
  { name: 'Zephyr Bakery', email: 'hello@zephyr.test', phone: '+33155550103', status: 'CLOSED', kycStatus: 'NOT_REQUIRED', balance: '1', createdAt: new Date('2026-03-01') },
  // Postpaid with a limit and the customer's own threshold, for the low-balance rule.
  { name: 'Atelier Nova', email: 'finance@nova.test', phone: '+31205550142', status: 'ACTIVE', billingModel: 'POSTPAID', creditLimit: '100', balance: '-95', createdAt: new Date('2026-02-10') },
  { name: 'Café Lumière', email: 'contact@lumiere.test', phone: '+33155550199', status: 'ACTIVE', lowBalanceThreshold: '200', balance: '150', createdAt: new Date('2026-02-11') },
];

async function seedPartner(slug: string) {
  const partner = await db.partner.create({ data: { slug, name: slug, currency: 'USD' } });
  const connection = (label: string) =>
    db.providerConnection.create({ data: { partnerId: partner.id, kind: 'VOBIZ', label, baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' } });
  return { partner, first: await connection('Main'), second: await connection('Second') };
}

beforeAll(async () => {
  await resetDatabase();
  const a = await seedPartner('alpha');
  const b = await seedPartner('beta');
  Object.assign(ids, { connA1: a.first.id, connA2: a.second.id, connB: b.first.id });
  staffA = { area: 'partner', role: 'PARTNER_STAFF', userId: 'ua', email: 'a@x.test', partnerId: a.partner.id };
  staffB = { area: 'partner', role: 'PARTNER_STAFF', userId: 'ub', email: 'b@x.test', partnerId: b.partner.id };
  await db.customer.createMany({
    data: A_CUSTOMERS.map(({ connection = 'connA1', ...row }) => ({ ...row, partnerId: a.partner.id, connectionId: ids[connection], currency: 'USD' })),
  });
  // Partner B has look-alikes of A's customers: none may ever show up for A.
  await db.customer.createMany({
    data: ['Acme Dental B', 'Harbor B', 'Summit B'].map((name, index) => ({
      partnerId: b.partner.id,
      connectionId: b.first.id,
      name,
      email: `it${index}@acme-dental.test`,
      phone: `+1415555010${index}`,
      currency: 'USD',
      status: 'ACTIVE' as const,
    })),
  });
});

const names = async (query: CustomerListQuery, scope = staffA) => (await listCustomersForPartner(scope, query)).items.map((customer) => customer.name);

describe('listCustomersForPartner: search', () => {
  it('finds a substring of the name in any case', async () => {
    expect(await names({ search: 'DENTAL' })).toEqual(['Acme Dental']);
    expect(await names({ search: 'lumi' })).toEqual(['Café Lumière']);
  });

  it('finds a substring of the email', async () => {
    expect(await names({ search: 'harbor.TEST' })).toEqual(['Harbor Logistics']);
  });

  it('finds a substring of the phone, also typed with spaces and dashes', async () => {
    expect(await names({ search: '2071234' })).toEqual(['Summit Clinics']);
    expect(await names({ search: '415 555-0102' })).toEqual(['Harbor Logistics']);
    expect(await names({ search: '+33 1 55' })).toEqual(['Café Lumière', 'Zephyr Bakery']);
  });

  it('counts the matches, not the whole list', async () => {
    const page = await listCustomersForPartner(staffA, { search: '.test' });
    expect(page.total).toBe(A_CUSTOMERS.length);
    expect((await listCustomersForPartner(staffA, { search: 'no such customer' })).total).toBe(0);
  });
});

describe('listCustomersForPartner: filters', () => {
  it('filters by connection', async () => {
    expect(await names({ connectionId: ids.connA2 })).toEqual(['Nordlicht Studios', 'Summit Clinics']);
  });

  it('filters by status', async () => {
    expect(await names({ status: 'SUSPENDED' })).toEqual(['Summit Clinics']);
    expect(await names({ status: 'CLOSED' })).toEqual(['Zephyr Bakery']);
  });

  it('filters by KYC status', async () => {
    expect(await names({ kycStatus: 'PENDING' })).toEqual(['Harbor Logistics', 'Summit Clinics']);
  });

  it('combines filters with the search', async () => {
    expect(await names({ kycStatus: 'PENDING', connectionId: ids.connA1, search: 'test' })).toEqual(['Harbor Logistics']);
  });
});

describe('listCustomersForPartner: sorting', () => {
  it('sorts by name both ways', async () => {
    const ascending = await names({ sort: 'name', direction: 'asc' });
    expect(ascending[0]).toBe('Acme Dental');
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual([...ascending].reverse());
  });

  it('sorts by creation date, newest first by default', async () => {
    expect((await names({ sort: 'created' }))[0]).toBe('Zephyr Bakery');
    expect((await names({ sort: 'created', direction: 'asc' }))[0]).toBe('Nordlicht Studios');
  });

  it('sorts by balance numerically, not as text', async () => {
    expect(await names({ sort: 'balance', direction: 'asc' })).toEqual([
      'Atelier Nova',
      'Nordlicht Studios',
      'Zephyr Bakery',
      'Harbor Logistics',
      'Summit Clinics',
      'Acme Dental',
      'Café Lumière',
    ]);
  });
});

describe('listCustomersForPartner: low balance', () => {
  it('flags by the customer’s threshold, the prepaid default and the postpaid headroom; never a closed account', async () => {
    const page = await listCustomersForPartner(staffA, { pageSize: 50 });
    const low = Object.fromEntries(page.items.map((customer) => [customer.name, customer.lowBalance]));
    expect(low).toEqual({
      'Acme Dental': false,
      'Harbor Logistics': true,
      'Summit Clinics': false,
      'Nordlicht Studios': true,
      'Zephyr Bakery': false,
      'Atelier Nova': true,
      'Café Lumière': true,
    });
  });
});

describe('listCustomersForPartner: tenancy', () => {
  it('never returns another partner’s customers, whatever the search or filter', async () => {
    expect(await names({ search: 'acme-dental' })).toEqual(['Acme Dental']);
    expect(await names({ search: '4155550100' })).toEqual([]);
    expect(await names({ connectionId: ids.connB })).toEqual([]);
    expect((await listCustomersForPartner(staffA, {})).total).toBe(A_CUSTOMERS.length);
    expect(await names({}, staffB)).toEqual(['Acme Dental B', 'Harbor B', 'Summit B']);
  });
});

describe('listCustomersForPartner: pagination', () => {
  let partner: PartnerScope;

  beforeAll(async () => {
    // 23 customers sharing names and balances, so only the id tiebreak orders them.
    const p = await db.partner.create({ data: { slug: 'paging', name: 'Paging', currency: 'USD' } });
    const connection = await db.providerConnection.create({ data: { partnerId: p.id, kind: 'VOBIZ', label: 'Main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' } });
    partner = { area: 'partner', role: 'PARTNER_STAFF', userId: 'up', email: 'p@x.test', partnerId: p.id };
    await db.customer.createMany({
      data: Array.from({ length: 23 }, (_, index) => ({
        partnerId: p.id,
        connectionId: connection.id,
        name: `Customer ${String(index % 4)}`,
        email: `c${index}@paging.test`,
        currency: 'USD',
        balance: String(index % 3),
        createdAt: new Date(Date.UTC(2026, 0, 1 + (index % 5))),
      })),
    });
  });

  it('pages by number with a total, the same customer never on two pages', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listCustomersForPartner(partner, { page, pageSize: 10 })));
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages.every((page) => page.total === 23)).toBe(true);
    expect(new Set(pages.flatMap((page) => page.items.map((customer) => customer.id))).size).toBe(23);
    expect(pages[0]!.previousCursor).toBeNull();
    expect(pages[2]!.nextCursor).toBeNull();
  });

  it.each([
    ['name', 'asc'],
    ['name', 'desc'],
    ['balance', 'asc'],
    ['balance', 'desc'],
    ['created', 'desc'],
    ['created', 'asc'],
  ] as const)('walks Next and Previous by cursor through the same pages as by number (%s %s)', async (sort, direction) => {
    const byNumber = await Promise.all([1, 2, 3].map((page) => listCustomersForPartner(partner, { sort, direction, page, pageSize: 10 })));
    const ids = (page: { items: Array<{ id: string }> }) => page.items.map((customer) => customer.id);

    let page = byNumber[0]!;
    for (let number = 2; number <= 3; number += 1) {
      page = await listCustomersForPartner(partner, { sort, direction, page: number, pageSize: 10, cursor: page.nextCursor! });
      expect(page.page).toBe(number);
      expect(ids(page)).toEqual(ids(byNumber[number - 1]!));
    }
    expect(page.nextCursor).toBeNull();
    for (let number = 2; number >= 1; number -= 1) {
      page = await listCustomersForPartner(partner, { sort, direction, page: number, pageSize: 10, cursor: page.previousCursor! });
      expect(ids(page)).toEqual(ids(byNumber[number - 1]!));
    }
    expect(page.page).toBe(1);
    expect(page.previousCursor).toBeNull();
  });

  it('ignores a cursor made for another sort or edited by hand', async () => {
    const first = await listCustomersForPartner(partner, { sort: 'name', pageSize: 10 });
    const second = await listCustomersForPartner(partner, { sort: 'name', pageSize: 10, page: 2 });
    const otherSort = await listCustomersForPartner(partner, { sort: 'balance', pageSize: 10, page: 2, cursor: first.nextCursor! });
    expect(otherSort.items.map((customer) => customer.id)).toEqual(
      (await listCustomersForPartner(partner, { sort: 'balance', pageSize: 10, page: 2 })).items.map((customer) => customer.id),
    );
    const edited = await listCustomersForPartner(partner, { sort: 'name', pageSize: 10, page: 2, cursor: 'garbage' });
    expect(edited.items.map((customer) => customer.id)).toEqual(second.items.map((customer) => customer.id));
  });
});
