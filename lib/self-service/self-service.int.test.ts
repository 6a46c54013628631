import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { getCustomerForScope } from '@/lib/customers/get-customer-for-scope';
import { getCustomerWalletTransactions } from '@/lib/customers/get-customer-wallet-transactions';
import { assignNumberToCustomer } from '@/lib/numbers/assign-number-to-customer';
import { listAssignableNumbers } from '@/lib/numbers/list-assignable-numbers';
import type { CustomerScope } from '@/lib/numbers/list-customer-numbers';
import { createPartnerFixture, type PartnerFixture } from '@/lib/numbers/numbers-test-fixture';
import { setNumberForwarding } from '@/lib/numbers/set-number-forwarding';
import { setNumberLabel } from '@/lib/numbers/set-number-label';
import { CAFE, cliqtelSeed, NORDLICHT, PARTNER_TOKEN, SANDBOX_NOW } from '@/lib/providers/cliqtel/cliqtel-test-fixture';
import { startCliqtelSandbox, type CliqtelSandbox } from '@/lib/providers/cliqtel/sandbox';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import { getOwnNumbers } from './get-own-numbers';
import { listOwnTopUps } from './list-own-top-ups';
import { getOwnBalance } from './own-balance';

const db = testDb();
const ctx = { ip: '203.0.113.4' };
let sandbox: CliqtelSandbox;
let partner: PartnerFixture;
let cafe: CustomerScope;
let nordlicht: CustomerScope;

function customerScope(name: string): CustomerScope {
  return { area: 'customer', role: 'CUSTOMER', userId: `user-${name}`, email: `${name}@customers.test`, partnerId: partner.staff.partnerId, customerId: partner.customers[name]! };
}

beforeEach(async () => {
  await resetDatabase();
  sandbox = await startCliqtelSandbox({ port: 0, seed: cliqtelSeed(), now: () => SANDBOX_NOW });
  partner = await createPartnerFixture(db, { kind: 'CLIQTEL', baseUrl: sandbox.url, credentials: { apiToken: PARTNER_TOKEN } }, [
    { providerAccountId: CAFE.providerAccountId, name: 'Café Lumière', country: 'FR', authToken: CAFE.authToken },
    { providerAccountId: NORDLICHT.providerAccountId, name: 'Nordlicht Studios', country: 'DE', authToken: NORDLICHT.authToken },
  ]);
  cafe = customerScope('Café Lumière');
  nordlicht = customerScope('Nordlicht Studios');
});

afterEach(async () => {
  await sandbox.close();
  resetCircuits();
});

/** Staff record one of Café Lumière's own Cliqtel numbers for it. */
async function assignCafeNumber() {
  const choices = await listAssignableNumbers(partner.staff, cafe.customerId, {});
  if (!choices.ok) throw new Error('no choices');
  const own = choices.choices.find((choice) => choice.onCustomerAccount)!;
  const result = await assignNumberToCustomer(partner.staff, { customerId: cafe.customerId, number: own.number }, ctx);
  if (!result.ok) throw new Error(`assign failed: ${JSON.stringify(result)}`);
  return { assignmentId: result.assignmentId, number: own.number, providerNumberId: own.providerNumberId! };
}

const atProvider = (providerNumberId: string) => sandbox.numbers(CAFE.providerAccountId).find((n) => String(n.id) === providerNumberId)!;

