import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import { ACME, ADMIN_API_KEY, TEST_SEED } from '@/lib/providers/voip-account/test-environment';
import { startVoipAccountSandbox, type VoipAccountSandbox } from '@/lib/providers/voip-account/sandbox';
import { generateMonthlyInvoice } from './generate-monthly-invoice';
import { generateMonthlyInvoices } from './generate-monthly-invoices';
import { getCustomerRecurringCharges } from './get-customer-recurring-charges';
import { InvoiceMonthNotEnded, InvoiceRunIncomplete } from './invoice-errors';
import { previousMonthIn } from './invoice-month';
import { assignNumber, seedInvoiceCustomer, seedInvoicePartner, seedUsageDay, type InvoiceTestPartner } from './invoices-test-fixture';
import { monthlyInvoicesJob } from './monthly-invoices-job';

const db = testDb();
const NOW = new Date('2026-06-15T12:00:00Z');
const JOB_CONTEXT = { enqueue: async () => null };
let voip: VoipAccountSandbox;
let partner: InvoiceTestPartner;
let acme: string;

// A sandbox per test: it keeps the provider's six-calls-an-hour limit for the whole run.
afterEach(async () => {
  await voip.close();
});

beforeEach(async () => {
  await resetDatabase();
  resetCircuits();
  voip = await startVoipAccountSandbox({ port: 0, seed: TEST_SEED });
  partner = await seedInvoicePartner('nw', {
    connections: [{ kind: 'VOBIZ' }, { kind: 'VOIP_ACCOUNT', baseUrl: voip.url, credentials: { adminApiKey: ADMIN_API_KEY } }, { kind: 'CLIQTEL', credentials: { apiToken: '7|unused' } }],
  });
  acme = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Acme' });
  // May in New York: the 1st and the 31st count, the days either side do not.
  await seedUsageDay(partner, acme, '2026-04-30', [{ country: 'US', calls: 9, seconds: 900, sell: '99' }]);
  await seedUsageDay(partner, acme, '2026-05-01', [
    { country: 'FR', calls: 1, seconds: 200, sell: '4.123456' },
    { country: 'US', calls: 2, seconds: 400, sell: '6' },
  ]);
  await seedUsageDay(partner, acme, '2026-05-31', [
    { country: 'FR', calls: 1, seconds: 100, sell: '2' },
    { country: 'US', calls: 1, seconds: 200, sell: '3.5' },
  ]);
  await seedUsageDay(partner, acme, '2026-06-01', [{ country: 'US', calls: 9, seconds: 900, sell: '99' }]);
  await assignNumber(partner, acme, '+14155550123', '2.50', 'Main line');
  await assignNumber(partner, acme, '+14155550124', null);
});

async function linesOf(invoiceId: string) {
  const lines = await db.invoiceLine.findMany({ where: { invoiceId }, orderBy: [{ kind: 'asc' }, { description: 'asc' }] });
  return lines.map((line) => ({ kind: line.kind, description: line.description, quantity: line.quantity.toFixed(), unitPrice: line.unitPrice.toFixed(), amount: line.amount.toFixed() }));
}

