import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadFixture, signIn } from './support/fixture';

// axe-core runs inside the page: WCAG 2.1 A and AA rules, in light and dark themes.
const AXE_SCRIPT = path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const fixture = loadFixture();

const ROLES = [
  {
    role: 'partner admin',
    email: fixture.users.partnerAAdmin,
    pages: ['/partner', '/partner/customers', `/partner/customers/${fixture.customers.a1}`, '/partner/calls', '/partner/usage', '/partner/usage/sync', '/partner/invoices', '/partner/pricing', '/partner/wallet', '/partner/numbers', '/partner/users', '/partner/connections'],
  },
  { role: 'customer', email: fixture.users.customerA1, pages: ['/customer', '/customer/calls', '/customer/usage', '/customer/invoices', '/customer/wallet', '/customer/numbers', '/customer/profile'] },
  { role: 'platform admin', email: fixture.users.platformAdmin, pages: ['/admin', '/admin/connections', '/admin/jobs', '/admin/audit'] },
] as const;

test.describe('accessibility of the main pages (axe-core, no serious or critical violations)', () => {
  test('the sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const { role, email, pages } of ROLES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${role} pages in the ${theme} theme`, async ({ page, context }, testInfo) => {
        test.setTimeout(180_000);
        await context.addCookies([{ name: 'theme', value: theme, url: testInfo.project.use.baseURL! }]);
        await signIn(page, email, fixture.password);
        // Every page is checked before the verdict, so one run lists all the problems.
        const problems: Record<string, string[]> = {};
        for (const path of pages) {
          await page.goto(path);
          await expect(page.locator('main h1')).toBeVisible();
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: testInfo.outputPath(`${path.replaceAll('/', '_') || 'home'}.png`), fullPage: true });
          const violations = await seriousViolations(page);
          if (violations.length > 0) problems[path] = violations;
        }
        expect(problems).toEqual({});
      });
    }
  }
});
