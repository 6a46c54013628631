import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { checkLedgerInvariants } from './check-ledger-invariants';
import { fundCustomerWallet, type FundingDeps } from './fund-customer-wallet';
import { reconcilePendingFundings } from './reconcile-pending-fundings';
import { ledgerBalanceOfKind, ledgerWalletBalance, sandboxTransfersFor, seedWalletTenant, startWalletVobizSandbox, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

const db = testDb();
const ACCOUNTS = ['MA_WALLET01', 'MA_WALLET02'];
// Tight timeouts keep the fault cases quick; a write is never retried by the HTTP layer anyway.
const DEPS: FundingDeps = { http: { timeoutMs: 400, retryLimit: 1, backoffLimitMs: 20 }, inFlightWaitMs: 3_000 };
const ctx = { ip: '192.0.2.10' };
let sandbox: RunningVobizSandbox;
let tenant: WalletTenant;
let customerId: string;

const fund = (amount: string, key = randomUUID(), scope = tenant.staff) => fundCustomerWallet(scope, { customerId, amount, idempotencyKey: key }, ctx, DEPS);

async function expectSoundLedger() {
  const check = await checkLedgerInvariants(tenant.admin);
  expect(check.unbalancedTransactionIds).toEqual([]);
  expect(check.accountsOutOfBalance).toEqual([]);
}

beforeEach(async () => {
  await resetDatabase();
  sandbox = await startWalletVobizSandbox(ACCOUNTS);
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, ACCOUNTS);
  customerId = tenant.customerIds[0]!;
});

afterEach(async () => {
  await sandbox.close();
});

describe('fundCustomerWallet', () => {
  it('settles a transfer: the provider moves it once and the ledger posts the hold, then the wallet', async () => {
    const result = await fundCustomerWallet(tenant.staff, { customerId, amount: '25.50', idempotencyKey: randomUUID(), description: 'Top-up' }, ctx, DEPS);
    expect(result).toMatchObject({ ok: true, funding: { status: 'SETTLED', outcomeUnknown: false, amount: '25.50', currency: 'USD' } });
    if (!result.ok) return;
    expect(sandboxTransfersFor(sandbox, result.funding.id)).toBe(1);
    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('25.50000');
    expect(await ledgerWalletBalance(customerId)).toBe('25.50');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe('-25.50');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('0.00');
    const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer.balance.toFixed(2)).toBe('25.50');
    expect(customer.balanceUpdatedAt).not.toBeNull();
    const funding = await db.walletFunding.findUniqueOrThrow({ where: { id: result.funding.id } });
    expect(funding).toMatchObject({ requestedById: tenant.staff.userId, description: 'Top-up', attempts: 1 });
    expect(funding.providerTransactionId).toMatch(/^txn_/);
    const actions = await db.auditEvent.findMany({ where: { entityType: 'Customer', entityId: customerId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorEmail: true, ip: true } });
    expect(actions.map((event) => event.action)).toEqual(['wallet.funding.request', 'wallet.funding.settle']);
    expect(actions[0]).toMatchObject({ actorEmail: tenant.staff.email, ip: ctx.ip });
    await expectSoundLedger();
  });

  it.each([
    ['0', /greater than zero/],
    ['-5', /as a number/],
    ['1.234', /at most 2 decimals/],
    ['12abc', /as a number/],
    ['', /Enter an amount/],
    ['99999999999999', /too large/],
  ])('refuses the amount %j beside the field and records nothing', async (amount, message) => {
    const result = await fund(amount);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.amount?.join(' ')).toMatch(message);
    expect(await db.walletFunding.count()).toBe(0);
    expect(await db.ledgerTransaction.count()).toBe(0);
    expect(sandbox.transfers()).toHaveLength(0);
  });

  it('enforces the partner’s per-transfer limit', async () => {
    await db.partner.update({ where: { id: tenant.partnerId }, data: { maxTransferAmount: '100' } });
    const over = await fund('100.01');
    expect(over.ok === false && over.fieldErrors.amount?.[0]).toMatch(/most you can transfer at once is \$100\.00/);
    expect((await fund('100.00')).ok).toBe(true);
    expect(sandbox.transfers()).toHaveLength(1);
  });

  it('explains why a customer cannot be funded and records nothing', async () => {
    await db.customer.update({ where: { id: customerId }, data: { status: 'SUSPENDED' } });
    expect(await fund('10')).toMatchObject({ ok: false, formError: expect.stringMatching(/suspended; only active customers/) });
    await db.customer.update({ where: { id: customerId }, data: { status: 'ACTIVE', providerAccountId: null } });
    expect(await fund('10')).toMatchObject({ ok: false, formError: expect.stringMatching(/no account at the provider/) });
    const voip = await db.providerConnection.create({ data: { partnerId: tenant.partnerId, kind: 'VOIP_ACCOUNT', label: 'VoIP', baseUrl: 'http://127.0.0.1:9', secretsEnc: (await db.providerConnection.findFirstOrThrow()).secretsEnc } });
    // The VoIP account API's credentials are a different shape: use its own.
    const { encryptSecretJson } = await import('@/lib/secrets/encrypt-secret');
    await db.providerConnection.update({ where: { id: voip.id }, data: { secretsEnc: await encryptSecretJson({ adminApiKey: 'k' }) } });
    await db.customer.update({ where: { id: customerId }, data: { connectionId: voip.id, providerAccountId: '123' } });
    expect(await fund('10')).toMatchObject({ ok: false, formError: expect.stringMatching(/^VoIP cannot fund wallets: /) });
    expect(await db.walletFunding.count()).toBe(0);
  });

  it('never lets a staff member fund another partner’s customer', async () => {
    const other = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, [], { slug: 'other' });
    const result = await fundCustomerWallet(other.staff, { customerId, amount: '5', idempotencyKey: randomUUID() }, ctx, DEPS);
    expect(result).toMatchObject({ ok: false, fieldErrors: { customerId: [expect.any(String)] } });
    expect(await db.walletFunding.count()).toBe(0);
  });
});