describe('generateMonthlyInvoice', () => {
  it('bills the month’s calls per destination at sell prices, plus the numbers’ monthly prices', async () => {
    const result = await generateMonthlyInvoice(partner.admin, acme, '2026-05', NOW);
    expect(result).toMatchObject({ outcome: 'created', invoice: { number: 'INV-2026-000001', currency: 'USD', total: '18.12' } });

    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: result!.invoice.id } });
    expect(invoice.periodStart.toISOString().slice(0, 10)).toBe('2026-05-01');
    expect(invoice.periodEnd.toISOString().slice(0, 10)).toBe('2026-05-31');
    expect(invoice).toMatchObject({ status: 'ISSUED', partnerId: partner.partnerId, createdById: partner.admin.userId });
    expect(invoice.subtotal.toFixed(2)).toBe('18.12');
    expect(invoice.tax.toFixed(2)).toBe('0.00');
    expect(invoice.dueAt?.toISOString()).toBe('2026-06-29T12:00:00.000Z');
    expect(await linesOf(invoice.id)).toEqual([
      { kind: 'USAGE', description: 'Calls to France (FR) · 2 calls', quantity: '5', unitPrice: '1.224691', amount: '6.12' },
      { kind: 'USAGE', description: 'Calls to United States (US) · 3 calls', quantity: '10', unitPrice: '0.95', amount: '9.5' },
      { kind: 'RECURRING', description: 'Number +14155550123 (Main line) · monthly', quantity: '1', unitPrice: '2.5', amount: '2.5' },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'invoice.generate', entityId: invoice.id } });
    expect(audit).toMatchObject({ partnerId: partner.partnerId, actorId: partner.admin.userId });
  });

  it('bills one calls line when the customer called one country only', async () => {
    const single = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Single' });
    await seedUsageDay(partner, single, '2026-05-10', [{ country: 'GB', calls: 4, seconds: 90, sell: '0.333333' }]);
    const result = await generateMonthlyInvoice(partner.staff, single, '2026-05', NOW);
    expect(await linesOf(result!.invoice.id)).toEqual([{ kind: 'USAGE', description: 'Calls in May 2026 · 4 calls', quantity: '1.5', unitPrice: '0.222222', amount: '0.33' }]);
  });

  it('returns the existing invoice when the month is generated again', async () => {
    const first = await generateMonthlyInvoice(partner.admin, acme, '2026-05', NOW);
    await seedUsageDay(partner, acme, '2026-05-15', [{ country: 'US', calls: 1, seconds: 60, sell: '1' }]);
    const second = await generateMonthlyInvoice(partner.staff, acme, '2026-05', NOW);
    expect(second).toEqual({ outcome: 'existing', invoice: first!.invoice });
    expect(await db.invoice.count()).toBe(1);
    expect(await db.invoiceLine.count()).toBe(3);
  });

  it('makes one invoice when the same month is generated concurrently, and unique numbers across customers', async () => {
    const same = await Promise.all(Array.from({ length: 6 }, () => generateMonthlyInvoice(partner.admin, acme, '2026-05', NOW)));
    expect(new Set(same.map((result) => result!.invoice.id)).size).toBe(1);
    expect(same.filter((result) => result!.outcome === 'created')).toHaveLength(1);
    expect(await db.invoice.count({ where: { customerId: acme } })).toBe(1);

    const others = await Promise.all(['B', 'C', 'D', 'E', 'F'].map((name) => seedInvoiceCustomer(partner, 'VOBIZ', { name })));
    const results = await Promise.all(others.map((id) => generateMonthlyInvoice(partner.admin, id, '2026-05', NOW)));
    const numbers = results.map((result) => result!.invoice.number).sort();
    expect(numbers).toEqual(['INV-2026-000002', 'INV-2026-000003', 'INV-2026-000004', 'INV-2026-000005', 'INV-2026-000006']);
  });

  it('numbers each partner’s invoices on their own', async () => {
    const other = await seedInvoicePartner('bw', { connections: [{ kind: 'VOBIZ' }] });
    const otherCustomer = await seedInvoiceCustomer(other, 'VOBIZ', { name: 'Other' });
    await generateMonthlyInvoice(partner.admin, acme, '2026-05', NOW);
    expect((await generateMonthlyInvoice(other.admin, otherCustomer, '2026-05', NOW))!.invoice.number).toBe('INV-2026-000001');
  });

  it('waits until the month has ended in the partner’s time zone', async () => {
    // 02:00 UTC on 1 June is still 31 May in New York.
    await expect(generateMonthlyInvoice(partner.admin, acme, '2026-05', new Date('2026-06-01T02:00:00Z'))).rejects.toThrow(/has not ended/);
    await expect(generateMonthlyInvoice(partner.admin, acme, '2026-06', NOW)).rejects.toBeInstanceOf(InvoiceMonthNotEnded);
    await expect(generateMonthlyInvoices(partner.admin, '2026-06', NOW)).rejects.toBeInstanceOf(InvoiceMonthNotEnded);
    expect((await generateMonthlyInvoice(partner.admin, acme, '2026-05', new Date('2026-06-01T04:30:00Z')))!.outcome).toBe('created');
  });

  it('refuses customers whose provider issues their invoices, and is null for another partner’s customer', async () => {
    const cliqtelCustomer = await seedInvoiceCustomer(partner, 'CLIQTEL', { name: 'Cafe' });
    await expect(generateMonthlyInvoice(partner.admin, cliqtelCustomer, '2026-05', NOW)).rejects.toThrow(/issues Cafe's invoices/);
    const other = await seedInvoicePartner('bw', { connections: [{ kind: 'VOBIZ' }] });
    expect(await generateMonthlyInvoice(other.admin, acme, '2026-05', NOW)).toBeNull();
    expect(await db.invoice.count()).toBe(0);
  });

  it('bills a VoIP account customer the monthly charges its provider reports', async () => {
    const summit = await seedInvoiceCustomer(partner, 'VOIP_ACCOUNT', { name: 'Summit', providerAccountId: ACME.providerAccountId, authToken: ACME.authToken });
    const charges = await getCustomerRecurringCharges(partner.staff, summit);
    expect(charges?.source).toBe('provider');
    if (charges?.source !== 'provider' || charges.view.kind !== 'data' || !charges.view.data) throw new Error('expected the provider’s charges');
    const reported = charges.view.data;
    expect(reported.items.length).toBeGreaterThan(0);

    const result = await generateMonthlyInvoice(partner.admin, summit, '2026-05', NOW);
    const lines = await linesOf(result!.invoice.id);
    expect(lines.map((line) => line.description).sort()).toEqual(reported.items.map((item) => `${item.service} · monthly`).sort());
    expect(lines.every((line) => line.kind === 'RECURRING')).toBe(true);
    expect(Number(result!.invoice.total)).toBeCloseTo(Number(reported.total.amount), 2);
  });

  it('does not invoice without the provider’s monthly charges when none were ever read', async () => {
    const summit = await seedInvoiceCustomer(partner, 'VOIP_ACCOUNT', { name: 'Summit', providerAccountId: ACME.providerAccountId, authToken: ACME.authToken });
    voip.setFaults({ errorRate: 1 });
    try {
      await expect(generateMonthlyInvoice(partner.admin, summit, '2026-05', NOW)).rejects.toThrow(/Monthly charges could not be read/);
    } finally {
      voip.setFaults({ errorRate: 0 });
    }
    expect(await db.invoice.count()).toBe(0);
  });
});

