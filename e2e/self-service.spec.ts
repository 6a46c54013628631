import { expect, test } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const harbor = DEMO_PARTNERS[0].customers[1];
const FIRST_PASSWORD = 'Harbor-ops-2026!';
const SECOND_PASSWORD = 'Harbor-ops-2027!';

test('staff invite a customer user, who accepts, signs in and uses the self-service area', async ({ browser, page }, testInfo) => {
  const email = `e2e.ops.${Date.now()}@harbor-logistics.test`;
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a2}`);
  const users = page.getByRole('region', { name: 'Users', exact: true });
  const dialog = page.getByRole('dialog');
  // The card streams in with the page; a click before it is interactive is retried.
  await expect(async () => {
    await users.getByRole('button', { name: 'Invite a user' }).click();
    await expect(dialog).toBeVisible({ timeout: 2000 });
  }).toPass();
  await dialog.getByLabel('Name').fill('Otto Operations');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  const url = await dialog.getByLabel(`Invitation link for ${email}`).inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(users.getByRole('row').filter({ hasText: email })).toBeVisible();

  const customer = await (await browser.newContext()).newPage();
  await customer.goto(url);
  await expect(customer.getByRole('heading', { level: 1, name: `Join ${harbor.name}’s account` })).toBeVisible();
  await customer.getByLabel('Password', { exact: true }).fill(FIRST_PASSWORD);
  await customer.getByLabel('Confirm password').fill(FIRST_PASSWORD);
  await customer.getByRole('button', { name: 'Create account' }).click();
  await expect(customer).toHaveURL(/\/sign-in\?notice=account-created/);
  await customer.getByLabel('Password').fill(FIRST_PASSWORD);
  await customer.getByRole('button', { name: 'Sign in' }).click();

  // The overview: balance from the provider, this month's usage, numbers.
  await expect(customer).toHaveURL(/\/customer$/);
  await expect(customer.getByRole('heading', { level: 1 })).toContainText(harbor.name);
  const balance = customer.getByRole('region', { name: 'Balance' });
  await expect(balance.getByTestId('own-balance')).toHaveText(/\$-?[\d,]+\.\d{2}/);
  await expect(balance.getByText('Available to spend')).toBeVisible();
  await expect(customer.getByRole('region', { name: 'Active numbers' })).toBeVisible();
  await expect(customer.getByRole('heading', { name: /so far$/ })).toBeVisible();
  await customer.screenshot({ path: testInfo.outputPath('customer-overview.png'), fullPage: true });

  const nav = customer.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Numbers' }).first().click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Numbers' })).toBeVisible();
  await expect(customer.getByRole('table').or(customer.getByText('No numbers yet'))).toBeVisible();
  await customer.screenshot({ path: testInfo.outputPath('customer-numbers.png'), fullPage: true });

  await nav.getByRole('link', { name: 'Wallet' }).first().click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Wallet' })).toBeVisible();
  const transactions = customer.getByRole('region', { name: 'Transactions' });
  await expect(transactions.getByRole('row').nth(1).or(transactions.getByText('No transactions yet'))).toBeVisible();
  await customer.screenshot({ path: testInfo.outputPath('customer-wallet.png'), fullPage: true });

  await nav.getByRole('link', { name: 'Profile' }).first().click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(customer.getByLabel('Name')).toHaveValue('Otto Operations');
  const current = customer.getByLabel('Current password');
  await current.fill('not-my-password');
  await customer.getByLabel('New password', { exact: true }).fill(SECOND_PASSWORD);
  await customer.getByLabel('Confirm new password').fill(SECOND_PASSWORD);
  await customer.getByRole('button', { name: 'Change password' }).click();
  await expect(current).toHaveAccessibleDescription(/current password is not correct/);
  await current.fill(FIRST_PASSWORD);
  await customer.getByLabel('New password', { exact: true }).fill(SECOND_PASSWORD);
  await customer.getByLabel('Confirm new password').fill(SECOND_PASSWORD);
  await customer.getByRole('button', { name: 'Change password' }).click();
  await expect(customer.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();
  await customer.screenshot({ path: testInfo.outputPath('customer-profile.png'), fullPage: true });

  // The new password is the one that works now.
  await customer.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(customer).toHaveURL(/\/sign-in/);
  await signIn(customer, email, SECOND_PASSWORD);
  await expect(customer).toHaveURL(/\/customer$/);
});

test('the self-service pages fit a phone screen', async ({ browser }, testInfo) => {
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(phone, fixture.users.customerA2, fixture.password);
  for (const path of ['/customer', '/customer/wallet', '/customer/numbers', '/customer/profile']) {
    await phone.goto(path);
    await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
    // Wide tables scroll inside their card; the page itself never scrolls sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: testInfo.outputPath(`phone${path.replaceAll('/', '-')}.png`), fullPage: true });
  }
});
