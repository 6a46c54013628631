import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { decryptSecret } from '@/lib/secrets/encrypt-secret';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from './demo-data';
import { seedDemoData } from './seed-demo-data';

const db = testDb();

async function snapshot() {
  const [partners, users, connections, customers] = await Promise.all([
    db.partner.findMany({ orderBy: { id: 'asc' } }),
    db.user.findMany({ orderBy: { id: 'asc' } }),
    db.providerConnection.findMany({ orderBy: { id: 'asc' } }),
    db.customer.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { partners, users, connections, customers };
}

beforeAll(async () => {
  await resetDatabase();
});

describe('seedDemoData', () => {
  it('creates a platform admin and two partners with an admin, a staff user and two customers each', async () => {
    const credentials = await seedDemoData(db);
    expect(credentials.filter((c) => c.role === 'PLATFORM_ADMIN')).toHaveLength(1);
    expect(credentials.filter((c) => c.role === 'PARTNER_ADMIN')).toHaveLength(2);
    expect(credentials.filter((c) => c.role === 'PARTNER_STAFF')).toHaveLength(2);
    expect(credentials.filter((c) => c.role === 'CUSTOMER')).toHaveLength(4);
    const { partners, customers, users } = await snapshot();
    expect(partners).toHaveLength(2);
    expect(await db.providerConnection.count()).toBe(4);
    expect(customers).toHaveLength(6);
    expect(users).toHaveLength(9);
    expect(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('stores provider secrets encrypted', async () => {
    const customer = await db.customer.findFirstOrThrow();
    expect(customer.authTokenEnc).toMatch(/^v1\./);
    expect(await decryptSecret(customer.authTokenEnc!, db)).toMatch(/demo-/);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    await seedDemoData(db);
    expect(await snapshot()).toEqual(before);
  });
});
