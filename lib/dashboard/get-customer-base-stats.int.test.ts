import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { PartnerScope } from '../auth/require-partner-admin';
import { getCustomerBaseStats } from './get-customer-base-stats';

const db = testDb();

async function seedPartner(slug: string) {
  const partner = await db.partner.create({ data: { slug, name: slug, currency: 'USD', timeZone: 'America/New_York' } });
  const connection = await db.providerConnection.create({ data: { partnerId: partner.id, kind: 'VOBIZ', label: 'v', baseUrl: 'http://127.0.0.1:9', secretsEnc: 'x' } });
  const add = (name: string, data: { balance: string; currency?: string; status?: 'ACTIVE' | 'PENDING' | 'CLOSED'; createdAt?: Date }) =>
    db.customer.create({ data: { partnerId: partner.id, connectionId: connection.id, name, email: `${name}@${slug}.test`, currency: 'USD', status: 'ACTIVE', ...data } });
  const scope: PartnerScope = { area: 'partner', role: 'PARTNER_ADMIN', userId: `${slug}-admin`, email: `admin@${slug}.test`, partnerId: partner.id };
  return { add, scope };
}

beforeEach(resetDatabase);

describe('getCustomerBaseStats', () => {
  it('counts customers, new ones per month in the partner time zone, and open balances per currency', async () => {
    const { add, scope } = await seedPartner('stats');
    const now = new Date();
    await add('A', { balance: '10.50' });
    await add('B', { balance: '4.25', status: 'PENDING' });
    await add('C', { balance: '7.00', currency: 'EUR' });
    await add('Closed', { balance: '100.00', status: 'CLOSED' });
    await add('Old', { balance: '1.00', createdAt: new Date(now.getTime() - 400 * 24 * 3600_000) });
    const other = await seedPartner('other');
    await other.add('Elsewhere', { balance: '999.00' });

    const stats = await getCustomerBaseStats(scope);

    expect(stats.total).toBe(5);
    expect(stats.active).toBe(3);
    expect(stats.balances).toEqual([
      { currency: 'EUR', total: '7.00' },
      { currency: 'USD', total: '15.75' },
    ]);
    expect(stats.newByMonth).toHaveLength(6);
    // Four were created now (the old one is outside the six months); none of the other partner's.
    expect(stats.newByMonth.at(-1)!.count).toBe(4);
    expect(stats.newByMonth.reduce((sum, month) => sum + month.count, 0)).toBe(4);
  });
});
