import { expect, test, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

function walletCard(page: Page) {
  return page.getByRole('region', { name: 'Wallet', exact: true });
}

/** The ledger balance the wallet card shows, in cents (the card formats it as en-US dollars). */
async function ledgerCents(page: Page): Promise<number> {
  const text = await walletCard(page).getByTestId('ledger-balance').innerText();
  return Math.round(Number(text.replace(/[^0-9.-]/g, '')) * 100);
}

test('staff fund a customer’s wallet from the detail page and see the new ledger balance', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a1}`);
  await expect(walletCard(page)).toBeVisible();
  const before = await ledgerCents(page);

  await page.getByRole('button', { name: 'Fund wallet' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /Fund .*wallet/ })).toBeVisible();
  const amount = dialog.getByLabel('Amount (USD)');
  await expect(amount).toHaveAttribute('inputmode', 'decimal');
  await amount.fill('12.34');
  await dialog.getByLabel('Note').fill('E2E top-up');
  await dialog.getByRole('button', { name: 'Transfer' }).click();

  // Settled: the dialog closes, a toast confirms, and the page shows the ledger's new balance.
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText(/Transferred \$12\.34 to Acme Dental/)).toBeVisible();
  await expect(walletCard(page).getByTestId('ledger-balance')).toHaveText(usd.format((before + 1234) / 100));
  const row = walletCard(page).getByRole('row').filter({ hasText: 'E2E top-up' });
  await expect(row).toContainText('$12.34');
  await expect(row).toContainText('Settled');

  // The reconciliation view lists the funded customer beside the provider's balance.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wallets' }).first().click();
  await expect(page).toHaveURL(/\/partner\/wallet\/reconciliation$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wallet reconciliation' })).toBeVisible();
  await expect(page.getByText('The ledger balances')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Acme Dental' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Reconcile now' }).click();
  await expect(page.getByText(/Nothing to reconcile|Checked \d+ pending/)).toBeVisible({ timeout: 20_000 });
});

test('an invalid amount shows the error beside the field and creates nothing', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a1}`);
  await expect(walletCard(page)).toBeVisible();
  const before = await ledgerCents(page);
  const rowsBefore = await walletCard(page).getByRole('row').count();

  await page.getByRole('button', { name: 'Fund wallet' }).click();
  const dialog = page.getByRole('dialog');
  const amount = dialog.getByLabel('Amount (USD)');
  await amount.fill('1.234');
  await dialog.getByRole('button', { name: 'Transfer' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(/at most 2 decimals/);
  // What was typed stays, so it can be corrected.
  await expect(amount).toHaveValue('1.234');

  await amount.fill('0');
  await dialog.getByRole('button', { name: 'Transfer' }).click();
  await expect(amount).toHaveAccessibleDescription(/greater than zero/);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.reload();
  expect(await ledgerCents(page)).toBe(before);
  await expect(walletCard(page).getByRole('row')).toHaveCount(rowsBefore);
});

test('only partner admins reach the per-transfer limit, and staff are held to it', async ({ browser }) => {
  const staff = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  await signIn(staff, fixture.users.partnerAStaff, fixture.password);
  expect((await staff.goto('/partner/wallet/settings'))?.status()).toBe(404);

  await signIn(admin, fixture.users.partnerAAdmin, fixture.password);
  await admin.goto('/partner/wallet/settings');
  const limit = admin.getByLabel('Most one funding may move');
  await limit.fill('50');
  await admin.getByRole('button', { name: 'Save limit' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Per-transfer limit saved' })).toBeVisible();

  await staff.goto(`/partner/customers/${fixture.customers.a1}`);
  await staff.getByRole('button', { name: 'Fund wallet' }).click();
  const amount = staff.getByRole('dialog').getByLabel('Amount (USD)');
  await amount.fill('50.01');
  await staff.getByRole('dialog').getByRole('button', { name: 'Transfer' }).click();
  await expect(amount).toHaveAccessibleDescription(/most you can transfer at once is \$50\.00/);

  // Leave no limit behind for other tests.
  await limit.fill('');
  await admin.getByRole('button', { name: 'Save limit' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Per-transfer limit removed' })).toBeVisible();
});
