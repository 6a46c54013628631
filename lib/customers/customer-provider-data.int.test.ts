import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { startVobizSandbox, type RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { encryptSecretJson } from '@/lib/secrets/encrypt-secret';
import { listProviderInvoices } from '@/lib/invoices/list-provider-invoices';
import { getCustomerProviderBalance } from './get-customer-provider-balance';
import { getCustomerRecentCalls } from './get-customer-recent-calls';
import { getCustomerWalletTransactions } from './get-customer-wallet-transactions';

const db = testDb();
const CREDENTIALS = { authId: 'PA_TEST', authToken: 'vobiz-partner-token-for-tests' };
let sandbox: RunningVobizSandbox;
let staff: PartnerScope;
let otherStaff: PartnerScope;
const ids = { linked: '', unlinked: '' };

beforeAll(async () => {
  sandbox = await startVobizSandbox({
    port: 0,
    seed: {
      partner: { name: 'Test', currency: 'USD', credentials: CREDENTIALS },
      accounts: [{ providerAccountId: 'MA_TEST0001', name: 'Acme', email: 'it@acme.test', balance: '125.50000', billingModel: 'PREPAID' }],
      randomSeed: 7,
    },
  });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(async () => {
  await resetDatabase();
  sandbox.setFaults({ errorRate: 0 });
  const partner = await db.partner.create({ data: { slug: 'a', name: 'A', currency: 'USD' } });
  const other = await db.partner.create({ data: { slug: 'b', name: 'B', currency: 'USD' } });
  const connection = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: 'VOBIZ', label: 'Vobiz', baseUrl: sandbox.url, secretsEnc: await encryptSecretJson(CREDENTIALS, db) },
  });
  const customer = (data: { name: string; providerAccountId?: string }) =>
    db.customer.create({ data: { ...data, partnerId: partner.id, connectionId: connection.id, email: 'it@acme.test', currency: 'USD', balance: '1', updatedAt: new Date('2026-01-01') } });
  ids.linked = (await customer({ name: 'Acme', providerAccountId: 'MA_TEST0001' })).id;
  ids.unlinked = (await customer({ name: 'Not yet provisioned' })).id;
  staff = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u1', email: 'staff@a.test', partnerId: partner.id };
  otherStaff = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u2', email: 'staff@b.test', partnerId: other.id };
});

describe('getCustomerProviderBalance', () => {
  it('returns the live balance and keeps the customer row in step, without marking it edited', async () => {
    const before = await db.customer.findUniqueOrThrow({ where: { id: ids.linked } });
    const view = await getCustomerProviderBalance(staff, ids.linked);
    expect(view).toMatchObject({ kind: 'data', fresh: true, error: null, data: { balance: { currency: 'USD' } } });
    const row = await db.customer.findUniqueOrThrow({ where: { id: ids.linked } });
    expect(row.balance.toFixed(2)).toBe('125.50');
    expect(row.balanceUpdatedAt).not.toBeNull();
    expect(row.updatedAt).toEqual(before.updatedAt);
  });

  it('shows the last known balance with its age and the reason when the provider fails, and keeps the stored one', async () => {
    const first = await getCustomerProviderBalance(staff, ids.linked);
    sandbox.setFaults({ errorRate: 1 });
    const view = await getCustomerProviderBalance(staff, ids.linked);
    expect(view?.kind).toBe('data');
    if (view?.kind !== 'data' || first?.kind !== 'data') return;
    expect(view).toMatchObject({ fresh: false, fetchedAt: first.fetchedAt, data: first.data });
    expect(view.error?.message).toBeTruthy();
    expect((await db.customer.findUniqueOrThrow({ where: { id: ids.linked } })).balanceUpdatedAt).toEqual(first.fetchedAt);
  });

  it('says why when the customer has no provider account yet, and is null for another partner', async () => {
    expect(await getCustomerProviderBalance(staff, ids.unlinked)).toEqual({ kind: 'unavailable', reason: expect.stringMatching(/no account at the provider/) });
    expect(await getCustomerProviderBalance(otherStaff, ids.linked)).toBeNull();
  });
});

describe('customer records read from the provider', () => {
  it('lists recent calls and wallet transactions, newest first', async () => {
    const calls = await getCustomerRecentCalls(staff, ids.linked);
    expect(calls).toMatchObject({ kind: 'data', fresh: true, error: null });
    if (calls?.kind !== 'data') return;
    expect(calls.data!.items.length).toBeGreaterThan(0);
    const started = calls.data!.items.map((call) => call.startedAt.getTime());
    expect(started).toEqual([...started].sort((a, b) => b - a));
    expect(started.every((time) => time >= Date.now() - 7 * 86_400_000)).toBe(true);

    const transactions = await getCustomerWalletTransactions(staff, ids.linked);
    expect(transactions).toMatchObject({ kind: 'data', fresh: true, error: null });
  });

  it('says why a capability the provider lacks is unavailable', async () => {
    expect(await listProviderInvoices(staff, ids.linked, 1, 10)).toEqual({ kind: 'unavailable', reason: expect.stringMatching(/invoices/i) });
  });

  it('serves cached records with the error when the provider fails, and revives their dates', async () => {
    await getCustomerRecentCalls(staff, ids.linked);
    sandbox.setFaults({ errorRate: 1 });
    const calls = await getCustomerRecentCalls(staff, ids.linked);
    expect(calls).toMatchObject({ kind: 'data', fresh: false, error: { code: expect.any(String) } });
    if (calls?.kind !== 'data') return;
    for (const call of calls.data!.items) expect(call.startedAt).toBeInstanceOf(Date);
  });

  it('reports a failure without cached data as an error, not an exception', async () => {
    sandbox.setFaults({ errorRate: 1 });
    expect(await getCustomerWalletTransactions(staff, ids.linked)).toMatchObject({ kind: 'data', data: null, fetchedAt: null, error: { message: expect.any(String) } });
  });

  it('is null for another partner’s customer', async () => {
    expect(await getCustomerRecentCalls(otherStaff, ids.linked)).toBeNull();
    expect(await getCustomerWalletTransactions(otherStaff, ids.linked)).toBeNull();
  });
});