describe('idempotency', () => {
  it('answers a repeated key with the first funding and never transfers twice', async () => {
    const key = randomUUID();
    const first = await fund('10.00', key);
    const second = await fund('10', key);
    expect(second).toEqual(first);
    if (!first.ok) return;
    expect(sandboxTransfersFor(sandbox, first.funding.id)).toBe(1);
    expect(await db.walletFunding.count()).toBe(1);
    expect(await ledgerWalletBalance(customerId)).toBe('10.00');
  });

  it('refuses a repeated key with a different amount or customer, clearly', async () => {
    const key = randomUUID();
    await fund('10.00', key);
    expect(await fund('11.00', key)).toMatchObject({ ok: false, formError: expect.stringMatching(/already used for a different transfer/) });
    const otherCustomer = await fundCustomerWallet(tenant.staff, { customerId: tenant.customerIds[1]!, amount: '10.00', idempotencyKey: key }, ctx, DEPS);
    expect(otherCustomer.ok).toBe(false);
    expect(sandbox.transfers()).toHaveLength(1);
  });

  it('processes one key sent several times at once exactly once', async () => {
    sandbox.setFaults({ latencyMs: 80 });
    const key = randomUUID();
    const results = await Promise.all([fund('7.00', key), fund('7.00', key), fund('7.00', key, tenant.otherStaff)]);
    const ids = new Set(results.map((result) => (result.ok ? result.funding.id : 'refused')));
    expect(ids.size).toBe(1);
    expect(results.every((result) => result.ok && result.funding.status === 'SETTLED')).toBe(true);
    expect(sandbox.transfers()).toHaveLength(1);
    expect(await ledgerWalletBalance(customerId)).toBe('7.00');
    await expectSoundLedger();
  });
});

