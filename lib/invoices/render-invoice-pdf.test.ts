import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';
import type { PortalInvoiceDetail } from './invoice-views';
import { renderInvoicePdf } from './render-invoice-pdf';

const INVOICE: PortalInvoiceDetail = {
  id: 'inv1',
  number: 'INV-2026-000123',
  status: 'ISSUED',
  customerId: 'c1',
  customerName: 'Café Lumière',
  customerEmail: 'contact@cafe-lumiere.test',
  partnerName: 'Bluewave Voice',
  partnerTimeZone: 'Europe/Paris',
  month: '2026-05',
  periodStart: new Date('2026-05-01T00:00:00Z'),
  periodEnd: new Date('2026-05-31T00:00:00Z'),
  issuedAt: new Date('2026-06-01T14:00:00Z'),
  dueAt: new Date('2026-06-15T14:00:00Z'),
  currency: 'EUR',
  subtotal: '18.12',
  tax: '0',
  total: '18.12',
  credited: '2.5',
  remaining: '15.62',
  lines: [
    { id: 'l1', kind: 'USAGE', description: 'Calls to France (FR) · 2 calls', quantity: '5', unitPrice: '1.224691', amount: '6.12' },
    { id: 'l2', kind: 'USAGE', description: 'Calls to United States (US) · 3 calls', quantity: '10', unitPrice: '0.95', amount: '9.5' },
    { id: 'l3', kind: 'RECURRING', description: 'Number +33155550103 · monthly', quantity: '1', unitPrice: '2.5', amount: '2.5' },
  ],
  creditNotes: [{ id: 'cn1', number: 'CN-2026-000004', amount: '2.5', currency: 'EUR', reason: 'Outage on 4 May', issuedAt: new Date('2026-06-03T09:00:00Z'), invoiceId: 'inv1', invoiceNumber: 'INV-2026-000123' }],
};

describe('renderInvoicePdf', () => {
  it('writes a PDF with the partner, customer, number, period, lines, totals and credit notes', async () => {
    const pdf = await renderInvoicePdf(INVOICE, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'Bluewave Voice',
      'Café Lumière',
      'INV-2026-000123',
      '1 May 2026 – 31 May 2026',
      'Issued',
      '1 Jun 2026',
      '15 Jun 2026',
      'Calls to France (FR) · 2 calls',
      '5 min',
      '€1.224691',
      '€6.12',
      'Total (EUR)',
      '€18.12',
      'CN-2026-000004',
      'Outage on 4 May',
      '-€2.50',
      'Balance due',
      '€15.62',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says so when there was nothing to bill, and compresses by default', async () => {
    const pdf = await renderInvoicePdf({ ...INVOICE, lines: [], creditNotes: [], subtotal: '0', total: '0', credited: '0', remaining: '0' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    const plain = pdfText(await renderInvoicePdf({ ...INVOICE, lines: [], creditNotes: [] }, { compress: false }));
    expect(plain).toContain('No calls or monthly charges in this period.');
    expect(plain).not.toContain('Balance due');
  });
});
