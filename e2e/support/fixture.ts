import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Written by start-e2e-server.ts after seeding the throw-away database. */
export type E2EFixture = {
  password: string;
  users: { platformAdmin: string; partnerAAdmin: string; partnerAStaff: string; partnerBAdmin: string; partnerBStaff: string; customerA1: string; customerA2: string };
  customers: { a1: string; a2: string; b1: string };
  canaryToken: string;
  serverLogFile: string;
};

export const FIXTURE_FILE = path.join(process.cwd(), 'test-results', 'e2e-fixture.json');

export function loadFixture(): E2EFixture {
  return JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as E2EFixture;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
