import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { API_KEY_ONLY, TEST_SEED as BILLING_SEED } from '@/lib/providers/billing-platform/test-fixture';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { PARTNER_CREDENTIALS, startTestSandbox, US_POSTPAID, US_PREPAID } from '@/lib/providers/vobiz/vobiz-test-fixture';
import { assignNumberToCustomer } from './assign-number-to-customer';
import { listAssignableNumbers } from './list-assignable-numbers';
import { listCustomerNumbers } from './list-customer-numbers';
import { createPartnerFixture, type PartnerFixture } from './numbers-test-fixture';
import { searchAvailableNumbers } from './search-available-numbers';
import { setNumberForwarding } from './set-number-forwarding';
import { setNumberLabel } from './set-number-label';
import { unassignNumber } from './unassign-number';

const db = testDb();
const ctx = { ip: '192.0.2.7' };
let billing: BillingPlatformSandbox;
let vobiz: RunningVobizSandbox;

beforeAll(async () => {
  vobiz = await startTestSandbox();
});

afterAll(async () => {
  await vobiz.close();
  resetCircuits();
});

beforeEach(async () => {
  await resetDatabase();
});

describe('numbers on a provider that assigns them (billing platform)', () => {
  let partner: PartnerFixture;
  beforeEach(async () => {
    // A fresh stock each test: assignments change the sandbox's state.
    billing = await startBillingPlatformSandbox({ port: 0, seed: BILLING_SEED });
    partner = await createPartnerFixture(db, { kind: 'BILLING_PLATFORM', baseUrl: billing.url, credentials: API_KEY_ONLY }, [
      { providerAccountId: '1001', name: 'Café Lumière', country: 'FR' },
      { providerAccountId: '1002', name: 'Nordlicht Studios', country: 'DE' },
    ]);
  });
  afterEach(async () => {
    await billing.close();
  });

  async function firstInStock(country = 'FR') {
    const found = await searchAvailableNumbers(partner.staff, { connectionId: partner.connectionId, country });
    if (!found.ok || found.numbers.length === 0) throw new Error('the sandbox has no stock in this country');
    return found.numbers[0]!;
  }

  it('searches the stock by country and type, with prices', async () => {
    const found = await searchAvailableNumbers(partner.staff, { connectionId: partner.connectionId, country: 'us', type: 'toll_free' });
    expect(found.ok && found.numbers.length).toBeGreaterThan(0);
    if (!found.ok) return;
    expect(found.numbers.every((n) => n.country === 'US' && n.type === 'toll_free')).toBe(true);
    expect(found.numbers[0]!.monthlyPrice).toEqual({ amount: expect.stringMatching(/^4\.5/), currency: 'EUR' });
    const bad = await searchAvailableNumbers(partner.staff, { connectionId: partner.connectionId, country: 'France' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { country: [expect.stringMatching(/two-letter/)] } });
  });

  it('assigns a number at the provider, records it as the provider’s, and audits it', async () => {
    const stock = await firstInStock();
    const result = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: stock.number }, ctx);
    expect(result.ok).toBe(true);
    const row = await db.numberAssignment.findFirstOrThrow();
    expect(row).toMatchObject({ number: stock.number, recordedIn: 'PROVIDER', currency: 'EUR', assignedById: partner.staff.userId });
    expect(row.monthlyPrice?.toFixed()).toBe(stock.monthlyPrice!.amount.replace(/\.?0+$/, ''));
    expect(billing.didOwner(row.providerNumberId!)).toBe(1001);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'number.assign' } });
    expect(audit).toMatchObject({ entityType: 'NumberAssignment', entityId: row.id, ip: ctx.ip, partnerId: partner.staff.partnerId });
    expect(audit.after).toMatchObject({ customerId: partner.customers['Café Lumière'], number: stock.number, recordedIn: 'PROVIDER' });
    expect(await listCustomerNumbers(partner.staff, partner.customers['Café Lumière']!)).toEqual([
      expect.objectContaining({ number: stock.number, recordedIn: 'PROVIDER', currency: 'EUR' }),
    ]);
  });

  it('unassigns at the provider, returning the number to stock, and removes the record', async () => {
    const stock = await firstInStock();
    const assigned = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: stock.number }, ctx);
    if (!assigned.ok) throw new Error('setup failed');
    const { providerNumberId } = await db.numberAssignment.findUniqueOrThrow({ where: { id: assigned.assignmentId } });
    expect(await unassignNumber(partner.staff, { assignmentId: assigned.assignmentId }, ctx)).toEqual({ ok: true });
    expect(billing.didOwner(providerNumberId!)).toBeNull();
    expect(await db.numberAssignment.count()).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'number.unassign' } });
    expect(audit.after).toMatchObject({ customerId: partner.customers['Café Lumière'], assigned: false });
  });

  it('refuses a number already assigned, with a field error, and leaves the provider alone', async () => {
    const stock = await firstInStock();
    const first = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: stock.number }, ctx);
    if (!first.ok) throw new Error('setup failed');
    const second = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Nordlicht Studios']!, number: ` ${stock.number.slice(0, 3)} ${stock.number.slice(3)} ` }, ctx);
    expect(second).toEqual({ ok: false, fieldErrors: { number: ['This number is already assigned to Café Lumière.'] } });
    const { providerNumberId } = await db.numberAssignment.findFirstOrThrow();
    expect(billing.didOwner(providerNumberId!)).toBe(1001);
    expect(await db.numberAssignment.count()).toBe(1);
  });

  it('refuses a malformed number or one that is not in stock, creating nothing', async () => {
    const customerId = partner.customers['Café Lumière']!;
    expect(await assignNumberToCustomer(partner.staff, { customerId, number: '0612 34' }, ctx)).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringMatching(/international format/)] } });
    expect(await assignNumberToCustomer(partner.staff, { customerId, number: '+33100000001' }, ctx)).toMatchObject({
      ok: false,
      fieldErrors: { number: ['This number is not among your numbers at Billing platform.'] },
    });
    expect(await assignNumberToCustomer(partner.staff, { customerId, number: (await firstInStock()).number, monthlyPrice: '-1' }, ctx)).toMatchObject({
      ok: false,
      fieldErrors: { monthlyPrice: [expect.any(String)] },
    });
    expect(await db.numberAssignment.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('offers the stock in the customer’s country as choices, leaving out numbers already assigned', async () => {
    const choices = await listAssignableNumbers(partner.staff, partner.customers['Café Lumière']!, {});
    if (!choices.ok) throw new Error('no choices');
    expect(choices.mode).toBe('provider');
    expect(choices.choices.length).toBeGreaterThan(0);
    expect(choices.choices.every((c) => c.number.startsWith('+33'))).toBe(true);
    const picked = choices.choices[0]!;
    await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: picked.number }, ctx);
    const after = await listAssignableNumbers(partner.staff, partner.customers['Nordlicht Studios']!, { country: 'FR' });
    expect(after.ok && after.choices.map((c) => c.number)).not.toContain(picked.number);
  });

  it('refuses forwarding and a label the provider does not keep, saying why', async () => {
    const stock = await firstInStock();
    const assigned = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Café Lumière']!, number: stock.number }, ctx);
    if (!assigned.ok) throw new Error('setup failed');
    expect(await setNumberForwarding(partner.staff, { assignmentId: assigned.assignmentId, forwardTo: '+33612345678' }, ctx)).toEqual({
      ok: false,
      fieldErrors: { forwardTo: [expect.stringMatching(/configured on the switch/)] },
    });
    expect(await setNumberLabel(partner.staff, { assignmentId: assigned.assignmentId, label: 'Front desk' }, ctx)).toEqual({
      ok: false,
      fieldErrors: { label: [expect.stringMatching(/offers no label/)] },
    });
    expect(await unassignNumber(partner.staff, { assignmentId: assigned.assignmentId, cancelAtProvider: true }, ctx)).toMatchObject({
      ok: false,
      fieldErrors: { cancelAtProvider: [expect.stringMatching(/returns it to the billing platform's stock/)] },
    });
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assigned.assignmentId } })).toMatchObject({ label: null, forwardTo: null });
  });
});

