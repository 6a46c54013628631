import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { Prisma } from '@/lib/db/client';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { checkLedgerInvariants } from './check-ledger-invariants';
import { fundCustomerWallet, type FundingDeps, type FundingResult } from './fund-customer-wallet';
import { reconcilePendingFundings } from './reconcile-pending-fundings';
import { ledgerBalanceOfKind, ledgerWalletBalance, sandboxTransfersFor, seedWalletTenant, startWalletVobizSandbox, VOBIZ_TEST_CREDENTIALS, type WalletTenant } from './wallet-test-fixture';

/**
 * The soak: many fundings against a faulty provider, some sent twice at once or retried,
 * then reconciliation until nothing is pending. Afterwards the ledger must agree with the
 * provider for every customer, and every funding must have moved money exactly once or not at all.
 */
const OPERATIONS = 500;
const CONCURRENCY = 8;
const ACCOUNTS = ['MA_SOAK0001', 'MA_SOAK0002', 'MA_SOAK0003', 'MA_SOAK0004', 'MA_SOAK0005'];
/** A customer whose account the provider does not have: its fundings are refused (404). */
const GHOST_ACCOUNT = 'MA_GHOST001';
// Jitter beyond the client's timeout means some transfers land after the client gave up.
const FAULTS = { latencyMs: 5, jitterMs: 330, errorRate: 0.04, timeoutRate: 0.03, lostResponseRate: 0.04 };
const SAFETY_DELAY_MS = 1_000;
const DEPS: FundingDeps = {
  http: { timeoutMs: 300, retryLimit: 1, backoffLimitMs: 20, circuit: { errorThresholdPercentage: 90, volumeThreshold: 20, resetTimeoutMs: 200, rollingCountTimeoutMs: 2_000 } },
  inFlightWaitMs: 2_000,
  reconcileSafetyDelayMs: SAFETY_DELAY_MS,
};

let sandbox: RunningVobizSandbox;
let tenant: WalletTenant;

beforeAll(async () => {
  await resetDatabase();
  sandbox = await startWalletVobizSandbox(ACCOUNTS);
  tenant = await seedWalletTenant({ kind: 'VOBIZ', baseUrl: sandbox.url, credentials: VOBIZ_TEST_CREDENTIALS }, [...ACCOUNTS, GHOST_ACCOUNT]);
});

afterAll(async () => {
  await sandbox?.close();
});