describe('generateMonthlyInvoices', () => {
  it('invoices every portal-invoiced customer once and reports what it did', async () => {
    await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Suspended', status: 'SUSPENDED' });
    await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Closed, idle', status: 'CLOSED' });
    const closedCaller = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Closed, called', status: 'CLOSED' });
    await seedUsageDay(partner, closedCaller, '2026-05-03', [{ country: 'US', calls: 1, seconds: 60, sell: '0.5' }]);
    await seedInvoiceCustomer(partner, 'CLIQTEL', { name: 'Provider invoiced' });

    const first = await generateMonthlyInvoices(partner.admin, '2026-05', NOW);
    expect(first).toEqual({ month: '2026-05', created: 3, existing: 0, failed: [] });
    const invoiced = await db.invoice.findMany({ select: { customer: { select: { name: true } } } });
    expect(invoiced.map((row) => row.customer.name).sort()).toEqual(['Acme', 'Closed, called', 'Suspended']);

    const again = await generateMonthlyInvoices(partner.admin, '2026-05', NOW);
    expect(again).toEqual({ month: '2026-05', created: 0, existing: 3, failed: [] });
  });
});

describe('monthlyInvoicesJob', () => {
  it('invoices last month for active partners only, and is retried while invoices are missing', async () => {
    const month = previousMonthIn('America/New_York');
    const suspended = await seedInvoicePartner('gone', { status: 'SUSPENDED', connections: [{ kind: 'VOBIZ' }] });
    await seedInvoiceCustomer(suspended, 'VOBIZ', { name: 'Of a suspended partner' });
    const summit = await seedInvoiceCustomer(partner, 'VOIP_ACCOUNT', { name: 'Summit', providerAccountId: ACME.providerAccountId, authToken: ACME.authToken });

    voip.setFaults({ errorRate: 1 });
    try {
      await expect(monthlyInvoicesJob.handler(monthlyInvoicesJob.schema.parse({}), JOB_CONTEXT)).rejects.toBeInstanceOf(InvoiceRunIncomplete);
    } finally {
      voip.setFaults({ errorRate: 0 });
      resetCircuits();
    }
    expect(await db.invoice.count({ where: { customerId: acme } })).toBe(1);
    expect(await db.invoice.count({ where: { customerId: summit } })).toBe(0);

    await monthlyInvoicesJob.handler(monthlyInvoicesJob.schema.parse({}), JOB_CONTEXT);
    const invoices = await db.invoice.findMany({ select: { partnerId: true, periodStart: true, createdById: true } });
    expect(invoices).toHaveLength(2);
    expect(invoices.every((invoice) => invoice.partnerId === partner.partnerId && invoice.periodStart.toISOString().startsWith(month))).toBe(true);
    expect(invoices[0]!.createdById).toBe('system:monthly-invoices');
  });
});
