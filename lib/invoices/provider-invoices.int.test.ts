import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '@/test/integration/test-db';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from '@/lib/providers/billing-platform/sandbox';
import { TEST_SEED as PLATFORM_SEED } from '@/lib/providers/billing-platform/test-fixture';
import { CAFE, NORDLICHT, PARTNER_TOKEN, cliqtelSeed } from '@/lib/providers/cliqtel/cliqtel-test-fixture';
import { startCliqtelSandbox, type CliqtelSandbox } from '@/lib/providers/cliqtel/sandbox';
import { resetCircuits } from '@/lib/providers/http/circuit-breakers';
import type { Invoice } from '@/lib/providers/types';
import { getCustomerRecurringCharges } from './get-customer-recurring-charges';
import { customerScope, seedInvoiceCustomer, seedInvoicePartner, type InvoiceTestPartner } from './invoices-test-fixture';
import { listCustomerCreditNotes } from './list-customer-credit-notes';
import { listCustomerInvoices, type CustomerInvoiceList } from './list-customer-invoices';
import { openInvoicePdf } from './open-invoice-pdf';

let cliqtel: CliqtelSandbox;
let platform: BillingPlatformSandbox;
let partner: InvoiceTestPartner;
const ids = { cafe: '', nordlicht: '', platformClient: '' };

beforeAll(async () => {
  cliqtel = await startCliqtelSandbox({ port: 0, seed: cliqtelSeed() });
  platform = await startBillingPlatformSandbox({ port: 0, seed: PLATFORM_SEED });
});

afterAll(async () => {
  await cliqtel.close();
  await platform.close();
});

beforeEach(async () => {
  await resetDatabase();
  resetCircuits();
  cliqtel.setFaults({ errorRate: 0 });
  platform.setFaults({ errorRate: 0 });
  partner = await seedInvoicePartner('bw', {
    currency: 'EUR',
    timeZone: 'Europe/Paris',
    connections: [
      { kind: 'CLIQTEL', baseUrl: cliqtel.url, credentials: { apiToken: PARTNER_TOKEN } },
      { kind: 'BILLING_PLATFORM', baseUrl: platform.url, credentials: { apiKey: PLATFORM_SEED.partner.credentials.apiKey } },
    ],
  });
  ids.cafe = await seedInvoiceCustomer(partner, 'CLIQTEL', { name: 'Cafe', providerAccountId: CAFE.providerAccountId, authToken: CAFE.authToken, currency: 'EUR' });
  ids.nordlicht = await seedInvoiceCustomer(partner, 'CLIQTEL', { name: 'Nordlicht', providerAccountId: NORDLICHT.providerAccountId, authToken: NORDLICHT.authToken, currency: 'EUR' });
  ids.platformClient = await seedInvoiceCustomer(partner, 'BILLING_PLATFORM', { name: 'Atelier', providerAccountId: '1001', currency: 'EUR' });
});

