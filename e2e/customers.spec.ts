import { expect, test, type Page } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const [northwind, bluewave] = DEMO_PARTNERS;
const [acme, harbor, summit] = northwind.customers;
const voipConnection = northwind.connections[1];

/** The customer names in the list's table, in order. */
function customerNames(page: Page) {
  return page.getByRole('table').getByRole('row').locator('td:first-child a');
}

test('staff search the customers list by name, email and phone, and filter it, all kept in the URL', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add customer' }).first()).toHaveAttribute('href', '/partner/customers/new');
  await expect(customerNames(page).filter({ hasText: acme.name })).toHaveCount(1);
  // Another partner's customers never show up.
  await expect(page.getByText(bluewave.customers[0].name)).toHaveCount(0);

  const search = page.getByLabel('Search', { exact: true });
  await search.fill('HARBOR');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]q=HARBOR/);
  await expect(customerNames(page)).toHaveText([harbor.name]);

  await page.getByLabel('Search', { exact: true }).fill('acme-dental.test');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(customerNames(page)).toHaveText([acme.name]);

  // Typed the way people write numbers, with spaces.
  await page.getByLabel('Search', { exact: true }).fill(`${summit.phone.slice(2, 5)} ${summit.phone.slice(5, 8)} ${summit.phone.slice(8)}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(customerNames(page)).toHaveText([summit.name]);

  await page.getByLabel('Search', { exact: true }).fill('no customer is called this');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No matching customers')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/partner\/customers$/);

  await page.getByLabel('Connection', { exact: true }).selectOption({ label: voipConnection.label });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Active' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/connection=/);
  await expect(customerNames(page).filter({ hasText: summit.name })).toHaveCount(1);
  await expect(customerNames(page).filter({ hasText: acme.name })).toHaveCount(0);
  // The filters survive a reload: the URL is the list's state.
  await page.reload();
  await expect(page.getByLabel('Connection', { exact: true })).toHaveValue(/.+/);
  await expect(customerNames(page).filter({ hasText: acme.name })).toHaveCount(0);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Suspended' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(customerNames(page).filter({ hasText: summit.name })).toHaveCount(0);
});

test('the balance column header sorts the list and says how', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/customers');
  const balanceHeader = page.getByRole('columnheader', { name: /Balance/ });
  await balanceHeader.getByRole('link').click();
  await expect(page).toHaveURL(/sort=balance/);
  await expect(balanceHeader).toHaveAttribute('aria-sort', 'ascending');
  await balanceHeader.getByRole('link').click();
  await expect(balanceHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByLabel('Sort by', { exact: true })).toHaveValue('balance');
  await expect(page.getByLabel('Order', { exact: true })).toHaveValue('desc');
});

test('an invalid email in the profile shows the error beside the field and changes nothing', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a2}`);
  await page.getByRole('link', { name: 'Edit profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit profile' })).toBeVisible();
  await expect(page.getByText('These details are the portal’s own record')).toBeVisible();

  const email = page.getByLabel('Email', { exact: true });
  await email.fill('not-an-email');
  await page.getByLabel('Name', { exact: true }).fill('Harbor Logistics (renamed)');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(email).toHaveValue('not-an-email');

  await page.goto(`/partner/customers/${fixture.customers.a2}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(harbor.name);
  await expect(page.getByText(harbor.email).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Activity' }).getByText('Profile edited')).toHaveCount(0);
});

test('a valid profile edit is saved and appears in the customer’s activity', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a2}/edit`);
  await page.getByLabel('KYC status').selectOption({ label: 'Verified' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to the customer' }).click();
  const activity = page.getByRole('list', { name: 'Activity' });
  await expect(activity.getByText('Profile edited').first()).toBeVisible();
  await expect(activity.getByText('Not required → Verified').first()).toBeVisible();
});

test('the customer page shows calls, invoices and wallet transactions, or why they are unavailable', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  for (const customerId of [fixture.customers.a1, fixture.customers.a2]) {
    const response = await page.goto(`/partner/customers/${customerId}`);
    expect(response?.status()).toBe(200);
    for (const title of ['Recent calls', 'Invoices', 'Wallet transactions']) {
      const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
      await expect(card).toBeVisible();
      // Each section settles on data, an empty state, the provider's error or an "Unavailable:" note.
      await expect(card.getByRole('table').or(card.getByRole('note')).or(card.getByText(/No .* yet|No calls in/)).or(card.getByText(/Showing the last known|unavailable right now/)).first()).toBeVisible({
        timeout: 20_000,
      });
    }
    // Vobiz issues no invoices: the portal issues them from rated usage, so the card lists the portal's.
    const invoices = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Invoices', exact: true }) });
    await expect(invoices.getByText(/No invoices yet|INV-\d{4}-\d+/).first()).toBeVisible();
  }
});

test('the live balance comes from the provider and is refreshed in place', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a2}`);
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: /Balance at the provider/ }) });
  await expect(card.getByText(/Live from the provider|Last known value/)).toBeVisible({ timeout: 20_000 });
  await expect(card.getByTestId('live-balance')).toHaveText(/\d/);
  const refreshed = page.waitForResponse((response) => response.url().includes(`/api/partner/customers/${fixture.customers.a2}/balance`));
  await card.getByRole('button', { name: 'Refresh the balance' }).click();
  expect((await refreshed).status()).toBe(200);
});

test('another partner’s customer answers 404 on the edit page and the balance route', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  const edit = await page.goto(`/partner/customers/${fixture.customers.b1}/edit`);
  expect(edit?.status()).toBe(404);
  const balance = await page.request.get(`/api/partner/customers/${fixture.customers.b1}/balance`);
  expect(balance.status()).toBe(404);
  expect(await balance.text()).not.toContain(bluewave.customers[0].name);
});
