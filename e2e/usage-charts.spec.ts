import { expect, test, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

const fixture = loadFixture();
// Wide enough for every demo call the sandboxes hand out.
const PERIOD = 'period=last-90-days';

function totals(page: Page) {
  return page.getByRole('region', { name: 'Totals for the period' });
}

/** A KPI tile's first figure, e.g. the minutes, as the page shows it. */
async function kpi(page: Page, label: string): Promise<string> {
  return totals(page).locator('section').filter({ has: page.getByText(label, { exact: true }) }).locator('li').first().innerText();
}

function chartCard(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

test('after the sync, partner staff see usage charts drawn from the synced calls', async ({ page }) => {
  await signIn(page, fixture.users.partnerAStaff, fixture.password);
  await page.goto(`/partner/usage?${PERIOD}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();

  expect(Number((await kpi(page, 'Minutes')).replace(/,/g, ''))).toBeGreaterThan(0);
  expect(Number((await kpi(page, 'Calls')).replace(/,/g, ''))).toBeGreaterThan(0);
  await expect(totals(page)).toContainText('Margin');

  const daily = chartCard(page, 'Daily usage');
  await expect(daily.getByRole('img', { name: /minutes over \d[\d,]* calls/ })).toBeVisible();
  await expect(daily.locator('svg.recharts-surface .recharts-bar-rectangle path').first()).toBeVisible();
  await daily.getByRole('button', { name: 'Revenue & margin' }).click();
  await expect(daily.locator('svg.recharts-surface path.recharts-line-curve').first()).toBeVisible();
  await daily.getByRole('button', { name: 'Show table' }).click();
  await expect(daily.getByRole('table')).toBeVisible();
  expect(await daily.getByRole('row').count()).toBeGreaterThan(80);

  for (const title of ['By destination', 'By number']) {
    await expect(chartCard(page, title).locator('svg.recharts-surface .recharts-bar-rectangle path').first()).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'This month vs last month' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Top customers by revenue/ }).getByRole('link', { name: 'Acme Dental' })).toBeVisible();
});

test('a customer sees only their own usage and charges, never the partner’s cost or margin', async ({ page, browser }) => {
  // What partner staff see for this customer alone, and for the whole partner.
  const staff = await browser.newPage();
  await signIn(staff, fixture.users.partnerAStaff, fixture.password);
  await staff.goto(`/partner/usage?${PERIOD}`);
  const partnerCalls = await kpi(staff, 'Calls');
  await staff.goto(`/partner/usage?${PERIOD}&customer=${fixture.customers.a1}`);
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  const ownCalls = await kpi(staff, 'Calls');
  const ownCharges = await kpi(staff, 'Revenue');
  await staff.close();
  expect(Number(ownCalls.replace(/,/g, ''))).toBeGreaterThan(0);
  expect(ownCalls).not.toBe(partnerCalls);

  await signIn(page, fixture.users.customerA1, fixture.password);
  // Another customer's id in the URL changes nothing: the scope decides.
  for (const url of [`/customer/usage?${PERIOD}`, `/customer/usage?${PERIOD}&customer=${fixture.customers.a2}`]) {
    await page.goto(url);
    expect(await kpi(page, 'Calls')).toBe(ownCalls);
    expect(await kpi(page, 'Charges')).toBe(ownCharges);
    await expect(chartCard(page, 'Daily usage').locator('svg.recharts-surface .recharts-bar-rectangle path').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/\bMargin\b|\bCost\b|Revenue/);
  }
});
