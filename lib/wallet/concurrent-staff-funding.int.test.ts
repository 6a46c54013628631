import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { checkLedgerInvariants } from './check-ledger-invariants';
import { fundCustomerWallet } from './fund-customer-wallet';
import { ledgerWalletBalance, sandboxTransfersFor, seedWalletTenant, startWalletVobizSandbox, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

const ACCOUNT = 'MA_TWOSTAFF';
let sandbox: RunningVobizSandbox;
let tenant: WalletTenant;

beforeEach(async () => {
  await resetDatabase();
  // Latency makes the two requests overlap at the provider, not just in the database.
  sandbox = await startWalletVobizSandbox([ACCOUNT], { faults: { latencyMs: 60, jitterMs: 40 } });
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, [ACCOUNT]);
});

afterEach(async () => {
  await sandbox.close();
});

it('two staff members funding the same customer at the same moment: both succeed exactly once', async () => {
  const customerId = tenant.customerIds[0]!;
  const [first, second] = await Promise.all([
    fundCustomerWallet(tenant.staff, { customerId, amount: '40.00', idempotencyKey: randomUUID() }, { ip: '192.0.2.1' }),
    fundCustomerWallet(tenant.otherStaff, { customerId, amount: '2.50', idempotencyKey: randomUUID() }, { ip: '192.0.2.2' }),
  ]);
  expect(first).toMatchObject({ ok: true, funding: { status: 'SETTLED', amount: '40.00' } });
  expect(second).toMatchObject({ ok: true, funding: { status: 'SETTLED', amount: '2.50' } });
  if (!first.ok || !second.ok) return;
  expect(first.funding.id).not.toBe(second.funding.id);

  expect(sandboxTransfersFor(sandbox, first.funding.id)).toBe(1);
  expect(sandboxTransfersFor(sandbox, second.funding.id)).toBe(1);
  expect(sandbox.transfers()).toHaveLength(2);
  expect(sandbox.accountBalance(ACCOUNT)).toBe('42.50000');
  expect(await ledgerWalletBalance(customerId)).toBe('42.50');
  const fundings = await testDb().walletFunding.findMany({ select: { requestedById: true, status: true } });
  expect(fundings.map((funding) => funding.requestedById).sort()).toEqual([tenant.staff.userId, tenant.otherStaff.userId].sort());
  expect(await testDb().ledgerAccount.count({ where: { kind: 'CUSTOMER_WALLET' } })).toBe(1);
  const check = await checkLedgerInvariants(tenant.admin);
  expect(check).toMatchObject({ unbalancedTransactionIds: [], accountsOutOfBalance: [] });
});