describe('numbers on a provider that cannot assign them (Vobiz): the portal’s own record', () => {
  let partner: PartnerFixture;
  beforeEach(async () => {
    partner = await createPartnerFixture(db, { kind: 'VOBIZ', baseUrl: vobiz.url, credentials: PARTNER_CREDENTIALS }, [
      { providerAccountId: US_PREPAID, name: 'Acme Dental', country: 'US' },
      { providerAccountId: US_POSTPAID, name: 'Harbor Logistics', country: 'US' },
    ]);
  });

  async function inventoryChoice() {
    const choices = await listAssignableNumbers(partner.staff, partner.customers['Acme Dental']!, {});
    if (!choices.ok) throw new Error('no choices');
    expect(choices.mode).toBe('portal-listed');
    return choices.choices;
  }

  it('offers the partner’s inventory at Vobiz, the customer’s own numbers first', async () => {
    const choices = await inventoryChoice();
    expect(choices.length).toBeGreaterThan(1);
    expect(choices[0]!.onCustomerAccount).toBe(true);
    expect(choices.some((c) => !c.onCustomerAccount)).toBe(true);
    expect(choices.every((c) => c.providerNumberId && /^\+[1-9]\d+$/.test(c.number))).toBe(true);
  });

  it('records the assignment in the portal without asking Vobiz to change anything, then unassigns it', async () => {
    const [choice] = await inventoryChoice();
    const writesBefore = vobiz.requestLog().filter((r) => r.method !== 'GET').length;
    const result = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Acme Dental']!, number: choice!.number, providerNumberId: choice!.providerNumberId! }, ctx);
    expect(result.ok).toBe(true);
    const row = await db.numberAssignment.findFirstOrThrow();
    expect(row).toMatchObject({ recordedIn: 'PORTAL', providerNumberId: choice!.providerNumberId, currency: 'USD' });
    expect(vobiz.requestLog().filter((r) => r.method !== 'GET').length).toBe(writesBefore);
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: 'number.assign' } })).after).toMatchObject({ recordedIn: 'PORTAL', customerId: partner.customers['Acme Dental'] });

    expect(await unassignNumber(partner.staff, { assignmentId: row.id }, ctx)).toEqual({ ok: true });
    expect(await listCustomerNumbers(partner.staff, partner.customers['Acme Dental']!)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'number.unassign', entityId: row.id } })).toBe(1);
  });

  it('refuses a number already recorded for another customer, and one not in the inventory', async () => {
    const [choice] = await inventoryChoice();
    await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Acme Dental']!, number: choice!.number }, ctx);
    expect(await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Harbor Logistics']!, number: choice!.number }, ctx)).toEqual({
      ok: false,
      fieldErrors: { number: ['This number is already assigned to Acme Dental.'] },
    });
    expect(await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Harbor Logistics']!, number: '+14155550999' }, ctx)).toEqual({
      ok: false,
      fieldErrors: { number: ['This number is not among your numbers at Vobiz.'] },
    });
    expect(await db.numberAssignment.count()).toBe(1);
  });

  it('keeps a label in the portal, and refuses forwarding with Vobiz’s reason', async () => {
    const [choice] = await inventoryChoice();
    const assigned = await assignNumberToCustomer(partner.staff, { customerId: partner.customers['Acme Dental']!, number: choice!.number }, ctx);
    if (!assigned.ok) throw new Error('setup failed');
    expect(await setNumberLabel(partner.staff, { assignmentId: assigned.assignmentId, label: '  Reception ' }, ctx)).toEqual({ ok: true });
    expect(await setNumberLabel(partner.staff, { assignmentId: assigned.assignmentId, label: ' ' }, ctx)).toMatchObject({ ok: false, fieldErrors: { label: ['Enter a label.'] } });
    expect(await setNumberForwarding(partner.staff, { assignmentId: assigned.assignmentId, forwardTo: '+14155550100' }, ctx)).toEqual({
      ok: false,
      fieldErrors: { forwardTo: [expect.stringMatching(/Vobiz console/)] },
    });
    expect(await db.numberAssignment.findUniqueOrThrow({ where: { id: assigned.assignmentId } })).toMatchObject({ label: 'Reception', forwardTo: null });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: 'number.label' } })).after).toMatchObject({ label: 'Reception', storedAt: 'portal', customerId: partner.customers['Acme Dental'] });
  });
});
