import { expect, test, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const NEW_PASSWORD = 'Welcome-aboard-2026';

/** Fills the accept page and submits; lands on the sign-in page with the new account's notice. */
async function acceptInvitation(page: Page, url: string, password: string) {
  await page.goto(url);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=account-created/);
  await expect(page.getByRole('status').filter({ hasText: 'Your account is ready' })).toBeVisible();
}

test('a partner admin invites a staff member, who sets a password and signs in; once disabled they cannot', async ({ browser, page }, testInfo) => {
  const email = `e2e.staff.${Date.now()}@northwind.test`;
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const dialog = page.getByRole('dialog');
  // A click before the page is interactive is retried.
  await expect(async () => {
    await page.getByRole('button', { name: 'Invite a colleague' }).click();
    await expect(dialog).toBeVisible({ timeout: 2000 });
  }).toPass();
  await dialog.getByLabel('Name').fill('Erin Example');
  await dialog.getByLabel('Email').fill(email);
  await expect(dialog.getByRole('radio', { name: /Staff/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  const link = dialog.getByLabel(`Invitation link for ${email}`);
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const url = await link.inputValue();
  await page.screenshot({ path: testInfo.outputPath('invitation-link.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Partner staff');

  // The invitee has no session: a fresh browser context.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(url);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Join Northwind Telecom' })).toBeVisible();
  await expect(invitee.getByText('Nora Admin at Northwind Telecom invited you')).toBeVisible();
  await invitee.screenshot({ path: testInfo.outputPath('accept-invitation.png'), fullPage: true });
  // A weak password is refused beside its field.
  await invitee.getByLabel('Password', { exact: true }).fill('short');
  await invitee.getByLabel('Confirm password').fill('short');
  await invitee.getByRole('button', { name: 'Create account' }).click();
  await expect(invitee.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/Use at least 12 characters/);

  await acceptInvitation(invitee, url, NEW_PASSWORD);
  await expect(invitee.getByLabel('Email')).toHaveValue(email);
  await invitee.getByLabel('Password').fill(NEW_PASSWORD);
  await invitee.getByRole('button', { name: 'Sign in' }).click();
  await expect(invitee).toHaveURL(/\/partner$/);
  await expect(invitee.getByText(email)).toBeVisible();
  // Staff do not manage the team: no link, and the page answers 404.
  await expect(invitee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  expect((await invitee.goto('/partner/users'))?.status()).toBe(404);

  // The link worked once.
  await invitee.goto(url);
  await expect(invitee.getByRole('heading', { name: 'This invitation was already used' })).toBeVisible();

  await page.reload();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Disable Erin Example' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Erin Example is disabled.')).toBeVisible();
  await expect(row).toContainText('Disabled');
  await page.screenshot({ path: testInfo.outputPath('user-disabled.png'), fullPage: true });

  // Signed out at the next request, and refused at sign-in.
  await invitee.goto('/partner');
  await expect(invitee).toHaveURL(/\/sign-in/);
  await invitee.getByLabel('Email').fill(email);
  await invitee.getByLabel('Password').fill(NEW_PASSWORD);
  await invitee.getByRole('button', { name: 'Sign in' }).click();
  await expect(invitee.getByRole('alert').filter({ hasText: 'This account is disabled' })).toBeVisible();
});

test('an admin cannot disable themselves, and staff cannot reach user management', async ({ browser, page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/users');
  const own = page.getByRole('row').filter({ hasText: fixture.users.partnerAAdmin });
  await expect(own).toContainText('You');
  await expect(own.getByRole('button')).toHaveCount(0);
  // Another partner's team is not listed.
  await expect(page.getByText(fixture.users.partnerBAdmin)).toHaveCount(0);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, fixture.users.partnerAStaff, fixture.password);
  expect((await staff.goto('/partner/users'))?.status()).toBe(404);
});
