import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { listNotifications } from '../notifications/list-notifications';
import { markNotificationsRead } from '../notifications/mark-notifications-read';
import type { Scope } from '../tenancy/scope';
import { checkLowBalances } from './check-low-balances';

const db = testDb();

async function seedPartner(slug: string) {
  const partner = await db.partner.create({ data: { slug, name: slug, currency: 'USD', timeZone: 'Europe/Paris' } });
  const connection = await db.providerConnection.create({ data: { partnerId: partner.id, kind: 'VOBIZ', label: 'v', baseUrl: 'http://127.0.0.1:9', secretsEnc: 'x' } });
  const customer = (name: string, data: { balance: string; lowBalanceThreshold?: string; status?: 'ACTIVE' | 'CLOSED' }) =>
    db.customer.create({ data: { partnerId: partner.id, connectionId: connection.id, name, email: `${name}@${slug}.test`, currency: 'USD', status: 'ACTIVE', ...data } });
  return { partner, customer };
}

beforeEach(resetDatabase);

describe('checkLowBalances', () => {
  it("notifies staff and the customer once a day for each customer below the rule's threshold", async () => {
    const { partner, customer } = await seedPartner('alerts');
    const low = await customer('Low', { balance: '3.00' });
    await customer('Fine', { balance: '50.00' });
    await customer('Own threshold', { balance: '50.00', lowBalanceThreshold: '40.00' });
    await customer('Closed', { balance: '0.00', status: 'CLOSED' });

    expect(await checkLowBalances(partner.id, new Date('2026-11-27T10:00:00Z'))).toEqual({ lowCustomers: 1 });
    await checkLowBalances(partner.id, new Date('2026-11-27T20:00:00Z'));

    const notices = await db.notification.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(notices.map((notice) => notice.dedupeKey)).toEqual([`low-balance:customer:${low.id}:2026-11-27`, `low-balance:staff:${low.id}:2026-11-27`]);

    // 23:30 UTC is already the next day in Paris: a new notice.
    await checkLowBalances(partner.id, new Date('2026-11-27T23:30:00Z'));
    expect(await db.notification.count()).toBe(4);
  });

  it("shows each audience only its own notices and marks them read", async () => {
    const { partner, customer } = await seedPartner('audience');
    const low = await customer('Low', { balance: '1.00' });
    const other = await seedPartner('other');
    await other.customer('Other low', { balance: '1.00' });
    await checkLowBalances(partner.id);
    await checkLowBalances(other.partner.id);

    const staff: Scope = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u1', email: 's@x.test', partnerId: partner.id };
    const owner: Scope = { area: 'customer', role: 'CUSTOMER', userId: 'u2', email: 'c@x.test', partnerId: partner.id, customerId: low.id };

    const forStaff = await listNotifications(staff);
    expect(forStaff.unread).toBe(1);
    expect(forStaff.items[0]).toMatchObject({ title: 'Low is low on funds', link: `/partner/customers/${low.id}` });
    const forOwner = await listNotifications(owner);
    expect(forOwner.items.map((item) => item.title)).toEqual(['Your balance is low']);

    expect(await markNotificationsRead(owner)).toBe(1);
    expect((await listNotifications(owner)).unread).toBe(0);
    expect((await listNotifications(staff)).unread).toBe(1);
  });

  it('skips suspended partners', async () => {
    const { partner, customer } = await seedPartner('suspended');
    await customer('Low', { balance: '1.00' });
    await db.partner.update({ where: { id: partner.id }, data: { status: 'SUSPENDED' } });
    expect(await checkLowBalances(partner.id)).toEqual({ lowCustomers: 0 });
  });
});
