import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '@/test/integration/test-db';
import { generateMonthlyInvoice } from './generate-monthly-invoice';
import { getPortalInvoice } from './get-portal-invoice';
import { customerScope, seedInvoiceCustomer, seedInvoicePartner, seedUsageDay, type InvoiceTestPartner } from './invoices-test-fixture';
import { listCustomerCreditNotes } from './list-customer-credit-notes';
import { listCustomerInvoices } from './list-customer-invoices';
import { listPortalInvoices } from './list-portal-invoices';
import { openInvoicePdf } from './open-invoice-pdf';

const NOW = new Date('2026-06-15T12:00:00Z');
let partner: InvoiceTestPartner;
let other: InvoiceTestPartner;
const ids = { acme: '', harbor: '', acmeInvoice: '', harborInvoice: '' };

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

beforeEach(async () => {
  await resetDatabase();
  partner = await seedInvoicePartner('nw', { connections: [{ kind: 'VOBIZ' }] });
  other = await seedInvoicePartner('bw', { connections: [{ kind: 'VOBIZ' }] });
  ids.acme = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Acme' });
  ids.harbor = await seedInvoiceCustomer(partner, 'VOBIZ', { name: 'Harbor' });
  await seedUsageDay(partner, ids.acme, '2026-05-04', [{ country: 'US', calls: 3, seconds: 600, sell: '12.5' }]);
  ids.acmeInvoice = (await generateMonthlyInvoice(partner.admin, ids.acme, '2026-05', NOW))!.invoice.id;
  ids.harborInvoice = (await generateMonthlyInvoice(partner.admin, ids.harbor, '2026-05', NOW))!.invoice.id;
});

describe('who can reach a portal invoice', () => {
  it('the partner’s staff see every customer’s invoices and download their PDFs', async () => {
    const page = await listPortalInvoices(partner.staff, {});
    expect(page.items.map((invoice) => invoice.customerName).sort()).toEqual(['Acme', 'Harbor']);
    expect(await getPortalInvoice(partner.staff, ids.acmeInvoice)).toMatchObject({ customerName: 'Acme', total: '12.5', lines: [{ kind: 'USAGE' }] });
    const pdf = await openInvoicePdf(partner.staff, ids.acme, ids.acmeInvoice);
    expect(pdf?.filename).toBe('INV-2026-000001.pdf');
    expect((await readAll(pdf!.body)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('another partner’s staff reach neither the invoices, nor their PDFs, nor the customer', async () => {
    expect((await listPortalInvoices(other.staff, {})).items).toEqual([]);
    expect(await getPortalInvoice(other.staff, ids.acmeInvoice)).toBeNull();
    expect(await openInvoicePdf(other.admin, ids.acme, ids.acmeInvoice)).toBeNull();
    expect(await listCustomerInvoices(other.staff, ids.acme)).toBeNull();
    expect(await listCustomerCreditNotes(other.staff, ids.acme)).toBeNull();
  });

  it('a customer sees its own invoices only, and cannot fetch another customer’s PDF through any path', async () => {
    const acme = customerScope(partner, ids.acme);
    const list = await listCustomerInvoices(acme, ids.acme);
    expect(list).toMatchObject({ source: 'portal', page: { total: 1, items: [{ id: ids.acmeInvoice }] } });
    expect((await listPortalInvoices(acme, {})).items.map((invoice) => invoice.id)).toEqual([ids.acmeInvoice]);
    expect(await openInvoicePdf(acme, ids.acme, ids.acmeInvoice)).not.toBeNull();

    expect(await getPortalInvoice(acme, ids.harborInvoice)).toBeNull();
    expect(await listCustomerInvoices(acme, ids.harbor)).toBeNull();
    expect(await openInvoicePdf(acme, ids.harbor, ids.harborInvoice)).toBeNull();
    // Its own customer id with someone else's invoice id.
    expect(await openInvoicePdf(acme, ids.acme, ids.harborInvoice)).toBeNull();
    // Staff, too, only get an invoice under the customer it belongs to.
    expect(await openInvoicePdf(partner.staff, ids.acme, ids.harborInvoice)).toBeNull();
  });
});
