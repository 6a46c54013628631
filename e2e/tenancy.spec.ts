import { expect, test } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

test('partner staff open their own customer', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  const response = await page.goto(`/partner/customers/${fixture.customers.a1}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Acme Dental');
});

test("a partner-A user opening a partner-B customer's URL gets a 404", async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  const response = await page.goto(`/partner/customers/${fixture.customers.b1}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Page not found')).toBeVisible();
  await expect(page.getByText('Café Lumière')).toHaveCount(0);
});

test("a customer opening another customer's URL gets a 404", async ({ page }) => {
  await signIn(page, fixture.users.customerA1, fixture.password);
  const own = await page.goto(`/customer/accounts/${fixture.customers.a1}`);
  expect(own?.status()).toBe(200);
  for (const url of [`/customer/accounts/${fixture.customers.a2}`, `/customer/accounts/${fixture.customers.b1}`, `/partner/customers/${fixture.customers.a2}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByText('Harbor Logistics')).toHaveCount(0);
  }
});

test('a customer cannot open the platform admin area', async ({ page }) => {
  await signIn(page, fixture.users.customerA1, fixture.password);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
});
