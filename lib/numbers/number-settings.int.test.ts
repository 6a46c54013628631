import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { CAFE, cliqtelSeed, NORDLICHT, PARTNER_TOKEN, SANDBOX_NOW } from '@/lib/providers/cliqtel/cliqtel-test-fixture';
import { startCliqtelSandbox, type CliqtelSandbox } from '@/lib/providers/cliqtel/sandbox';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import { assignNumberToCustomer } from './assign-number-to-customer';
import { getCustomerNumbersView } from './get-customer-numbers-view';
import { listAssignableNumbers } from './list-assignable-numbers';
import { createPartnerFixture, type PartnerFixture } from './numbers-test-fixture';
import { searchAvailableNumbers } from './search-available-numbers';
import { setNumberForwarding } from './set-number-forwarding';
import { setNumberLabel } from './set-number-label';
import { unassignNumber } from './unassign-number';

const db = testDb();
const ctx = { ip: null };
let sandbox: CliqtelSandbox;
let partner: PartnerFixture;

beforeEach(async () => {
  await resetDatabase();
  sandbox = await startCliqtelSandbox({ port: 0, seed: cliqtelSeed(), now: () => SANDBOX_NOW });
  partner = await createPartnerFixture(db, { kind: 'CLIQTEL', baseUrl: sandbox.url, credentials: { apiToken: PARTNER_TOKEN } }, [
    { providerAccountId: CAFE.providerAccountId, name: 'Café Lumière', country: 'FR', authToken: CAFE.authToken },
    { providerAccountId: NORDLICHT.providerAccountId, name: 'Nordlicht Studios', country: 'DE' },
  ]);
});

afterEach(async () => {
  await sandbox.close();
  resetCircuits();
});

/** Records one of Café Lumière's own Cliqtel numbers for it in the portal. */
async function assignCafeNumber() {
  const choices = await listAssignableNumbers(partner.staff, partner.customers['Café Lumière']!, {});
  if (!choices.ok) throw new Error('no choices');
  const own = choices.choices.find((choice) => choice.onCustomerAccount)!;
  const result = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: own.number }, ctx);
  if (!result.ok) throw new Error(`assign failed: ${JSON.stringify(result)}`);
  return { assignmentId: result.assignmentId, number: own.number, providerNumberId: own.providerNumberId! };
}

function atProvider(providerNumberId: string) {
  return sandbox.numbers(CAFE.providerAccountId).find((n) => String(n.id) === providerNumberId)!;
}

describe('numbers on Cliqtel: forwarding and labels at the provider', () => {
  it('searches Cliqtel’s public catalogue with monthly prices', async () => {
    const found = await searchAvailableNumbers(partner.staff, { connectionId: partner.connectionId, country: 'gb', type: 'local' });
    expect(found.ok && found.numbers.length).toBeGreaterThan(0);
    expect(found.ok && found.numbers[0]!.monthlyPrice).toEqual({ amount: '2.00', currency: 'EUR' });
  });

  it('records the customer’s own Cliqtel number in the portal, labelled as the portal’s record', async () => {
    const { assignmentId, providerNumberId } = await assignCafeNumber();
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ recordedIn: 'PORTAL', providerNumberId });
    const view = await getCustomerNumbersView(partner.staff, partner.customers['Café Lumière']!);
    expect(view?.mode).toBe('portal-listed');
    expect(view?.portalReason).toMatch(/belongs to the Cliqtel account that bought it/);
    expect(view?.numbers[0]?.actions).toMatchObject({ forwarding: { available: true }, label: { available: true, storedAt: 'provider' }, cancelAtProvider: { available: true } });
  });

  it('sets and clears forwarding at Cliqtel, and audits each change', async () => {
    const { assignmentId, number, providerNumberId } = await assignCafeNumber();
    expect(await setNumberForwarding(partner.staff, { assignmentId, forwardTo: '+33 6 12 34 56 78' }, ctx)).toEqual({ ok: true });
    expect(atProvider(providerNumberId).forward_to).toBe('+33612345678');
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ forwardTo: '+33612345678' });

    expect(await setNumberForwarding(partner.staff, { assignmentId, forwardTo: 'not a number' }, ctx)).toMatchObject({ ok: false, fieldErrors: { forwardTo: [expect.any(String)] } });
    expect(await setNumberForwarding(partner.staff, { assignmentId, forwardTo: number }, ctx)).toEqual({ ok: false, fieldErrors: { forwardTo: ['A number cannot forward to itself.'] } });

    expect(await setNumberForwarding(partner.staff, { assignmentId, forwardTo: '' }, ctx)).toEqual({ ok: true });
    expect(atProvider(providerNumberId).forward_to).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { action: 'number.forwarding' }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((a) => a.after)).toEqual([
      expect.objectContaining({ forwardTo: '+33612345678', customerId: partner.customers['Café Lumière'] }),
      expect.objectContaining({ forwardTo: null }),
    ]);
  });

  it('renames the number at Cliqtel', async () => {
    const { assignmentId, providerNumberId } = await assignCafeNumber();
    expect(await setNumberLabel(partner.staff, { assignmentId, label: 'Front desk' }, ctx)).toEqual({ ok: true });
    expect(atProvider(providerNumberId).label).toBe('Front desk');
    expect(await setNumberLabel(partner.staff, { assignmentId, label: 'x'.repeat(65) }, ctx)).toMatchObject({ ok: false, fieldErrors: { label: ['Use at most 64 characters.'] } });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: 'number.label' } })).after).toMatchObject({ label: 'Front desk', storedAt: 'provider' });
  });

  it('passes on the provider’s refusal when the customer’s key may not change numbers', async () => {
    const { assignmentId } = await assignCafeNumber();
    sandbox.setScopes(CAFE.authToken!, ['numbers:read']);
    const result = await setNumberLabel(partner.staff, { assignmentId, label: 'Front desk' }, ctx);
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/numbers:write/) });
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ label: null });
  });

  it('unassigns and cancels the number at Cliqtel when asked to', async () => {
    const { assignmentId, providerNumberId } = await assignCafeNumber();
    expect(await unassignNumber(partner.staff, { assignmentId, cancelAtProvider: true }, ctx)).toEqual({ ok: true });
    expect(atProvider(providerNumberId).status).toBe('cancelling');
    expect(await db.numberAssignment.count()).toBe(0);
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: 'number.cancel' } })).after).toMatchObject({ cancelledAtProvider: true, customerId: partner.customers['Café Lumière'] });
  });

  it('without the customer’s key, offers the partner’s own numbers and explains why forwarding is unavailable', async () => {
    const choices = await listAssignableNumbers(partner.staff, partner.customers['Nordlicht Studios']!, {});
    if (!choices.ok) throw new Error('no choices');
    expect(choices.notice).toMatch(/could not be read/);
    expect(choices.choices.every((choice) => !choice.onCustomerAccount)).toBe(true);
    const picked = choices.choices[0]!;
    const assigned = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Nordlicht Studios']!, number: picked.number }, ctx);
    if (!assigned.ok) throw new Error('setup failed');
    const result = await setNumberForwarding(partner.staff, { assignmentId: assigned.assignmentId, forwardTo: '+4930555010' }, ctx);
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/API key/) });
  });
});
