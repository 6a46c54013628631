import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { generateMonthlyInvoice } from './generate-monthly-invoice';
import { getPortalInvoice } from './get-portal-invoice';
import { seedInvoiceCustomer, seedInvoicePartner, seedUsageDay, type InvoiceTestPartner } from './invoices-test-fixture';
import { issueCreditNote } from './issue-credit-note';
import { listCustomerCreditNotes } from './list-customer-credit-notes';

const db = testDb();
const NOW = new Date('2026-06-15T12:00:00Z');
const CONTEXT = { ip: '203.0.113.9' };
let partner: InvoiceTestPartner;
let customerId: string;
let invoiceId: string;

beforeEach(async () => {
  await resetDatabase();
  partner = await seedInvoicePartner('nw', { connections: [{ kind: 'VOBIZ' }] });
  customerId = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Acme' });
  await seedUsageDay(partner, customerId, '2026-05-04', [{ country: 'US', calls: 3, seconds: 600, sell: '18.12' }]);
  invoiceId = (await generateMonthlyInvoice(partner.admin, customerId, '2026-05', NOW))!.invoice.id;
});

describe('issueCreditNote', () => {
  it('credits an invoice up to its total, numbering the notes, and never beyond', async () => {
    const first = await issueCreditNote(partner.admin, { invoiceId, amount: '10.00', reason: 'Outage on 4 May' }, CONTEXT);
    expect(first).toEqual({ ok: true, creditNote: { id: expect.any(String), number: 'CN-2026-000001', amount: '10', currency: 'USD' } });

    const over = await issueCreditNote(partner.admin, { invoiceId, amount: '8.13', reason: 'Goodwill' }, CONTEXT);
    expect(over).toEqual({ ok: false, fieldErrors: { amount: ['At most $8.12 of invoice INV-2026-000001 can still be credited.'] } });

    const rest = await issueCreditNote(partner.admin, { invoiceId, amount: '8.12', reason: 'Goodwill' }, CONTEXT);
    expect(rest).toMatchObject({ ok: true, creditNote: { number: 'CN-2026-000002' } });
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '0.01', reason: 'One more' }, CONTEXT)).toEqual({
      ok: false,
      fieldErrors: { amount: ['Invoice INV-2026-000001 is fully credited already.'] },
    });

    const invoice = await getPortalInvoice(partner.staff, invoiceId);
    expect(invoice).toMatchObject({ credited: '18.12', remaining: '0' });
    expect(invoice!.creditNotes.map((note) => note.reason)).toEqual(['Outage on 4 May', 'Goodwill']);
    const audit = await db.auditEvent.findMany({ where: { action: 'invoice.credit_note.issue', entityId: invoiceId } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: partner.admin.userId, ip: CONTEXT.ip });
  });

  it('lets only one of two concurrent credits through when together they exceed the invoice', async () => {
    const results = await Promise.all([
      issueCreditNote(partner.admin, { invoiceId, amount: '10', reason: 'First admin' }, CONTEXT),
      issueCreditNote({ ...partner.admin, userId: 'nw-admin-2' }, { invoiceId, amount: '10', reason: 'Second admin' }, CONTEXT),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ fieldErrors: { amount: [expect.stringMatching(/At most \$8\.12/)] } });
    expect(await db.creditNote.count()).toBe(1);
  });

  it('answers invalid input with errors beside each field', async () => {
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '', reason: '' }, CONTEXT)).toEqual({
      ok: false,
      fieldErrors: { amount: ['Enter an amount.'], reason: ['Say why the customer is credited.'] },
    });
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '0', reason: 'Zero' }, CONTEXT)).toMatchObject({ fieldErrors: { amount: ['The amount must be greater than zero.'] } });
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '-5', reason: 'Negative' }, CONTEXT)).toMatchObject({ fieldErrors: { amount: [expect.any(String)] } });
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '1.005', reason: 'Too precise' }, CONTEXT)).toMatchObject({
      fieldErrors: { amount: ['USD amounts have at most 2 decimals.'] },
    });
    expect(await db.creditNote.count()).toBe(0);
  });

  it('is for partner admins, on their own partner’s invoices only', async () => {
    await expect(issueCreditNote(partner.staff, { invoiceId, amount: '1', reason: 'Staff try' }, CONTEXT)).rejects.toBeInstanceOf(NotAllowed);
    const other = await seedInvoicePartner('bw', { connections: [{ kind: 'VOBIZ' }] });
    expect(await issueCreditNote(other.admin, { invoiceId, amount: '1', reason: 'Foreign' }, CONTEXT)).toEqual({ ok: false, fieldErrors: { invoiceId: ['This invoice does not exist.'] } });
    expect(await db.creditNote.count()).toBe(0);
  });

  it('refuses to credit a void invoice', async () => {
    await db.invoice.update({ where: { id: invoiceId }, data: { status: 'VOID' } });
    expect(await issueCreditNote(partner.admin, { invoiceId, amount: '1', reason: 'Void' }, CONTEXT)).toMatchObject({ ok: false, formError: expect.stringMatching(/void/) });
  });

  it('lists the customer’s portal credit notes with their invoice', async () => {
    await issueCreditNote(partner.admin, { invoiceId, amount: '2.5', reason: 'Outage' }, CONTEXT);
    const notes = await listCustomerCreditNotes(partner.staff, customerId);
    expect(notes).toEqual({
      source: 'portal',
      items: [{ id: expect.any(String), number: 'CN-2026-000001', amount: { amount: '2.5', currency: 'USD' }, issuedAt: expect.any(Date), reason: 'Outage', invoiceNumber: 'INV-2026-000001', invoiceId }],
    });
  });
});