function providerInvoices(list: CustomerInvoiceList | null): Invoice[] {
  if (list?.source !== 'provider' || list.view.kind !== 'data' || !list.view.data) throw new Error(`expected the provider's invoices, got ${JSON.stringify(list)}`);
  return list.view.data.items;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe.each([
  { provider: 'Cliqtel', customer: () => ids.cafe },
  { provider: 'the billing platform', customer: () => ids.platformClient },
])('invoices issued by $provider', ({ customer }) => {
  it('lists them live with status and totals, and streams their PDF through', async () => {
    const list = await listCustomerInvoices(partner.staff, customer());
    expect(list).toMatchObject({ source: 'provider', pdfSupported: true, view: { kind: 'data', fresh: true, error: null } });
    const invoices = providerInvoices(list);
    expect(invoices.length).toBeGreaterThan(0);
    for (const invoice of invoices) {
      expect(invoice.total.currency).toBe('EUR');
      expect(invoice.status).toBeTruthy();
    }
    const withPdf = invoices.find((invoice) => invoice.hasPdf)!;
    const pdf = await openInvoicePdf(partner.staff, customer(), withPdf.id);
    expect(pdf?.filename).toMatch(/^invoice-[A-Za-z0-9._-]+\.pdf$/);
    expect((await readAll(pdf!.body)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the last good list with its age and the error while the provider is down', async () => {
    const first = providerInvoices(await listCustomerInvoices(partner.staff, customer()));
    cliqtel.setFaults({ errorRate: 1 });
    platform.setFaults({ errorRate: 1 });
    const list = await listCustomerInvoices(partner.staff, customer());
    expect(list).toMatchObject({ source: 'provider', view: { kind: 'data', fresh: false, fetchedAt: expect.any(Date), error: { message: expect.any(String) } } });
    expect(providerInvoices(list).map((invoice) => invoice.id)).toEqual(first.map((invoice) => invoice.id));
    expect(providerInvoices(list)[0]!.issuedAt).toBeInstanceOf(Date);
  });
});

describe('provider invoices and the caller', () => {
  it('a customer lists its own provider invoices and downloads their PDFs', async () => {
    const cafe = customerScope(partner, ids.cafe);
    const invoices = providerInvoices(await listCustomerInvoices(cafe, ids.cafe));
    const pdf = await openInvoicePdf(cafe, ids.cafe, invoices.find((invoice) => invoice.hasPdf)!.id);
    expect((await readAll(pdf!.body)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await listCustomerInvoices(cafe, ids.nordlicht)).toBeNull();
    expect(await openInvoicePdf(cafe, ids.nordlicht, invoices[0]!.id)).toBeNull();
  });

  it('another customer’s invoice id is not found under this customer’s account', async () => {
    const nordlichtInvoice = providerInvoices(await listCustomerInvoices(partner.staff, ids.nordlicht)).find((invoice) => invoice.hasPdf)!;
    expect(await openInvoicePdf(partner.staff, ids.cafe, nordlichtInvoice.id)).toBeNull();
    const platformInvoice = providerInvoices(await listCustomerInvoices(partner.staff, ids.platformClient)).find((invoice) => invoice.hasPdf)!;
    const other = await seedInvoiceCustomer(partner, 'BILLING_PLATFORM', { name: 'Nordlicht on the platform', providerAccountId: '1002', currency: 'EUR' });
    expect(await openInvoicePdf(partner.staff, other, platformInvoice.id)).toBeNull();
  });

  it('another partner’s staff reach nothing', async () => {
    const other = await seedInvoicePartner('nw', { connections: [{ kind: 'VOBIZ' }] });
    expect(await listCustomerInvoices(other.staff, ids.cafe)).toBeNull();
    expect(await openInvoicePdf(other.staff, ids.cafe, '1')).toBeNull();
  });
});

describe('credit notes and recurring charges of provider-invoiced customers', () => {
  it('lists Cliqtel’s credit notes and says why the billing platform has none', async () => {
    const cliqtelNotes = await listCustomerCreditNotes(partner.staff, ids.cafe);
    expect(cliqtelNotes).toMatchObject({ source: 'provider', view: { kind: 'data', fresh: true } });
    if (cliqtelNotes?.source !== 'provider' || cliqtelNotes.view.kind !== 'data') throw new Error('expected data');
    expect(cliqtelNotes.view.data![0]).toMatchObject({ number: expect.stringMatching(/^CN-/), amount: { currency: 'EUR' }, reason: expect.any(String) });

    expect(await listCustomerCreditNotes(partner.staff, ids.platformClient)).toEqual({
      source: 'provider',
      view: { kind: 'unavailable', reason: expect.stringMatching(/credit notes/) },
    });
  });

  it('falls back to the numbers’ monthly prices where the provider reports no recurring charges', async () => {
    expect(await getCustomerRecurringCharges(partner.staff, ids.cafe)).toEqual({ source: 'numbers', items: [], totals: [] });
  });
});
