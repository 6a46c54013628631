import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startCliqtelSandbox, type CliqtelSandbox } from '@/lib/providers/cliqtel/sandbox';
import { ensureSyncCursors } from './ensure-sync-cursors';
import { syncCdrCursor } from './sync-cdr-cursor';
import { seedSyncTenant, type SyncTenant } from './sync-test-fixture';

const PARTNER_TOKEN = '7|cursor-tests-partner-key';
const KEYS = { 'CQ-1': '21|cursor-tests-first-key', 'CQ-2': '22|cursor-tests-second-key' };
const DAY_MS = 86_400_000;
let sandbox: CliqtelSandbox;
let tenant: SyncTenant;

beforeAll(async () => {
  await resetDatabase();
  sandbox = await startCliqtelSandbox({
    port: 0,
    seed: {
      partner: { name: 'Cursor Tests', currency: 'EUR', credentials: { apiToken: PARTNER_TOKEN } },
      accounts: Object.entries(KEYS).map(([id, key], index) => ({ providerAccountId: id, name: `Account ${index + 1}`, email: `a${index + 1}@cursors.test`, country: 'FR', balance: '20.00', billingModel: 'PREPAID', authToken: key })),
      randomSeed: 9,
    },
  });
  tenant = await seedSyncTenant({ kind: 'CLIQTEL', baseUrl: sandbox.url, credentials: { apiToken: PARTNER_TOKEN } }, [{ accountId: 'CQ-1', authToken: KEYS['CQ-1'] }], {
    slug: 'cursors',
    currency: 'EUR',
    timeZone: 'Europe/Paris',
  });
});

afterAll(async () => {
  await sandbox.close();
});

it('creates one cursor per customer where only the customer’s own key lists its calls, 62 days back, once', async () => {
  const now = new Date();
  expect(await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId }, now)).toBe(1);
  expect(await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId }, now)).toBe(0);
  const cursor = await testDb().cdrSyncCursor.findFirstOrThrow({ where: { partnerId: tenant.partnerId } });
  expect(cursor).toMatchObject({ scopeKey: tenant.customerIds.get('CQ-1'), customerId: tenant.customerIds.get('CQ-1'), state: 'IDLE', callsImported: 0 });
  expect(cursor.syncedUntil.getTime()).toBe(now.getTime() - 62 * DAY_MS);
});

it('adds the cursor of a customer linked later; suspended partners get none', async () => {
  const second = await testDb().customer.create({
    data: { partnerId: tenant.partnerId, connectionId: tenant.connectionId, name: 'Later', email: 'later@cursors.test', providerAccountId: 'CQ-2', status: 'ACTIVE', currency: 'EUR' },
  });
  expect(await ensureSyncCursors(testDb())).toBe(1);
  expect(await testDb().cdrSyncCursor.count({ where: { customerId: second.id } })).toBe(1);

  const other = await seedSyncTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: { authId: 'PA_X', authToken: 'x' } }, [], { slug: 'suspended' });
  await testDb().partner.update({ where: { id: other.partnerId }, data: { status: 'SUSPENDED' } });
  expect(await ensureSyncCursors(testDb())).toBe(0);
});

it('imports each customer’s calls with its own key, and says why a customer without a key cannot be synced', async () => {
  const [first, second] = await Promise.all(
    ['CQ-1', 'CQ-2'].map(async (accountId) => {
      const customer = await testDb().customer.findFirstOrThrow({ where: { partnerId: tenant.partnerId, providerAccountId: accountId } });
      return testDb().cdrSyncCursor.findFirstOrThrow({ where: { customerId: customer.id } });
    }),
  );
  const synced = await syncCdrCursor(first!.id, { http: { timeoutMs: 2_000, retryLimit: 1 } });
  expect(synced).toMatchObject({ status: 'synced', unknownAccount: 0, currencyMismatch: 0 });
  const stored = await testDb().cdr.findMany({ where: { partnerId: tenant.partnerId }, select: { customerId: true, currency: true, destinationCountry: true, startedAt: true } });
  expect(stored.length).toBe(synced.status === 'synced' ? synced.inserted : -1);
  expect(stored.length).toBeGreaterThan(50);
  expect(new Set(stored.map((call) => call.customerId))).toEqual(new Set([first!.customerId]));
  expect(stored.every((call) => call.currency === 'EUR')).toBe(true);
  // Two months of history, to many countries.
  expect(Math.min(...stored.map((call) => call.startedAt.getTime()))).toBeLessThan(Date.now() - 50 * DAY_MS);
  expect(new Set(stored.map((call) => call.destinationCountry)).size).toBeGreaterThan(3);

  // The second customer was linked without its key.
  const failed = await syncCdrCursor(second!.id, { http: { timeoutMs: 2_000, retryLimit: 1 } });
  expect(failed).toMatchObject({ status: 'failed' });
  expect(await testDb().cdrSyncCursor.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ state: 'FAILED', lastError: expect.stringMatching(/key|token|credential/i) });
});
