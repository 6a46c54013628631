import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const atelier = DEMO_PARTNERS[1].customers[2];

/** Hrefs of portal invoice PDFs, collected once the month has been invoiced. */
const pdfHrefs = { a1: '', a2: '' };

async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

async function pdfHrefOf(page: Page, customerName: string): Promise<string> {
  const row = page.getByRole('row').filter({ hasText: customerName }).first();
  await expect(row).toBeVisible();
  return (await row.getByRole('link', { name: /Download invoice .* as PDF/ }).getAttribute('href'))!;
}

// The partner admin invoices last month first (running it again only fills gaps), so the
// portal-invoiced customers have an invoice to open.
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/invoices');
  await page.getByRole('button', { name: /Generate invoices for/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /created, \d+ already existed/ })).toBeVisible({ timeout: 60_000 });
  await page.goto('/partner/invoices?customer=Acme');
  pdfHrefs.a1 = await pdfHrefOf(page, 'Acme Dental');
  await page.goto('/partner/invoices?customer=Harbor');
  pdfHrefs.a2 = await pdfHrefOf(page, 'Harbor Logistics');
  await context.close();
});

test('staff open a customer’s invoices and download the PDF the portal generates', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a1}`);
  const card = page.getByRole('region', { name: 'Invoices', exact: true });
  await expect(card.getByRole('heading', { name: 'Latest invoices' })).toBeVisible();
  const link = card.getByRole('link', { name: /Download invoice INV-\d{4}-\d{6} as PDF/ }).first();
  await expect(link).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^INV-\d{4}-\d{6}\.pdf$/);
  expect((await downloadedBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="INV-\d{4}-\d{6}\.pdf"$/);

  // The invoice's own page shows its lines and totals.
  await card.getByRole('link', { name: /^INV-/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Invoice INV-/ })).toBeVisible();
  await expect(page.getByText(/Total \(USD\)/)).toBeVisible();
});

test('staff download a provider’s own invoice PDF', async ({ page }) => {
  await signIn(page, fixture.users.partnerBStaff, fixture.password);
  await page.goto('/partner/invoices');
  await page.getByRole('link', { name: atelier.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${atelier.name}: invoices` })).toBeVisible();
  const link = page.getByRole('link', { name: /Download invoice .* as PDF/ }).first();
  await expect(link).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^invoice-\w+\.pdf$/);
  expect((await downloadedBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('a customer downloads its own invoice PDF and reaches no one else’s', async ({ page }) => {
  await signIn(page, fixture.users.customerA1, fixture.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).first().click();
  await expect(page).toHaveURL(/\/customer\/invoices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  const link = page.getByRole('link', { name: /Download invoice INV-\d{4}-\d{6} as PDF/ }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect((await downloadedBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await link.getAttribute('href')).toBe(pdfHrefs.a1);

  expect((await page.request.get(pdfHrefs.a2)).status()).toBe(404);
  // Its own customer id with another customer's invoice id.
  const [, , , , otherInvoiceId] = pdfHrefs.a2.split('/');
  expect((await page.request.get(`/api/invoices/${fixture.customers.a1}/${otherInvoiceId}/pdf`)).status()).toBe(404);
});

test('another partner’s staff get 404 for an invoice PDF', async ({ page }) => {
  await signIn(page, fixture.users.partnerBStaff, fixture.password);
  expect((await page.request.get(pdfHrefs.a1)).status()).toBe(404);
  const detail = await page.goto(`/partner/invoices/${pdfHrefs.a1.split('/')[4]}`);
  expect(detail?.status()).toBe(404);
});
