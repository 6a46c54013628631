import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { API_KEY_ONLY, TEST_SEED } from '@/lib/providers/billing-platform/test-fixture';
import { fundCustomerWallet } from './fund-customer-wallet';
import { reconcilePendingFundings } from './reconcile-pending-fundings';
import { setCustomerCreditLimit } from './set-customer-credit-limit';
import { setMaxTransferAmount } from './set-max-transfer-amount';
import { ledgerWalletBalance, seedWalletTenant, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

const db = testDb();
const ctx = { ip: '198.51.100.7' };
const HTTP = { timeoutMs: 1_000, retryLimit: 1, backoffLimitMs: 20 };
let platform: BillingPlatformSandbox;

beforeAll(async () => {
  platform = await startBillingPlatformSandbox({ port: 0, seed: TEST_SEED });
});

afterAll(async () => {
  await platform.close();
});

beforeEach(async () => {
  await resetDatabase();
});

describe('setMaxTransferAmount', () => {
  let tenant: WalletTenant;
  beforeEach(async () => {
    tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: VOBIZ_TEST_CREDENTIALS }, []);
  });

  it('is for partner admins only', async () => {
    await expect(setMaxTransferAmount(tenant.staff, '100', ctx)).rejects.toThrow(NotAllowed);
    expect((await db.partner.findUniqueOrThrow({ where: { id: tenant.partnerId } })).maxTransferAmount).toBeNull();
  });

  it('sets, validates and removes the limit, with an audit event each time', async () => {
    expect(await setMaxTransferAmount(tenant.admin, '250.50', ctx)).toEqual({ ok: true, maxTransferAmount: '250.5' });
    expect((await db.partner.findUniqueOrThrow({ where: { id: tenant.partnerId } })).maxTransferAmount?.toFixed(2)).toBe('250.50');
    for (const bad of ['0', '-1', 'lots', '1.123456']) {
      expect(await setMaxTransferAmount(tenant.admin, bad, ctx)).toMatchObject({ ok: false, fieldErrors: { maxTransferAmount: [expect.any(String)] } });
    }
    expect(await setMaxTransferAmount(tenant.admin, ' ', ctx)).toEqual({ ok: true, maxTransferAmount: null });
    const events = await db.auditEvent.findMany({ where: { action: 'partner.max_transfer_amount.update' }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.after)).toEqual([{ maxTransferAmount: '250.5' }, { maxTransferAmount: null }]);
    expect(events[0]).toMatchObject({ entityId: tenant.partnerId, actorEmail: tenant.admin.email, ip: ctx.ip });
  });

  it('changes only the caller’s own partner', async () => {
    const other = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: VOBIZ_TEST_CREDENTIALS }, [], { slug: 'other' });
    await setMaxTransferAmount(tenant.admin, '10', ctx);
    expect((await db.partner.findUniqueOrThrow({ where: { id: other.partnerId } })).maxTransferAmount).toBeNull();
  });
});

