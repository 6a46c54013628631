import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { checkLedgerInvariants } from './check-ledger-invariants';
import { fundCustomerWallet, type FundingDeps } from './fund-customer-wallet';
import { getCustomerWallet } from './get-customer-wallet';
import { listPendingFundings, listWalletDrift } from './get-wallet-reconciliation';
import { reconcilePendingFundings } from './reconcile-pending-fundings';
import { seedWalletTenant, startWalletVobizSandbox, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

const ACCOUNTS = ['MA_VIEW0001', 'MA_VIEW0002'];
const DEPS: FundingDeps = { http: { timeoutMs: 400, retryLimit: 1, backoffLimitMs: 20 } };
let sandbox: RunningVobizSandbox;
let tenant: WalletTenant;

beforeEach(async () => {
  await resetDatabase();
  sandbox = await startWalletVobizSandbox(ACCOUNTS);
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, ACCOUNTS);
});

afterEach(async () => {
  await sandbox.close();
});

const fund = (customerId: string, amount: string, description?: string) => fundCustomerWallet(tenant.staff, { customerId, amount, idempotencyKey: randomUUID(), description }, { ip: null }, DEPS);

it('shows a customer’s ledger balance, what is pending and the recent fundings, newest first', async () => {
  const [customerId] = tenant.customerIds as [string];
  await fund(customerId, '10.00', 'first');
  sandbox.setFaults({ lostResponseRate: 1 });
  await fund(customerId, '5.00', 'second');
  sandbox.setFaults({ lostResponseRate: 0 });

  const wallet = await getCustomerWallet(tenant.staff, customerId);
  expect(wallet).toMatchObject({ ledgerBalance: '10.00', pendingAmount: '5.00', pendingCount: 1, currency: 'USD', billingModel: 'PREPAID', creditLimit: '0.00', funding: { supported: true } });
  expect(wallet?.recentFundings.map((funding) => [funding.description, funding.status, funding.outcomeUnknown])).toEqual([
    ['second', 'PENDING', true],
    ['first', 'SETTLED', false],
  ]);
  const other = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, [], { slug: 'other' });
  expect(await getCustomerWallet(other.staff, customerId)).toBeNull();
  expect(await listPendingFundings(other.staff)).toEqual([]);
});

it('compares ledger and provider per customer: pending, then matching once reconciled, drift when they disagree', async () => {
  const [first, second] = tenant.customerIds as [string, string];
  await fund(second, '3.00');
  sandbox.setFaults({ lostResponseRate: 1 });
  await fund(first, '7.00');
  sandbox.setFaults({ lostResponseRate: 0 });

  const pending = await listPendingFundings(tenant.staff);
  expect(pending).toEqual([expect.objectContaining({ customerId: first, customerName: 'Customer 1', amount: '7.00', status: 'PENDING', outcomeUnknown: true })]);
  let drift = await listWalletDrift(tenant.staff);
  expect(drift.total).toBe(1);
  expect(drift.rows).toEqual([expect.objectContaining({ customerId: second, ledgerBalance: '3.00', difference: '0.00', state: 'matches' })]);

  await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 0, http: DEPS.http });
  drift = await listWalletDrift(tenant.staff);
  expect(drift.rows.map((row) => [row.customerName, row.ledgerBalance, row.provider.balance, row.state])).toEqual([
    ['Customer 2', '3.00', '3.00', 'matches'],
    ['Customer 1', '7.00', '7.00', 'matches'],
  ]);
  expect(drift.rows[0]?.provider.fetchedAt).toBeInstanceOf(Date);

  // A ledger tampered with outside the service: drift is flagged, and the integrity check names the account.
  await testDb().ledgerAccount.updateMany({ where: { customerId: first, kind: 'CUSTOMER_WALLET' }, data: { balance: '6.00' } });
  drift = await listWalletDrift(tenant.staff);
  expect(drift.rows.find((row) => row.customerId === first)).toMatchObject({ difference: '1.00', state: 'drift' });
  expect((await checkLedgerInvariants(tenant.admin)).accountsOutOfBalance).toEqual([{ key: expect.stringContaining(first), balance: '6', entriesSum: '7' }]);
});

it('shows the last known provider balance with its age when the provider stops answering', async () => {
  const [customerId] = tenant.customerIds as [string];
  await fund(customerId, '4.00');
  const live = await listWalletDrift(tenant.staff);
  sandbox.setFaults({ errorRate: 1 });
  const cached = await listWalletDrift(tenant.staff);
  expect(cached.rows[0]).toMatchObject({ state: 'matches', provider: { balance: '4.00', fresh: false, fetchedAt: live.rows[0]!.provider.fetchedAt, problem: expect.stringMatching(/not responding/) } });
});
