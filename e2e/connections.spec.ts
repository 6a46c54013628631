import { expect, test, type Page } from '@playwright/test';
import { DEMO_PARTNERS } from '../lib/seed/demo-data';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
const MASK = '••••••••';
const HEALTH_LABEL = /^(Healthy|Failing|Not checked yet)$/;
const [northwind] = DEMO_PARTNERS;
const vobizDemo = northwind.connections.find((connection) => connection.kind === 'VOBIZ')!;

/** The connection cards only, not the lists inside them. */
function connectionList(page: Page) {
  return page.getByRole('list', { name: 'Connections' }).locator('> li');
}

test('a partner admin sees their connections, each with its health', async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).first().click();
  await expect(page).toHaveURL(/\/partner\/connections$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();

  await expect(connectionList(page)).toHaveCount(northwind.connections.length);
  const card = connectionList(page).filter({ hasText: vobizDemo.label });
  await expect(card.getByText(HEALTH_LABEL)).toBeVisible();
  await expect(card.getByText(vobizDemo.baseUrl)).toBeVisible();

  // A test answers inline whether or not the provider is reachable from here.
  await card.getByRole('button', { name: `Test ${vobizDemo.label}` }).click();
  await expect(card.getByRole('status')).not.toBeEmpty({ timeout: 30_000 });
  await expect(card.getByRole('button', { name: `Test ${vobizDemo.label}` })).toBeEnabled();
  // Another partner's connections never show up.
  await expect(page.getByText('Cliqtel (sandbox)')).toHaveCount(0);
});

test('a new connection with a missing name and a bad URL shows the errors beside the fields and creates nothing', async ({ page }) => {
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/connections');
  const before = await connectionList(page).count();

  await page.getByRole('link', { name: 'Add connection' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add connection' })).toBeVisible();
  // The base URL starts as the chosen provider's own address.
  await expect(page.getByLabel('API base URL', { exact: true })).not.toHaveValue('');

  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByLabel('API base URL', { exact: true }).fill('not a url');
  await page.getByRole('button', { name: 'Add connection' }).click();

  const name = page.getByLabel('Name', { exact: true });
  const baseUrl = page.getByLabel('API base URL', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Enter a name for this connection/);
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(baseUrl).toHaveAccessibleDescription(/Enter the API base URL/);
  // What was typed survives the rejected save.
  await expect(baseUrl).toHaveValue('not a url');
  await expect(page).toHaveURL(/\/partner\/connections\/new$/);

  await page.goto('/partner/connections');
  await expect(connectionList(page)).toHaveCount(before);
});

test('editing a connection with the secret left blank keeps the secret, which the page never shows', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => bodies.push(await response.text().catch(() => '')));
  await signIn(page, fixture.users.partnerAAdmin, fixture.password);
  await page.goto('/partner/connections');
  await connectionList(page).filter({ hasText: vobizDemo.label }).getByRole('link', { name: `Edit ${vobizDemo.label}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: vobizDemo.label })).toBeVisible();

  const secretInputs = page.locator('input[type="password"]');
  const secretNames = await secretInputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  expect(secretNames.length).toBeGreaterThan(0);
  for (const input of await secretInputs.all()) {
    await expect(input).toHaveValue('');
    await expect(input).toHaveAccessibleDescription(new RegExp(`Stored \\(${MASK}\\)`));
  }

  const editedLabel = `${vobizDemo.label} – edited`;
  await page.getByLabel('Name', { exact: true }).fill(editedLabel);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: editedLabel })).toBeVisible();

  // Reload: the stored secret is still there (shown as the mask) and the inputs are still empty.
  await page.reload();
  for (const input of await secretInputs.all()) {
    await expect(input).toHaveValue('');
    await expect(input).toHaveAccessibleDescription(new RegExp(`Stored \\(${MASK}\\)`));
  }
  bodies.push(await page.content());

  // Put the demo name back for the tests that follow.
  await page.getByLabel('Name', { exact: true }).fill(vobizDemo.label);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: vobizDemo.label })).toBeVisible();

  const storedSecrets = secretNames
    .map((name) => (vobizDemo.credentials as Record<string, string>)[name.replace(/^credentials\./, '')])
    .filter((value): value is string => Boolean(value));
  expect(storedSecrets.length).toBeGreaterThan(0);
  for (const body of bodies) for (const secret of storedSecrets) expect(body).not.toContain(secret);
});

test('partner staff get a 404 for connections and do not see them in the menu', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' })).toHaveCount(0);
  for (const url of ['/partner/connections', '/partner/connections/new']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByText(vobizDemo.label)).toHaveCount(0);
  }
});

test.describe('a partner admin adds a connection of each kind, tests it and sees it healthy', () => {
  const [, bluewave] = DEMO_PARTNERS;
  const cases = [
    ...northwind.connections.map((connection) => ({ admin: fixture.users.partnerAAdmin, connection })),
    ...bluewave.connections.map((connection) => ({ admin: fixture.users.partnerBAdmin, connection })),
  ];
  for (const { admin, connection } of cases) {
    test(connection.kind, async ({ page }) => {
      const label = `${connection.kind} added in e2e`;
      await signIn(page, admin, fixture.password);
      await page.goto('/partner/connections/new');
      await page.getByLabel('Provider', { exact: true }).selectOption(connection.kind);
      await page.getByLabel('Name', { exact: true }).fill(label);
      await page.getByLabel('API base URL', { exact: true }).fill(connection.baseUrl);
      for (const [name, value] of Object.entries(connection.credentials)) {
        await page.locator(`[name="credentials.${name}"]`).fill(value);
      }
      await page.getByRole('button', { name: 'Add connection' }).click();
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expect(page.getByText('Not checked yet').first()).toBeVisible();

      await page.getByRole('button', { name: `Test ${label}` }).click();
      await expect(page.getByRole('status').filter({ hasText: /Works:/ })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText('Healthy').first()).toBeVisible();
    });
  }
});