describe('setCustomerCreditLimit', () => {
  it('is for partner admins, and for postpaid customers', async () => {
    const tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: VOBIZ_TEST_CREDENTIALS }, ['MA_PREPAID']);
    const customerId = tenant.customerIds[0]!;
    await expect(setCustomerCreditLimit(tenant.staff, { customerId, creditLimit: '100' }, ctx)).rejects.toThrow(NotAllowed);
    expect(await setCustomerCreditLimit(tenant.admin, { customerId, creditLimit: '100' }, ctx)).toMatchObject({ ok: false, formError: expect.stringMatching(/prepaid/) });
  });

  it('keeps the limit in the portal, saying why, where the provider cannot take it (Vobiz)', async () => {
    const tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: 'http://127.0.0.1:9', credentials: VOBIZ_TEST_CREDENTIALS }, ['MA_POSTPAID'], { billingModel: 'POSTPAID' });
    const customerId = tenant.customerIds[0]!;
    expect(await setCustomerCreditLimit(tenant.admin, { customerId, creditLimit: 'a lot' }, ctx)).toMatchObject({ ok: false, fieldErrors: { creditLimit: [expect.any(String)] } });
    expect(await setCustomerCreditLimit(tenant.admin, { customerId, creditLimit: '10.001' }, ctx)).toMatchObject({ ok: false, fieldErrors: { creditLimit: [expect.stringMatching(/2 decimals/)] } });
    const result = await setCustomerCreditLimit(tenant.admin, { customerId, creditLimit: '300' }, ctx);
    expect(result).toEqual({ ok: true, recordedIn: 'PORTAL', note: expect.stringMatching(/^Recorded in the portal only: .*Vobiz/) });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customerId } })).creditLimit.toFixed(2)).toBe('300.00');
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'customer.credit_limit.update' } })).toMatchObject({
      entityType: 'Customer',
      entityId: customerId,
      before: { creditLimit: '0', currency: 'USD' },
      after: { creditLimit: '300', currency: 'USD', recordedIn: 'PORTAL' },
    });
  });

  it('sets the limit at the billing platform, which takes credit limits', async () => {
    const postpaid = TEST_SEED.accounts.find((account) => account.billingModel === 'POSTPAID')!;
    const tenant = await seedWalletTenant({ kind: 'BILLING_PLATFORM', baseUrl: platform.url, credentials: API_KEY_ONLY }, [postpaid.providerAccountId], { billingModel: 'POSTPAID', currency: 'EUR' });
    const result = await setCustomerCreditLimit(tenant.admin, { customerId: tenant.customerIds[0]!, creditLimit: '750.25' }, ctx, { http: HTTP });
    expect(result).toEqual({ ok: true, recordedIn: 'PROVIDER', note: null });
    expect(Number(platform.clientCredit(postpaid.providerAccountId))).toBe(750.25);
  });
});

describe('funding on the billing platform', () => {
  it('settles a payment once, and reconciliation finds one whose response was lost', async () => {
    const prepaid = TEST_SEED.accounts[0]!;
    const tenant = await seedWalletTenant({ kind: 'BILLING_PLATFORM', baseUrl: platform.url, credentials: API_KEY_ONLY }, [prepaid.providerAccountId], { currency: 'EUR' });
    const customerId = tenant.customerIds[0]!;
    const balanceBefore = Number(platform.clientBalance(prepaid.providerAccountId));
    const key = randomUUID();
    const first = await fundCustomerWallet(tenant.staff, { customerId, amount: '20.00', idempotencyKey: key }, ctx, { http: HTTP });
    expect(first).toMatchObject({ ok: true, funding: { status: 'SETTLED', currency: 'EUR' } });
    expect(await fundCustomerWallet(tenant.staff, { customerId, amount: '20.00', idempotencyKey: key }, ctx, { http: HTTP })).toEqual(first);

    platform.setFaults({ lostResponseRate: 1 });
    const lost = await fundCustomerWallet(tenant.staff, { customerId, amount: '5.00', idempotencyKey: randomUUID() }, ctx, { http: HTTP });
    platform.setFaults({ lostResponseRate: 0 });
    expect(lost).toMatchObject({ ok: true, funding: { status: 'PENDING', outcomeUnknown: true } });
    expect(await reconcilePendingFundings(tenant.staff, { safetyDelayMs: 0, http: HTTP })).toMatchObject({ settled: 1 });

    if (!first.ok || !lost.ok) return;
    const payments = platform.payments().filter((payment) => payment.externalId === first.funding.id || payment.externalId === lost.funding.id);
    expect(payments).toHaveLength(2);
    expect(Number(platform.clientBalance(prepaid.providerAccountId)) - balanceBefore).toBeCloseTo(25, 6);
    expect(await ledgerWalletBalance(customerId)).toBe('25.00');
  });
});
