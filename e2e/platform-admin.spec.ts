import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const BLUEWAVE = 'Bluewave Voice';
const REASON = 'Unpaid invoices since March (e2e)';

async function openPartner(page: Page, name: string) {
  await page.goto('/admin');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Other specs sign in as Bluewave users: whatever happened here, Bluewave ends active. */
async function ensureBluewaveActive(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, fixture.users.platformAdmin, fixture.password);
  await openPartner(page, BLUEWAVE);
  const reactivate = page.getByRole('button', { name: 'Reactivate' });
  if (await reactivate.isVisible()) {
    await reactivate.click();
    await page.getByRole('button', { name: 'Reactivate partner' }).click();
    await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
  }
  await context.close();
}

test.describe.serial('platform admin', () => {
  test.afterAll(async ({ browser }) => {
    await ensureBluewaveActive(browser);
  });

  test('creates a partner and gets its first admin’s invitation link', async ({ page }, testInfo) => {
    await signIn(page, fixture.users.platformAdmin, fixture.password);
    await page.getByRole('link', { name: 'New partner' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New partner');

    // Refused first: the fields say why.
    await page.getByRole('button', { name: 'Create partner' }).click();
    await expect(page.getByText('Choose the partner’s currency.')).toBeVisible();

    await page.getByLabel('Name', { exact: true }).first().fill('Harbor Voice E2E');
    await expect(page.getByLabel('Slug')).toHaveValue('harbor-voice-e2e');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByRole('group', { name: 'First partner admin' }).getByLabel('Name').fill('Hana Harbor');
    await page.getByRole('group', { name: 'First partner admin' }).getByLabel('Email').fill('hana@harbor-e2e.test');
    await page.getByRole('button', { name: 'Create partner' }).click();

    await expect(page.getByText('Harbor Voice E2E was created')).toBeVisible();
    const link = page.getByLabel('Invitation link for hana@harbor-e2e.test');
    await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await page.screenshot({ path: testInfo.outputPath('partner-created.png'), fullPage: true });

    await page.getByRole('link', { name: 'Open Harbor Voice E2E' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbor Voice E2E');
    await expect(page.getByText('hana@harbor-e2e.test').first()).toBeVisible();
  });

  test('suspends Bluewave: its users are refused at sign-in and signed out, then it is reactivated', async ({ page, browser }, testInfo) => {
    // A Bluewave admin who is already signed in when the suspension happens.
    const bluewaveContext = await browser.newContext();
    const bluewavePage = await bluewaveContext.newPage();
    await signIn(bluewavePage, fixture.users.partnerBAdmin, fixture.password);
    await expect(bluewavePage).toHaveURL(/\/partner$/);

    await signIn(page, fixture.users.platformAdmin, fixture.password);
    await openPartner(page, BLUEWAVE);
    await page.getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${BLUEWAVE}?` });
    await dialog.getByRole('button', { name: 'Suspend partner' }).click();
    await expect(dialog.getByText(/Give a reason/)).toBeVisible();
    await dialog.getByLabel('Reason').fill(REASON);
    await dialog.getByRole('button', { name: 'Suspend partner' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Suspended', { exact: true })).toBeVisible();
    await expect(page.getByText(`Reason: “${REASON}”`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('partner-suspended.png'), fullPage: true });

    // The open session ends on the next request.
    await bluewavePage.goto('/partner/customers');
    await expect(bluewavePage).toHaveURL(/\/sign-in/);
    await bluewaveContext.close();

    // A new sign-in is refused, saying why.
    const refusedContext = await browser.newContext();
    const refused = await refusedContext.newPage();
    await refused.goto('/sign-in');
    await refused.getByLabel('Email').fill(fixture.users.partnerBStaff);
    await refused.getByLabel('Password').fill(fixture.password);
    await refused.getByRole('button', { name: 'Sign in' }).click();
    await expect(refused.getByRole('alert').filter({ hasText: /disabled|suspended/i })).toBeVisible();
    await expect(refused).toHaveURL(/\/sign-in/);
    await refused.screenshot({ path: testInfo.outputPath('suspended-sign-in-refused.png'), fullPage: true });
    await refusedContext.close();

    await page.getByRole('button', { name: 'Reactivate' }).click();
    await page.getByRole('button', { name: 'Reactivate partner' }).click();
    await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();

    const backContext = await browser.newContext();
    const back = await backContext.newPage();
    await signIn(back, fixture.users.partnerBStaff, fixture.password);
    await expect(back).toHaveURL(/\/partner$/);
    await backContext.close();
  });

  test('finds the suspension in the audit log and opens the job queue', async ({ page }, testInfo) => {
    await signIn(page, fixture.users.platformAdmin, fixture.password);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
    await page.getByLabel('Action contains', { exact: true }).fill('suspend');
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: BLUEWAVE });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=suspend/);
    const rows = page.getByRole('table', { name: 'Audit events matching the search' }).getByRole('row');
    await expect(rows.filter({ hasText: 'partner.suspend' }).filter({ hasText: REASON })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'partner.reactivate' })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('audit-search.png'), fullPage: true });

    await page.getByRole('link', { name: 'Job queue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Job queue');
    await expect(page.getByText(/Failed jobs|No job queue yet/).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('job-queue.png'), fullPage: true });
  });
});
