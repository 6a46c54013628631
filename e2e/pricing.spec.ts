import { expect, test } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

test('a partner admin adds, edits and deletes a price-list entry, with errors beside the fields', async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/pricing');
  await expect(page.getByRole('heading', { level: 1, name: 'Price list' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'United Kingdom – London' })).toContainText('$0.0390');

  await page.getByRole('button', { name: 'Add entry' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Prefix', { exact: true }).fill('99x');
  await dialog.getByLabel('Destination').fill('Test destination');
  await dialog.getByLabel('Rate per minute (USD)').fill('0.5');
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await expect(dialog.getByText(/dialling prefix as digits only/)).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByLabel('Prefix', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Prefix', { exact: true }).fill('998877');
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText('Entry added.')).toBeVisible();

  await page.getByRole('searchbox').fill('998877');
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row').filter({ hasText: '+998877' });
  await expect(row).toContainText('$0.5000');

  await row.getByRole('button', { name: 'Edit prefix 998877' }).click();
  await dialog.getByLabel('Rate per minute (USD)').fill('0.45');
  await dialog.getByLabel('Connection fee (USD)').fill('0.01');
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(row).toContainText('$0.4500');
  await expect(row).toContainText('$0.0100');

  await row.getByRole('button', { name: 'Delete prefix 998877' }).click();
  await dialog.getByRole('button', { name: 'Delete entry' }).click();
  await expect(page.getByText('No entries match')).toBeVisible({ timeout: 20_000 });
});

test('a CSV import lists every bad row and imports nothing, then imports a valid file', async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/pricing');
  const header = 'prefix,description,rate_per_minute,billing_increment,minimum_seconds,connection_fee';

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Or paste the rows/).fill(`${header}\n997001,Valid row,0.1,60,0,0\n99x,Bad prefix,0.1,60,0,0\n997002,,abc,60,0,0\n`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('3 problems in the file; nothing was imported.', { timeout: 20_000 });
  await expect(dialog.getByRole('row').filter({ hasText: 'Line 3' })).toContainText('digits only');
  await expect(dialog.getByRole('row').filter({ hasText: 'Line 4' })).toHaveCount(2);

  await dialog.getByLabel(/Or paste the rows/).fill(`${header}\n997001,Test range one,0.1,60,0,0\n997002,Test range two,0.2,1,30,\n`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText('Imported: 2 added, 0 replaced.')).toBeVisible();

  await page.goto('/partner/pricing?q=9970');
  await expect(page.getByRole('row').filter({ hasText: '+997002' })).toContainText('per second, at least 30 s');
});

test('a partner admin queues a re-rate and sees the run; an inverted period is refused beside the field', async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/pricing');
  await page.getByLabel('First day').fill('2025-01-31');
  await page.getByLabel('Last day').fill('2025-01-01');
  await page.getByRole('button', { name: 'Re-rate calls' }).click();
  await expect(page.getByText('The last day must be on or after the first day.')).toBeVisible({ timeout: 20_000 });

  await page.getByLabel('Last day').fill('2025-02-28');
  await page.getByRole('button', { name: 'Re-rate calls' }).click();
  await expect(page.getByText('Re-rate queued. Its progress shows below.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('table', { name: 'Recent re-rate runs' }).getByRole('row').filter({ hasText: '2025-01-31' })).toContainText(/Queued|Running|Done/);
});

test('partner staff see the price list read-only', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto('/partner/pricing');
  await expect(page.getByText('You can view prices.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'United Kingdom – London' })).toBeVisible();
  for (const name of ['Add entry', 'Import CSV', 'New price list', 'Re-rate calls']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^Edit prefix/ })).toHaveCount(0);
});
