import { expect, test } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

test.describe('sign-in lands each role on its home', () => {
  const cases = [
    { role: 'platform admin', email: fixture.users.platformAdmin, home: /\/admin$/, heading: 'Partners' },
    { role: 'partner admin', email: fixture.users.partnerAAdmin, home: /\/partner$/, heading: 'Overview' },
    { role: 'partner staff', email: fixture.users.partnerAStaff, home: /\/partner$/, heading: 'Overview' },
    { role: 'customer', email: fixture.users.customerA1, home: /\/customer$/, heading: 'Acme Dental' },
  ];
  for (const { role, email, home, heading } of cases) {
    test(`${role} signs in and sees the home page`, async ({ page }) => {
      await signIn(page, email, fixture.password);
      await expect(page).toHaveURL(home);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      await expect(page.getByText(email)).toBeVisible();
    });
  }
});

test('a wrong password shows an error and creates no session', async ({ page, context }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(fixture.users.partnerAStaff);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Incorrect email or password' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  const cookies = await context.cookies();
  expect(cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(false);
  await page.goto('/partner');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('sign out ends the session', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/partner/customers');
  await expect(page).toHaveURL(/\/sign-in/);
});
