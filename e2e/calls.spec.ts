import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

/** The filtered set's count from the totals bar, once it has loaded. */
async function shownTotal(page: Page): Promise<number> {
  const total = page.getByTestId('calls-total');
  await expect(total).toBeVisible({ timeout: 20_000 });
  return Number((await total.innerText()).replace(/\D/g, ''));
}

test('a customer sees only their own calls, whatever customer the URL names', async ({ browser }) => {
  const staff = await browser.newPage();
  await signIn(staff, fixture.users.partnerAStaff, fixture.password);
  await staff.goto(`/partner/calls?customerId=${fixture.customers.a1}`);
  const ownCalls = await shownTotal(staff);
  // The e2e server syncs the demo calls before it starts.
  expect(ownCalls).toBeGreaterThan(0);

  const customer = await browser.newPage();
  await signIn(customer, fixture.users.customerA1, fixture.password);
  await customer.goto('/customer/calls');
  await expect(customer.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible();
  expect(await shownTotal(customer)).toBe(ownCalls);
  await expect(customer.getByRole('columnheader', { name: 'Cost' })).toHaveCount(0);
  await expect(customer.getByRole('columnheader', { name: 'Customer' })).toHaveCount(0);

  for (const other of [fixture.customers.a2, fixture.customers.b1]) {
    await customer.goto(`/customer/calls?customerId=${other}`);
    expect(await shownTotal(customer), other).toBe(ownCalls);
    const response = await customer.request.get(`/api/calls/export?format=csv&customerId=${other}`);
    expect(response.status()).toBe(200);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).not.toContain('Cost');
    expect(lines).toHaveLength(ownCalls + 1);
  }
  expect((await customer.goto('/partner/calls'))?.status()).toBe(404);
});

test('staff export a filtered CSV whose rows match the shown total', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/calls');
  const everything = await shownTotal(page);

  await page.getByLabel('Status').selectOption('ANSWERED');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=ANSWERED/);
  const answered = await shownTotal(page);
  expect(answered).toBeGreaterThan(0);
  expect(answered).toBeLessThanOrEqual(everything);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^calls.*\.csv$/);
  const [header, ...rows] = readFileSync((await download.path())!, 'utf8').trim().split('\n');
  expect(header).toContain('Started (');
  expect(header).toContain('Margin');
  expect(rows).toHaveLength(answered);
  expect(rows.every((row) => row.includes(',ANSWERED,'))).toBe(true);
});

test('the calls export answers 401 without a session', async ({ request }) => {
  const response = await request.get('/api/calls/export?format=csv');
  expect(response.status()).toBe(401);
});