/** Deterministic choices, so a failing run can be replayed (the sandbox's faults stay random). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

it('500 fundings through latency, 5xx, timeouts and lost responses: ledger equals provider, nothing applied twice, nothing lost', { timeout: 180_000 }, async () => {
  const random = seededRandom(2026);
  const staff = [tenant.staff, tenant.otherStaff, tenant.admin];
  const customerIds = tenant.customerIds;
  const ghostCustomerId = customerIds[ACCOUNTS.length]!;
  const answersByKey = new Map<string, FundingResult[]>();
  let retries = 0;
  sandbox.setFaults(FAULTS);
  const started = Date.now();

  await inPool(OPERATIONS, CONCURRENCY, async () => {
    const key = randomUUID();
    const customerId = random() < 0.03 ? ghostCustomerId : customerIds[Math.floor(random() * ACCOUNTS.length)]!;
    const amount = `${1 + Math.floor(random() * 99)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
    const scope = staff[Math.floor(random() * staff.length)]!;
    const send = () => fundCustomerWallet(scope, { customerId, amount, idempotencyKey: key }, { ip: null }, DEPS);
    const roll = random();
    // A double (or triple) click sends the key concurrently; an impatient user retries a pending one.
    const copies = roll < 0.1 ? 3 : roll < 0.25 ? 2 : 1;
    retries += copies - 1;
    const answers = await Promise.all(Array.from({ length: copies }, send));
    if (answers.some((answer) => answer.ok && answer.funding.status === 'PENDING') && random() < 0.5) {
      retries++;
      answers.push(await send());
    }
    answersByKey.set(key, answers);
  });
  const sendDuration = Date.now() - started;
  const db = testDb();
  const unknownAfterSending = await db.walletFunding.count({ where: { status: 'PENDING' } });

  let rounds = 0;
  while ((await db.walletFunding.count({ where: { status: 'PENDING' } })) > 0 && rounds < 60) {
    rounds++;
    await new Promise((resolve) => setTimeout(resolve, 400));
    await reconcilePendingFundings(tenant.admin, { safetyDelayMs: SAFETY_DELAY_MS, http: DEPS.http });
  }
  sandbox.setFaults({ latencyMs: 0, jitterMs: 0, errorRate: 0, timeoutRate: 0, lostResponseRate: 0 });
  const duration = Date.now() - started;

  const fundings = await db.walletFunding.findMany({ select: { id: true, status: true, customerId: true, amount: true } });
  const count = (status: string) => fundings.filter((funding) => funding.status === status).length;
  const lateSettled = await db.ledgerTransaction.count({ where: { kind: 'funding.settled-after-reversal' } });
  process.stdout.write(
    `wallet soak: operations=${OPERATIONS} settled=${count('SETTLED')} reversed=${count('REVERSED')} failed=${count('FAILED')} ` +
      `retries=${retries} pendingAfterSending=${unknownAfterSending} reconciliationRounds=${rounds} settledAfterReversal=${lateSettled} ` +
      `sendingSeconds=${(sendDuration / 1000).toFixed(1)} durationSeconds=${(duration / 1000).toFixed(1)}\n`,
  );

  // Every request of one key answered with the same funding, and one funding per key.
  for (const answers of answersByKey.values()) {
    const ids = new Set(answers.map((answer) => (answer.ok ? answer.funding.id : `refused:${answer.formError ?? JSON.stringify(answer.fieldErrors)}`)));
    expect(ids.size).toBe(1);
  }
  expect(fundings).toHaveLength(OPERATIONS);
  expect(fundings.filter((funding) => funding.status === 'PENDING')).toEqual([]);

  // None applied twice, none lost: settled ones exactly once at the provider, the others never.
  for (const funding of fundings) {
    expect({ id: funding.id, status: funding.status, transfers: sandboxTransfersFor(sandbox, funding.id) }).toEqual({
      id: funding.id,
      status: funding.status,
      transfers: funding.status === 'SETTLED' ? 1 : 0,
    });
  }
  const known = new Set(fundings.map((funding) => funding.id));
  const strays = sandbox.transfers().filter((transfer) => ![...(transfer.description ?? '').matchAll(/\[portal-op:([^\]]+)\]/g)].some((match) => known.has(match[1]!)));
  expect(strays).toEqual([]);

  // The ledger's wallet equals the provider's balance for every customer.
  let settledTotal = new Prisma.Decimal(0);
  for (const [index, accountId] of ACCOUNTS.entries()) {
    const providerBalance = new Prisma.Decimal(sandbox.accountBalance(accountId)).toFixed(2);
    expect({ accountId, ledger: await ledgerWalletBalance(customerIds[index]!) }).toEqual({ accountId, ledger: providerBalance });
    settledTotal = settledTotal.plus(providerBalance);
  }
  expect(await ledgerWalletBalance(ghostCustomerId)).toBe('0.00');
  expect(await ledgerBalanceOfKind(tenant.partnerId, 'TRANSFERS_IN_FLIGHT')).toBe('0.00');
  expect(await ledgerBalanceOfKind(tenant.partnerId, 'PARTNER_FUNDING')).toBe(settledTotal.negated().toFixed(2));
  expect(new Prisma.Decimal(sandbox.partnerBalance()).toFixed(2)).toBe(new Prisma.Decimal('1000000').minus(settledTotal).toFixed(2));
  expect(await checkLedgerInvariants(tenant.admin)).toMatchObject({ unbalancedTransactionIds: [], accountsOutOfBalance: [] });
  expect(count('SETTLED')).toBeGreaterThan(OPERATIONS / 2);
  expect(count('FAILED')).toBeGreaterThan(0);
});
