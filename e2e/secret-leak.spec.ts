import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('a planted auth token appears in no page, response, bundle or log', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    const body = await response.text().catch(() => '');
    bodies.push(body);
  });

  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  for (const url of ['/partner', '/partner/customers', '/partner/customers?q=acme', `/partner/customers/${fixture.customers.a1}`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    bodies.push(await page.content());
  }
  await expect(page.getByText('stored encrypted')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);

  // A Cliqtel customer: the adapter sends the planted token to the provider, which rejects it.
  await signIn(page, fixture.users.partnerBStaff, fixture.password);
  await page.goto(`/partner/customers/${fixture.customers.b1}`);
  await expect(page.getByText('Balance unavailable')).toBeVisible();
  bodies.push(await page.content());
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, fixture.users.customerA1, fixture.password);
  await page.goto(`/customer/accounts/${fixture.customers.a1}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Acme Dental');
  bodies.push(await page.content());

  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body).not.toContain(fixture.canaryToken);

  for (const file of filesUnder(path.join(process.cwd(), '.next', 'static'))) {
    expect(readFileSync(file, 'utf8').includes(fixture.canaryToken), file).toBe(false);
  }

  const serverLog = readFileSync(fixture.serverLogFile, 'utf8');
  expect(serverLog.length).toBeGreaterThan(0);
  expect(serverLog).not.toContain(fixture.canaryToken);
});