describe('provider refusals and unknown outcomes', () => {
  it('fails a refused transfer with the provider’s reason and releases the hold', async () => {
    sandbox.setPermissions({ canTransferBalance: false });
    const result = await fund('15.00');
    expect(result).toMatchObject({ ok: true, funding: { status: 'FAILED', lastError: expect.stringMatching(/can_transfer_balance/) } });
    expect(await ledgerWalletBalance(customerId)).toBe('0.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('0.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe('0.00');
    expect(sandbox.transfers()).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { action: 'wallet.funding.fail' } })).toBe(1);
    await expectSoundLedger();
  });

  it('fails a transfer the partner cannot afford, saying so', async () => {
    await sandbox.close();
    sandbox = await startWalletVobizSandbox(ACCOUNTS, { partnerBalance: '5.00000' });
    await db.providerConnection.update({ where: { id: tenant.connectionId }, data: { baseUrl: sandbox.url } });
    const result = await fund('15.00');
    expect(result).toMatchObject({ ok: true, funding: { status: 'FAILED', lastError: expect.stringMatching(/Partner balance too low/) } });
  });

  it('keeps a transfer whose response was lost pending, then reconciliation finds and settles it', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const result = await fund('30.00');
    expect(result).toMatchObject({ ok: true, funding: { status: 'PENDING', outcomeUnknown: true } });
    if (!result.ok) return;
    expect(sandboxTransfersFor(sandbox, result.funding.id)).toBe(1);
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('30.00');
    sandbox.setFaults({ lostResponseRate: 0 });

    const summary = await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 60_000, http: DEPS.http });
    expect(summary).toMatchObject({ checked: 1, settled: 1, reversed: 0 });
    expect(await db.walletFunding.findUniqueOrThrow({ where: { id: result.funding.id } })).toMatchObject({ status: 'SETTLED', outcomeUnknown: false });
    expect(await ledgerWalletBalance(customerId)).toBe('30.00');
    expect(sandbox.accountBalance(ACCOUNTS[0]!)).toBe('30.00000');
    expect(sandboxTransfersFor(sandbox, result.funding.id)).toBe(1);
    await expectSoundLedger();
  });

  it('reverses a transfer that never reached the provider, but only after the safety delay', async () => {
    sandbox.setFaults({ timeoutRate: 1 });
    const result = await fund('12.00');
    expect(result).toMatchObject({ ok: true, funding: { status: 'PENDING', outcomeUnknown: true, lastError: expect.stringMatching(/timed out/) } });
    sandbox.setFaults({ timeoutRate: 0 });

    expect(await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 60_000, http: DEPS.http })).toMatchObject({ checked: 1, stillPending: 1, reversed: 0 });
    expect(await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 0, http: DEPS.http })).toMatchObject({ checked: 1, reversed: 1 });
    if (!result.ok) return;
    expect(await db.walletFunding.findUniqueOrThrow({ where: { id: result.funding.id } })).toMatchObject({ status: 'REVERSED' });
    expect(await ledgerWalletBalance(customerId)).toBe('0.00');
    expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe('0.00');
    expect(sandbox.transfers()).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { action: 'wallet.funding.reverse' } })).toBe(1);
    await expectSoundLedger();
  });

  it('leaves pending fundings alone while the provider cannot be asked', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    await fund('9.00');
    sandbox.setFaults({ lostResponseRate: 0, errorRate: 1 });
    expect(await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 0, http: DEPS.http })).toMatchObject({ checked: 1, unreachable: 1, settled: 0, reversed: 0 });
    expect(await db.walletFunding.count({ where: { status: 'PENDING' } })).toBe(1);
  });

  it('resolves an unknown outcome when the same request is retried', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    const key = randomUUID();
    const first = await fund('4.00', key);
    expect(first).toMatchObject({ ok: true, funding: { status: 'PENDING', outcomeUnknown: true } });
    sandbox.setFaults({ lostResponseRate: 0 });
    const retry = await fund('4.00', key);
    expect(retry).toMatchObject({ ok: true, funding: { status: 'SETTLED' } });
    expect(sandbox.transfers()).toHaveLength(1);
  });
});
