import { expect, test, type Page } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const [northwind] = DEMO_PARTNERS;
const vobizDemo = northwind.connections.find((connection) => connection.kind === 'VOBIZ')!;
const acme = northwind.customers[0];

async function startWizard(page: Page) {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/customers');
  await page.getByRole('link', { name: 'Add customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add customer' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(vobizDemo.label.replace(/[()]/g, '\\$&')) }).check();
}

async function fillVobizAccount(page: Page, values: { name: string; email: string; phone: string; country: string; password: string }) {
  await page.getByLabel('Customer name').fill(values.name);
  await page.getByLabel('Email').fill(values.email);
  await page.getByLabel('Phone').fill(values.phone);
  if (values.country) await page.getByLabel('Country').selectOption(values.country);
  await page.getByLabel('Password for the Vobiz account').fill(values.password);
}

/** Nothing under that name in the customers list: the wizard created no customer. */
async function expectNoCustomerNamed(page: Page, name: string) {
  await page.goto(`/partner/customers?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
}

test('staff onboard a Vobiz customer, fund an opening balance and assign a number, and see all three on the customer’s page', async ({ page }) => {
  const name = `Wizard Dental ${Date.now().toString(36)}`;
  await startWizard(page);
  await fillVobizAccount(page, { name, email: `${name.replace(/\W+/g, '-').toLowerCase()}@e2e.test`, phone: '+1 415 555 0142', country: 'US', password: 'Welcome-2026!' });
  await page.getByRole('button', { name: 'Create account' }).click();

  // The token is shown once, with a copy button; the address is now the resumable onboarding.
  await expect(page.getByText(/shown only this once/)).toBeVisible({ timeout: 30_000 });
  const token = await page.getByLabel('Auth token', { exact: true }).inputValue();
  expect(token.length).toBeGreaterThan(10);
  await expect(page.getByRole('button', { name: 'Copy auth token' })).toBeVisible();
  await expect(page).toHaveURL(/\/partner\/customers\/new\/[^/]+$/);
  await page.getByRole('button', { name: /I have saved it/ }).click();
  await expect(page.getByLabel('Auth token', { exact: true })).toHaveCount(0);

  await page.getByLabel('Opening balance (USD)').fill('25');
  await page.getByRole('button', { name: 'Fund wallet' }).click();

  const choice = page.getByRole('main').getByRole('radio').first();
  await expect(choice).toBeVisible({ timeout: 30_000 });
  const number = await choice.inputValue();
  await choice.check();
  await expect(page.getByLabel('Number', { exact: true })).toHaveValue(number);
  await page.getByRole('button', { name: 'Assign number' }).click();

  await expect(page.getByText(`${name} is set up`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wallet', exact: true }).getByText('$25.00').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Numbers', exact: true }).getByRole('row').filter({ hasText: number })).toBeVisible();
  // The customer page only says the token is stored; the token itself is never shown again.
  await expect(page.getByText('Stored encrypted')).toBeVisible();
  expect(await page.content()).not.toContain(token);
});

test('invalid input shows the errors beside the fields, before anything is sent, and creates nothing', async ({ page }) => {
  const name = `Invalid Input ${Date.now().toString(36)}`;
  await startWizard(page);
  await fillVobizAccount(page, { name, email: 'not-an-email', phone: '4155550100', country: '', password: 'short' });
  await page.getByRole('button', { name: 'Create account' }).click();

  for (const [label, message] of [
    ['Email', /valid email address/],
    ['Phone', /E\.164/],
    ['Country', /Choose a country/],
    ['Password for the Vobiz account', /at least 8 characters/],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }
  // What was typed stays, and no customer exists yet, so the address is still the new wizard.
  await expect(page.getByLabel('Customer name')).toHaveValue(name);
  await expect(page).toHaveURL(/\/partner\/customers\/new$/);

  // The server is the authority: an email another customer uses is refused before Vobiz is asked.
  await fillVobizAccount(page, { name, email: acme.email, phone: '+14155550100', country: 'US', password: 'Welcome-2026!' });
  await page.getByRole('button', { name: 'Create account' }).click();
  const email = page.getByLabel('Email', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(new RegExp(`${acme.name} already uses this email address`));
  await expect(page).toHaveURL(/\/partner\/customers\/new$/);

  await expectNoCustomerNamed(page, name);
});
