import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { Prisma } from '@/lib/db/client';
import { scopedDb } from '@/lib/tenancy/scoped-db';
import { checkLedgerInvariants } from './check-ledger-invariants';
import { recordFundingRequest, releaseFunding, settleFunding } from './funding-transitions';
import { customerWalletAccount, partnerFundingAccount } from './ledger-accounts';
import { LedgerUnbalanced, postLedgerTransaction } from './post-ledger-transaction';
import { ledgerBalanceOfKind, ledgerWalletBalance, seedWalletTenant, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

const db = testDb();
const D = (value: string) => new Prisma.Decimal(value);
let tenant: WalletTenant;
let customerId: string;

beforeEach(async () => {
  await resetDatabase();
  // These tests never reach the provider: the connection only has to exist.
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: VOBIZ_TEST_CREDENTIALS }, ['MA_LEDGER1']);
  customerId = tenant.customerIds[0]!;
});

const actor = () => ({ userId: tenant.staff.userId, email: tenant.staff.email, partnerId: tenant.partnerId, ip: null });

function requestFunding(amount: string) {
  return recordFundingRequest(scopedDb(tenant.staff), actor(), { customerId, customerName: 'Customer 1', amount: D(amount), currency: 'USD', idempotencyKey: randomUUID(), description: null });
}

describe('postLedgerTransaction', () => {
  it('refuses entries that do not sum to zero, or mix currencies, and writes nothing', async () => {
    const scoped = scopedDb(tenant.staff);
    const unbalanced = scoped.$transaction((tx) =>
      postLedgerTransaction(tx, {
        partnerId: tenant.partnerId,
        fundingId: null,
        kind: 'test',
        description: 'unbalanced',
        movements: [
          { account: partnerFundingAccount(tenant.partnerId, 'USD'), amount: D('-10') },
          { account: customerWalletAccount(customerId, 'USD'), amount: D('9.99') },
        ],
      }),
    );
    await expect(unbalanced).rejects.toThrow(LedgerUnbalanced);
    const mixed = scoped.$transaction((tx) =>
      postLedgerTransaction(tx, {
        partnerId: tenant.partnerId,
        fundingId: null,
        kind: 'test',
        description: 'mixed',
        movements: [
          { account: partnerFundingAccount(tenant.partnerId, 'USD'), amount: D('-10') },
          { account: customerWalletAccount(customerId, 'EUR'), amount: D('10') },
        ],
      }),
    );
    await expect(mixed).rejects.toThrow(LedgerUnbalanced);
    expect(await db.ledgerTransaction.count()).toBe(0);
    expect(await db.ledgerAccount.count()).toBe(0);
  });

  it('opens one account per natural key even when its first uses arrive together', async () => {
    await Promise.all(['1', '2', '3', '4', '5'].map((amount) => requestFunding(amount)));
    expect(await db.ledgerAccount.count()).toBe(2);
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('15.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe('-15.00');
  });
});

describe('funding transitions', () => {
  it('every transaction sums to zero and every balance is the sum of its entries, through each path', async () => {
    const settled = await requestFunding('10');
    const failed = await requestFunding('3');
    const reversed = await requestFunding('2');
    await settleFunding(scopedDb(tenant.staff), actor(), settled.id, { providerTransactionId: 'txn_1', balanceAfter: { amount: '10', currency: 'USD' }, via: 'provider' });
    await releaseFunding(scopedDb(tenant.staff), actor(), failed.id, { status: 'FAILED', reason: 'refused' });
    await releaseFunding(scopedDb(tenant.staff), actor(), reversed.id, { status: 'REVERSED', reason: 'not found' });
    const check = await checkLedgerInvariants(tenant.admin);
    expect(check).toEqual({ transactions: 6, unbalancedTransactionIds: [], accountsOutOfBalance: [] });
    expect(await ledgerWalletBalance(customerId)).toBe('10.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('0.00');
    // Each entry sums to zero per transaction, checked independently of the service.
    const sums = await db.ledgerEntry.groupBy({ by: ['transactionId'], _sum: { amount: true } });
    expect(sums.every((row) => row._sum.amount?.isZero())).toBe(true);
  });

  it('posts a settlement once when two workers settle the same funding together', async () => {
    const funding = await requestFunding('8');
    const settle = () => settleFunding(scopedDb(tenant.staff), actor(), funding.id, { providerTransactionId: 'txn_8', balanceAfter: null, via: 'reconciliation' });
    const results = await Promise.all([settle(), settle(), settle()]);
    expect(results.every((result) => result.status === 'SETTLED')).toBe(true);
    expect(await db.ledgerTransaction.count({ where: { fundingId: funding.id, kind: 'funding.settled' } })).toBe(1);
    expect(await ledgerWalletBalance(customerId)).toBe('8.00');
    expect(await db.auditEvent.count({ where: { action: 'wallet.funding.settle' } })).toBe(1);
  });

  it('does not settle a funding that failed, nor fail one that settled', async () => {
    const funding = await requestFunding('6');
    await releaseFunding(scopedDb(tenant.staff), actor(), funding.id, { status: 'FAILED', reason: 'refused' });
    const after = await settleFunding(scopedDb(tenant.staff), actor(), funding.id, { providerTransactionId: null, balanceAfter: null, via: 'provider' });
    expect(after.status).toBe('FAILED');
    expect(await ledgerWalletBalance(customerId)).toBe('0.00');
  });

  it('settles a funding the provider applied after reconciliation had reversed it, from the partner’s money', async () => {
    const funding = await requestFunding('5');
    await releaseFunding(scopedDb(tenant.staff), actor(), funding.id, { status: 'REVERSED', reason: 'not found' });
    const late = await settleFunding(scopedDb(tenant.staff), actor(), funding.id, { providerTransactionId: 'txn_late', balanceAfter: null, via: 'reconciliation' });
    expect(late.status).toBe('SETTLED');
    expect(await ledgerWalletBalance(customerId)).toBe('5.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe('-5.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('0.00');
    expect(await db.ledgerTransaction.count({ where: { kind: 'funding.settled-after-reversal' } })).toBe(1);
    expect(await checkLedgerInvariants(tenant.admin)).toMatchObject({ unbalancedTransactionIds: [], accountsOutOfBalance: [] });
  });
});
