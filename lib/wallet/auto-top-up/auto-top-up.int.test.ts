import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { fundCustomerWallet, type FundingDeps } from '../fund-customer-wallet';
import { seedWalletTenant, startWalletVobizSandbox, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from '../wallet-test-fixture';
import { runAutoTopUp } from './run-auto-top-up';
import { saveAutoTopUpRule } from './save-auto-top-up-rule';

const db = testDb();
const ACCOUNTS = ['MA_AUTO0001'];
const DEPS: FundingDeps = { http: { timeoutMs: 2_000, retryLimit: 1, backoffLimitMs: 20 }, inFlightWaitMs: 5_000 };
let sandbox: RunningVobizSandbox;
let tenant: WalletTenant;
let customerId: string;

const saveRule = (rule: { triggerBalance: string; amount: string; dailyCap: string; enabled?: 'on' | 'off' }, scope = tenant.admin) =>
  saveAutoTopUpRule(scope, { customerId, enabled: 'on', ...rule }, { ip: null });

async function autoFundingsTotal(): Promise<string> {
  const { _sum } = await db.walletFunding.aggregate({ where: { customerId, origin: 'AUTO_TOP_UP', status: { in: ['PENDING', 'SETTLED'] } }, _sum: { amount: true } });
  return _sum.amount?.toFixed(2) ?? '0.00';
}

beforeEach(async () => {
  await resetDatabase();
  sandbox = await startWalletVobizSandbox(ACCOUNTS);
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, ACCOUNTS, { slug: 'auto' });
  customerId = tenant.customerIds[0]!;
});

afterEach(async () => {
  await sandbox.close();
});

describe('runAutoTopUp', () => {
  it('tops a wallet below its trigger up through the idempotent funding path, marked as an auto top-up', async () => {
    expect(await saveRule({ triggerBalance: '10.00', amount: '20.00', dailyCap: '100.00' })).toEqual({ ok: true });

    const outcome = await runAutoTopUp(tenant.partnerId, customerId, DEPS);

    expect(outcome).toMatchObject({ kind: 'funded', status: 'SETTLED' });
    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('20.00000');
    const funding = await db.walletFunding.findFirstOrThrow({ where: { customerId } });
    expect(funding).toMatchObject({ origin: 'AUTO_TOP_UP', status: 'SETTLED', requestedById: 'system:auto-top-up' });
    expect(funding.idempotencyKey).toMatch(/^auto-top-up:.+:\d{4}-\d{2}-\d{2}:1$/);
    const notices = await db.notification.findMany({ where: { customerId, kind: 'auto-top-up.sent' } });
    expect(notices).toHaveLength(1);
  });

  it('does nothing while the balance is at or above the trigger', async () => {
    await saveRule({ triggerBalance: '0.00', amount: '20.00', dailyCap: '100.00' });
    expect(await runAutoTopUp(tenant.partnerId, customerId, DEPS)).toEqual({ kind: 'not-needed', balance: '0' });
    expect(await db.walletFunding.count()).toBe(0);
  });

  it('never exceeds the daily cap, however often it runs', async () => {
    // The trigger stays above the balance, so every run wants another top-up.
    await saveRule({ triggerBalance: '1000.00', amount: '20.00', dailyCap: '50.00' });

    const outcomes = [];
    for (let run = 0; run < 5; run += 1) outcomes.push((await runAutoTopUp(tenant.partnerId, customerId, DEPS)).kind);

    expect(outcomes).toEqual(['funded', 'funded', 'capped', 'capped', 'capped']);
    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('40.00000');
    expect(await autoFundingsTotal()).toBe('40.00');
    const rule = await db.autoTopUpRule.findUniqueOrThrow({ where: { customerId } });
    expect(rule.lastError).toBe('Daily cap reached.');
    expect(await db.notification.count({ where: { kind: 'auto-top-up.capped' } })).toBe(1);
  });

  it('stays within the cap when several runners race on one customer', async () => {
    await saveRule({ triggerBalance: '1000.00', amount: '20.00', dailyCap: '50.00' });

    for (let round = 0; round < 3; round += 1) {
      await Promise.all([1, 2, 3].map(() => runAutoTopUp(tenant.partnerId, customerId, DEPS)));
    }

    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('40.00000');
    expect(await autoFundingsTotal()).toBe('40.00');
  });

  it('does not count staff fundings against the cap', async () => {
    await saveRule({ triggerBalance: '1000.00', amount: '20.00', dailyCap: '20.00' });
    const manual = await fundCustomerWallet(tenant.staff, { customerId, amount: '30.00', idempotencyKey: randomUUID() }, { ip: null }, DEPS);
    expect(manual.ok).toBe(true);

    expect((await runAutoTopUp(tenant.partnerId, customerId, DEPS)).kind).toBe('funded');
    expect((await runAutoTopUp(tenant.partnerId, customerId, DEPS)).kind).toBe('capped');
    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('50.00000');
  });

  it('skips disabled rules and suspended partners', async () => {
    await saveRule({ triggerBalance: '1000.00', amount: '20.00', dailyCap: '50.00', enabled: 'off' });
    expect((await runAutoTopUp(tenant.partnerId, customerId, DEPS)).kind).toBe('skipped');

    await saveRule({ triggerBalance: '1000.00', amount: '20.00', dailyCap: '50.00' });
    await db.partner.update({ where: { id: tenant.partnerId }, data: { status: 'SUSPENDED' } });
    expect(await runAutoTopUp(tenant.partnerId, customerId, DEPS)).toEqual({ kind: 'skipped', reason: 'The partner is suspended.' });
    expect(await db.walletFunding.count()).toBe(0);
  });
});

describe('saveAutoTopUpRule', () => {
  it('rejects a cap below one top-up, and amounts finer than the currency, with field errors', async () => {
    expect(await saveRule({ triggerBalance: '5', amount: '20.00', dailyCap: '10.00' })).toEqual({
      ok: false,
      fieldErrors: { dailyCap: ['The daily cap must be at least one top-up amount.'] },
    });
    expect(await saveRule({ triggerBalance: '5.001', amount: '20.00', dailyCap: '40.00' })).toEqual({
      ok: false,
      fieldErrors: { triggerBalance: ['USD amounts have at most 2 decimals.'] },
    });
  });

  it('is for partner admins only', async () => {
    await expect(saveRule({ triggerBalance: '5', amount: '20.00', dailyCap: '40.00' }, tenant.staff)).rejects.toThrow('Only partner admins');
  });
});