describe('customer self-service: numbers', () => {
  it('lists the customer’s own numbers with what it may change, and nobody else’s', async () => {
    const { number } = await assignCafeNumber();
    expect(await getOwnNumbers(cafe)).toMatchObject({ partnerName: expect.stringMatching(/^Partner numbers-/), numbers: [{ number, canSetForwarding: true, canSetLabel: true }] });
    expect((await getOwnNumbers(nordlicht)).numbers).toEqual([]);
  });

  it('lets a customer label and forward its own number at the provider, audited as the customer', async () => {
    const { assignmentId, providerNumberId } = await assignCafeNumber();
    expect(await setNumberLabel(cafe, { assignmentId, label: 'Bookings' }, ctx)).toEqual({ ok: true });
    expect(await setNumberForwarding(cafe, { assignmentId, forwardTo: '+33 6 11 22 33 44' }, ctx)).toEqual({ ok: true });
    expect(atProvider(providerNumberId)).toMatchObject({ label: 'Bookings', forward_to: '+33611223344' });
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ label: 'Bookings', forwardTo: '+33611223344' });
    const audits = await db.auditEvent.findMany({ where: { entityId: assignmentId, action: { in: ['number.label', 'number.forwarding'] } } });
    expect(audits).toHaveLength(2);
    expect(audits.every((event) => event.actorId === cafe.userId && event.partnerId === cafe.partnerId)).toBe(true);
  });

  it('refuses another customer’s number as if it did not exist, changing nothing', async () => {
    const { assignmentId, providerNumberId } = await assignCafeNumber();
    expect(await setNumberLabel(nordlicht, { assignmentId, label: 'Hijacked' }, ctx)).toEqual({ ok: false, fieldErrors: {}, formError: expect.stringMatching(/no longer assigned/) });
    expect(await setNumberForwarding(nordlicht, { assignmentId, forwardTo: '+4930555010' }, ctx)).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer assigned/) });
    expect(atProvider(providerNumberId)).toMatchObject({ forward_to: null });
    expect(atProvider(providerNumberId).label).not.toBe('Hijacked');
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ label: null, forwardTo: null });
    expect(await db.auditEvent.count({ where: { actorId: nordlicht.userId } })).toBe(0);
  });

  it('validates the customer’s input as for staff', async () => {
    const { assignmentId, number } = await assignCafeNumber();
    expect(await setNumberForwarding(cafe, { assignmentId, forwardTo: 'call me' }, ctx)).toMatchObject({ ok: false, fieldErrors: { forwardTo: [expect.any(String)] } });
    expect(await setNumberForwarding(cafe, { assignmentId, forwardTo: number }, ctx)).toEqual({ ok: false, fieldErrors: { forwardTo: ['A number cannot forward to itself.'] } });
  });
});

describe('customer self-service: balance and wallet', () => {
  it('reads the customer’s own balance live from the provider', async () => {
    const account = (await getCustomerForScope(cafe, cafe.customerId))!;
    expect(await getOwnBalance(cafe, account)).toMatchObject({ currency: 'EUR', balance: expect.stringMatching(/^310\.25/), source: 'live', stale: false, lowBalance: false });
    // Staff keep the stored balance current; the customer's read leaves the row alone.
    expect((await db.customer.findUniqueOrThrow({ where: { id: cafe.customerId } })).balanceUpdatedAt).toBeNull();
  });

  it('shows the last known balance when the provider is down, and the stored one before any answer', async () => {
    const account = (await getCustomerForScope(cafe, cafe.customerId))!;
    await getOwnBalance(cafe, account);
    await sandbox.close();
    resetCircuits();
    expect(await getOwnBalance(cafe, account)).toMatchObject({ balance: expect.stringMatching(/^310\.25/), source: 'last-known', stale: true });
    const other = (await getCustomerForScope(nordlicht, nordlicht.customerId))!;
    expect(await getOwnBalance(nordlicht, other)).toMatchObject({ balance: '0', source: 'stored', stale: true });
  });

  it('lists the customer’s own provider transactions and portal top-ups only', async () => {
    const transactions = await getCustomerWalletTransactions(cafe, cafe.customerId);
    expect(transactions).toMatchObject({ kind: 'data', fresh: true });
    expect(transactions?.kind === 'data' && transactions.data!.items.length).toBeGreaterThan(0);
    expect(await getCustomerWalletTransactions(cafe, nordlicht.customerId)).toBeNull();

    const funding = (customerId: string, key: string) =>
      db.walletFunding.create({ data: { partnerId: cafe.partnerId, customerId, idempotencyKey: key, amount: '25.5', currency: 'EUR', status: 'SETTLED' } });
    await funding(cafe.customerId, 'a');
    await funding(nordlicht.customerId, 'b');
    expect((await listOwnTopUps(cafe)).map((row) => [row.amount, row.status])).toEqual([['25.50', 'SETTLED']]);
  });
});
