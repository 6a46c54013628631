import { expect, test, type Page } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const [northwind, bluewave] = DEMO_PARTNERS;
const acme = northwind.customers[0];

function numbersCard(page: Page) {
  return page.getByRole('region', { name: 'Numbers', exact: true });
}

async function openAssignDialog(page: Page, customerName: string) {
  await numbersCard(page).getByRole('button', { name: 'Assign number' }).click();
  const dialog = page.getByRole('dialog', { name: `Assign a number to ${customerName}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('staff records a Vobiz number for a customer, sees it on the detail page and in the inventory, and unassigns it after confirming', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a1}`);
  await expect(page.getByRole('heading', { level: 1, name: acme.name })).toBeVisible();

  const dialog = await openAssignDialog(page, acme.name);
  // Vobiz cannot assign numbers through its API: the dialog says the portal records it.
  await expect(dialog.getByText("Recorded in the portal — the provider's API cannot assign numbers")).toBeVisible();
  const choice = dialog.getByRole('radio').first();
  await expect(choice).toBeVisible({ timeout: 20_000 });
  const number = await choice.inputValue();
  await choice.check();
  await expect(dialog.getByLabel('Number', { exact: true })).toHaveValue(number);
  await dialog.getByRole('button', { name: 'Assign number' }).click();
  await expect(dialog).toBeHidden();

  const row = numbersCard(page).getByRole('row').filter({ hasText: number });
  await expect(row).toBeVisible();
  await expect(row.getByText('Recorded in the portal')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Numbers' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Numbers' })).toBeVisible();
  await page.getByLabel('Number', { exact: true }).fill(number.slice(-7));
  await page.getByRole('button', { name: 'Apply' }).click();
  const inventoryRow = page.getByRole('row').filter({ hasText: number });
  await expect(inventoryRow.getByRole('link', { name: acme.name })).toBeVisible();
  await expect(inventoryRow.getByText('Recorded in the portal')).toBeVisible();

  await inventoryRow.getByRole('link', { name: acme.name }).click();
  await expect(page).toHaveURL(new RegExp(`/partner/customers/${fixture.customers.a1}$`));
  // Unassigning asks first; cancelling keeps the number.
  await numbersCard(page).getByRole('button', { name: `Unassign ${number}` }).click();
  const confirm = page.getByRole('dialog', { name: `Unassign ${number}?` });
  await expect(confirm).toContainText('Nothing changes at Vobiz');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(numbersCard(page).getByRole('row').filter({ hasText: number })).toBeVisible();

  await numbersCard(page).getByRole('button', { name: `Unassign ${number}` }).click();
  await page.getByRole('dialog', { name: `Unassign ${number}?` }).getByRole('button', { name: 'Unassign' }).click();
  await expect(numbersCard(page).getByRole('row').filter({ hasText: number })).toHaveCount(0);
});

test('a malformed number shows the error beside the field and assigns nothing', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.a1}`);
  const rowsBefore = await numbersCard(page).getByRole('row').count();

  const dialog = await openAssignDialog(page, acme.name);
  const input = dialog.getByLabel('Number', { exact: true });
  await input.fill('0612 34');
  await dialog.getByRole('button', { name: 'Assign number' }).click();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/international format/);
  await expect(input).toHaveValue('0612 34');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(numbersCard(page).getByRole('row')).toHaveCount(rowsBefore);
});

test('staff assigns a number from the billing platform’s stock, which the provider records', async ({ page }) => {
  const atelier = bluewave.customers[2];
  await signIn(page, fixture.users.partnerBStaff, fixture.password);
  await page.goto('/partner/customers');
  await page.getByRole('link', { name: atelier.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: atelier.name })).toBeVisible();

  const dialog = await openAssignDialog(page, atelier.name);
  // The search starts in the customer's country; prices come with each number.
  await expect(dialog.getByLabel('Country')).toHaveValue(atelier.country);
  const choice = dialog.getByRole('radio').first();
  await expect(choice).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText(/\/month/).first()).toBeVisible();
  const number = await choice.inputValue();
  await choice.check();
  await dialog.getByRole('button', { name: 'Assign number' }).click();
  await expect(dialog).toBeHidden();

  const row = numbersCard(page).getByRole('row').filter({ hasText: number });
  await expect(row.getByText('At the provider')).toBeVisible();
  // The billing platform keeps no labels: the button says so instead of failing later.
  await expect(row.getByRole('button', { name: `Label ${number} (unavailable)` })).toBeDisabled();

  await row.getByRole('button', { name: `Unassign ${number}` }).click();
  const confirm = page.getByRole('dialog', { name: `Unassign ${number}?` });
  await expect(confirm).toContainText('returns to your stock');
  await confirm.getByRole('button', { name: 'Unassign' }).click();
  await expect(numbersCard(page).getByRole('row').filter({ hasText: number })).toHaveCount(0);
});
