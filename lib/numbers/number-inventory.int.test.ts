import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { API_KEY_ONLY, TEST_SEED as BILLING_SEED } from '@/lib/providers/billing-platform/test-fixture';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import type { RunningVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { PARTNER_CREDENTIALS, startTestSandbox, US_PREPAID } from '@/lib/providers/vobiz/vobiz-test-fixture';
import { assignNumberToCustomer } from './assign-number-to-customer';
import { getCustomerNumbersView } from './get-customer-numbers-view';
import { listAssignableNumbers } from './list-assignable-numbers';
import { listCustomerNumbers } from './list-customer-numbers';
import { listNumberInventory } from './list-number-inventory';
import { createPartnerFixture, type PartnerFixture } from './numbers-test-fixture';
import { searchAvailableNumbers } from './search-available-numbers';
import { setNumberLabel } from './set-number-label';
import { unassignNumber } from './unassign-number';

const db = testDb();
const ctx = { ip: null };
let billing: BillingPlatformSandbox;
let vobiz: RunningVobizSandbox;
let ours: PartnerFixture;
let theirs: PartnerFixture;

beforeAll(async () => {
  vobiz = await startTestSandbox();
});

afterAll(async () => {
  await vobiz.close();
  resetCircuits();
});

afterEach(async () => {
  await billing.close();
});

beforeEach(async () => {
  await resetDatabase();
  // A fresh stock each test: assignments change the sandbox's state.
  billing = await startBillingPlatformSandbox({ port: 0, seed: BILLING_SEED });
  ours = await createPartnerFixture(db, { kind: 'BILLING_PLATFORM', baseUrl: billing.url, credentials: API_KEY_ONLY }, [
    { providerAccountId: '1001', name: 'Café Lumière', country: 'FR' },
    { providerAccountId: null, name: 'Not yet provisioned', country: 'FR' },
  ]);
  theirs = await createPartnerFixture(db, { kind: 'VOBIZ', baseUrl: vobiz.url, credentials: PARTNER_CREDENTIALS }, [
    { providerAccountId: US_PREPAID, name: 'Acme Dental', country: 'US' },
  ]);
});

async function assignFrenchNumber(customer = 'Café Lumière') {
  const found = await searchAvailableNumbers(ours.staff, { connectionId: ours.connectionId, country: 'FR' });
  if (!found.ok) throw new Error('no stock');
  const number = found.numbers[0]!.number;
  const result = await assignNumberToCustomer(ours.staff, { customerId: ours.customers[customer]!, number }, ctx);
  if (!result.ok) throw new Error(`assign failed: ${JSON.stringify(result)}`);
  return { number, assignmentId: result.assignmentId };
}

describe('the number inventory', () => {
  it('merges the provider’s list with the portal’s assignments, with filters and search by number', async () => {
    const { number, assignmentId } = await assignFrenchNumber();
    const inventory = await listNumberInventory(ours.staff);
    expect(inventory.connections).toEqual([expect.objectContaining({ id: ours.connectionId, listing: expect.objectContaining({ supported: true, fresh: true, error: null }) })]);
    const row = inventory.rows.find((r) => r.number === number);
    expect(row).toMatchObject({ customer: { id: ours.customers['Café Lumière'], name: 'Café Lumière' }, recordedIn: 'PROVIDER', assignmentId, monthlyPrice: { currency: 'EUR' } });
    expect(inventory.rows.some((r) => r.customer === null)).toBe(true);

    const unassigned = await listNumberInventory(ours.staff, { assigned: 'unassigned' });
    expect(unassigned.rows.every((r) => r.customer === null)).toBe(true);
    expect(unassigned.total).toBeGreaterThan(0);
    // The sandbox's client 1001 already had a number of its own: the provider's word shows it as Café's too.
    const assigned = await listNumberInventory(ours.staff, { assigned: 'assigned' });
    expect(assigned.rows.length).toBeGreaterThanOrEqual(2);
    expect(assigned.rows.every((r) => r.customer?.name === 'Café Lumière')).toBe(true);

    const searched = await listNumberInventory(ours.staff, { search: number.slice(-6) });
    expect(searched.rows.map((r) => r.number)).toEqual([number]);
  });

  it('shows the last known list with its age when the provider fails', async () => {
    await listNumberInventory(ours.staff);
    billing.failNext(20, 503);
    const inventory = await listNumberInventory(ours.staff);
    const listing = inventory.connections[0]!.listing;
    expect(listing).toMatchObject({ supported: true, fresh: false, error: { message: expect.stringMatching(/not responding/) } });
    expect(listing?.supported && listing.fetchedAt).toBeInstanceOf(Date);
    expect(inventory.total).toBeGreaterThan(0);
  });
});

describe('tenancy', () => {
  it('another partner can neither see, relabel nor unassign a number', async () => {
    const { number, assignmentId } = await assignFrenchNumber();
    const cafe = ours.customers['Café Lumière']!;
    expect(await listCustomerNumbers(theirs.staff, cafe)).toEqual([]);
    expect(await getCustomerNumbersView(theirs.staff, cafe)).toBeNull();
    expect((await listNumberInventory(theirs.staff)).rows.map((r) => r.number)).not.toContain(number);
    expect((await listNumberInventory(theirs.staff, { connectionId: ours.connectionId })).rows).toEqual([]);
    expect(await unassignNumber(theirs.staff, { assignmentId }, ctx)).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer assigned/) });
    expect(await setNumberLabel(theirs.staff, { assignmentId, label: 'Mine' }, ctx)).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await assignNumberToCustomer(theirs.staff, { customerId: cafe, number }, ctx)).toMatchObject({ ok: false, fieldErrors: { customerId: expect.any(Array) } });
    expect(await listAssignableNumbers(theirs.staff, cafe, {})).toMatchObject({ ok: false });
    expect(await searchAvailableNumbers(theirs.staff, { connectionId: ours.connectionId, country: 'FR' })).toMatchObject({ ok: false, fieldErrors: { connectionId: expect.any(Array) } });
    expect(await db.numberAssignment.count({ where: { id: assignmentId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { partnerId: theirs.staff.partnerId } })).toBe(0);
  });

  it('a customer sees only its own numbers', async () => {
    const { number } = await assignFrenchNumber();
    const cafe = ours.customers['Café Lumière']!;
    const other = ours.customers['Not yet provisioned']!;
    const customerScope = { area: 'customer' as const, role: 'CUSTOMER' as const, userId: 'u-cafe', email: 'owner@cafe.test', partnerId: ours.staff.partnerId, customerId: cafe };
    expect((await listCustomerNumbers(customerScope, cafe)).map((n) => n.number)).toEqual([number]);
    expect(await listCustomerNumbers({ ...customerScope, customerId: other }, cafe)).toEqual([]);
  });

  it('a customer without a provider account cannot get a number from a provider that assigns them', async () => {
    const found = await searchAvailableNumbers(ours.staff, { connectionId: ours.connectionId, country: 'FR' });
    if (!found.ok) throw new Error('no stock');
    const result = await assignNumberToCustomer(ours.staff, { customerId: ours.customers['Not yet provisioned']!, number: found.numbers[0]!.number }, ctx);
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/no account at Billing platform yet/) });
  });
});
