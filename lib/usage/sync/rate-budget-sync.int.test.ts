import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startVoipAccountSandbox, type VoipAccountSandbox } from '@/lib/providers/voip-account/sandbox';
import { rateBudgetKey } from '@/lib/providers/voip-account/schemas';
import { cdrSyncJob } from './cdr-sync-job';
import { ensureSyncCursors } from './ensure-sync-cursors';
import { listDueSyncCursors } from './list-due-sync-cursors';
import { syncCdrCursor } from './sync-cdr-cursor';
import { seedSyncTenant, type SyncTenant } from './sync-test-fixture';

const ADMIN_KEY = 'budget-tests-admin-key';
const ACCOUNTS = [
  { providerAccountId: '4100000001', apikey: 'budget-tests-first-key' },
  { providerAccountId: '4100000002', apikey: 'budget-tests-second-key' },
];
const HTTP = { timeoutMs: 2_000 };
const HOUR_MS = 3_600_000;

let sandbox: VoipAccountSandbox;
let sandboxOffsetMs = 0;
let tenant: SyncTenant;

beforeEach(async () => {
  await resetDatabase();
  sandboxOffsetMs = 0;
  sandbox = await startVoipAccountSandbox({
    port: 0,
    // The sandbox keeps its own six-an-hour limit on this clock; tests move it with the database's.
    now: () => Date.now() + sandboxOffsetMs,
    seed: {
      partner: { name: 'Budget Tests', currency: 'USD', credentials: { adminApiKey: ADMIN_KEY } },
      accounts: ACCOUNTS.map((account, index) => ({ providerAccountId: account.providerAccountId, name: `Account ${index + 1}`, email: `a${index + 1}@budget.test`, country: 'US', balance: '5.00000', billingModel: 'PREPAID', authToken: account.apikey })),
      randomSeed: 77,
    },
  });
  tenant = await seedSyncTenant(
    { kind: 'VOIP_ACCOUNT', baseUrl: sandbox.url, credentials: { adminApiKey: ADMIN_KEY } },
    ACCOUNTS.map((account) => ({ accountId: account.providerAccountId, authToken: account.apikey })),
  );
  await ensureSyncCursors(testDb(), { partnerId: tenant.partnerId });
});

afterEach(async () => {
  await sandbox.close();
});

async function cursorOf(accountId: string) {
  return testDb().cdrSyncCursor.findFirstOrThrow({ where: { customerId: tenant.customerIds.get(accountId) } });
}

/** An hour passes for the portal's budget and the sandbox's own limit. */
async function letAnHourPass(): Promise<void> {
  await testDb().$executeRaw`UPDATE "ProviderCallLog" SET "calledAt" = "calledAt" - interval '1 hour'`;
  sandboxOffsetMs += HOUR_MS;
}

it('never sends a seventh call-record request within the hour: the cursor waits until the budget allows the next', async () => {
  const [first, second] = [await cursorOf(ACCOUNTS[0]!.providerAccountId), await cursorOf(ACCOUNTS[1]!.providerAccountId)];
  // A new cursor backfills 62 days in 31-day windows: three requests (the last one a few hours).
  expect(await syncCdrCursor(first.id, { http: HTTP })).toMatchObject({ status: 'synced' });
  expect(sandbox.hits('cdr')).toBe(3);
  // Both customers' syncs draw from the same six: the host's limit, not the customer's.
  expect(await syncCdrCursor(second.id, { http: HTTP })).toMatchObject({ status: 'synced' });
  expect(sandbox.hits('cdr')).toBe(6);

  const stopped = await syncCdrCursor(first.id, { http: HTTP });
  expect(stopped).toMatchObject({ status: 'waiting', inserted: 0 });
  expect(sandbox.hits('cdr')).toBe(6);
  const firstCall = await testDb().providerCallLog.findFirstOrThrow({ orderBy: { calledAt: 'asc' } });
  const retryAt = new Date(firstCall.calledAt.getTime() + HOUR_MS);
  expect(stopped.status === 'waiting' && stopped.retryAt).toEqual(retryAt);
  expect(await cursorOf(ACCOUNTS[0]!.providerAccountId)).toMatchObject({ state: 'WAITING_FOR_BUDGET', nextAllowedAt: retryAt });

  // The scheduler leaves it alone until then, and the job queues its next run for that moment.
  expect(await listDueSyncCursors(testDb(), new Date(Date.now() + 25 * 60_000))).not.toContain(first.id);
  const enqueue = vi.fn(async () => 'job-id');
  await cdrSyncJob.handler({ cursorId: first.id }, { enqueue });
  expect(enqueue).toHaveBeenCalledWith('cdr-sync', { cursorId: first.id }, { singletonKey: first.id, startAfter: retryAt });
  expect(sandbox.hits('cdr')).toBe(6);
});

it('keeps the progress made before the budget ran out and resumes from there once it allows', async () => {
  const accountId = ACCOUNTS[0]!.providerAccountId;
  const cursor = await cursorOf(accountId);
  // Five of the six requests were spent elsewhere this hour.
  const key = rateBudgetKey(sandbox.url, 'cdr');
  await testDb().providerCallLog.createMany({ data: Array.from({ length: 5 }, (_, index) => ({ budgetKey: key, calledAt: new Date(Date.now() - (50 - index) * 60_000) })) });

  const stopped = await syncCdrCursor(cursor.id, { http: HTTP });
  expect(stopped).toMatchObject({ status: 'waiting' });
  expect(sandbox.hits('cdr')).toBe(1);
  const waiting = await cursorOf(accountId);
  // The first 31-day window is in; the cursor stands at its end.
  const firstWindowEnd = cursor.syncedUntil.getTime() - 2 * HOUR_MS + 31 * 86_400_000;
  expect(waiting.syncedUntil.getTime()).toBe(firstWindowEnd);
  expect(waiting.state).toBe('WAITING_FOR_BUDGET');
  const afterFirstWindow = await testDb().cdr.count({ where: { partnerId: tenant.partnerId } });
  expect(afterFirstWindow).toBeGreaterThan(50);
  expect(waiting.callsImported).toBe(afterFirstWindow);
  expect(await testDb().cdr.count({ where: { partnerId: tenant.partnerId, startedAt: { gte: new Date(firstWindowEnd) } } })).toBe(0);

  await letAnHourPass();
  const resumed = await syncCdrCursor(cursor.id, { http: HTTP });
  expect(resumed).toMatchObject({ status: 'synced' });
  // Two more windows: from the cursor (less the overlap) to now.
  expect(sandbox.hits('cdr')).toBe(3);
  const done = await cursorOf(accountId);
  expect(done).toMatchObject({ state: 'IDLE', nextAllowedAt: null });
  const total = await testDb().cdr.count({ where: { partnerId: tenant.partnerId } });
  expect(total).toBeGreaterThan(afterFirstWindow * 1.5);
  expect(done.callsImported).toBe(total);
  const bodies = sandbox.requestBodies('cdr');
  // The resumed request starts where the first one ended, less the two-hour overlap.
  expect(bodies[1]).toMatchObject({ end: Math.floor((firstWindowEnd - 2 * HOUR_MS) / 1000) });
});
