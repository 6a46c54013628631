import { expect, test } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

test('staff see each connection’s call sync with imported calls, and “Sync now” queues a sync', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/usage/sync');
  await expect(page.getByRole('heading', { name: 'Call sync' })).toBeVisible();

  // The e2e server synced every demo connection once before starting.
  const vobiz = page.getByRole('table', { name: /Vobiz/ });
  const allCustomers = vobiz.getByRole('row').filter({ hasText: 'All customers' });
  await expect(allCustomers).toContainText('Up to date');
  await expect(allCustomers.getByRole('cell').nth(4)).not.toHaveText('0');
  const voip = page.getByRole('table', { name: /VoIP account API/ });
  await expect(voip.getByRole('row').filter({ hasText: 'Summit Clinics' })).toBeVisible();

  await page.getByRole('button', { name: /Sync now: Vobiz/ }).click();
  await expect(page.getByText(/Sync queued|already queued/)).toBeVisible({ timeout: 20_000 });
});

test('customers cannot open the partner’s sync page', async ({ page }) => {
  await signIn(page, fixture.users.customerA1, fixture.password);
  const response = await page.goto('/partner/usage/sync');
  expect(response?.status()).toBe(404);
});
