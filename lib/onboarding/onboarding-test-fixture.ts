import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { ProviderKind } from '../db/client.ts';
import { startVobizSandbox, type RunningVobizSandbox } from '../providers/vobiz/sandbox.ts';
import { encryptSecretJson } from '../secrets/encrypt-secret.ts';
import { testDb } from '../../test/integration/test-db.ts';

/** Shared by the onboarding integration tests: a Vobiz sandbox with one account the portal does not know. */
export const VOBIZ_ONBOARDING_CREDENTIALS = { authId: 'PA_ONBOARD', authToken: 'onboarding-tests-partner-token' };
export const ACCOUNT_ONLY_AT_VOBIZ = { providerAccountId: 'MA_ELSEWHERE', name: 'Elsewhere Ltd', email: 'taken@elsewhere.test', country: 'US', balance: '0', billingModel: 'PREPAID' as const };

export function startOnboardingVobizSandbox(options: { partnerBalance?: string } = {}): Promise<RunningVobizSandbox> {
  return startVobizSandbox({
    port: 0,
    partnerBalance: options.partnerBalance ?? '100000.00000',
    rateLimit: { requests: 1_000_000, windowMs: 60_000 },
    seed: { partner: { name: 'Onboarding Tests', currency: 'USD', credentials: VOBIZ_ONBOARDING_CREDENTIALS }, accounts: [ACCOUNT_ONLY_AT_VOBIZ], randomSeed: 11 },
  });
}

export type OnboardingTenant = { partnerId: string; staff: PartnerScope; otherStaff: PartnerScope; connectionId: string };

export async function seedOnboardingTenant(connection: { kind: ProviderKind; baseUrl: string; credentials: object }, slug = 'onboard'): Promise<OnboardingTenant> {
  const db = testDb();
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency: 'USD' } });
  const row = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: connection.kind, label: `${connection.kind} ${slug}`, baseUrl: connection.baseUrl, secretsEnc: await encryptSecretJson(connection.credentials) },
  });
  const scope = (user: string): PartnerScope => ({ area: 'partner', role: 'PARTNER_STAFF', userId: `${slug}-${user}`, email: `${user}@${slug}.test`, partnerId: partner.id });
  return { partnerId: partner.id, staff: scope('staff'), otherStaff: scope('staff2'), connectionId: row.id };
}

/** A complete, valid Vobiz form; override what a test is about. */
export function vobizForm(connectionId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { connectionId, name: 'Bright Smiles', email: 'hello@bright-smiles.test', phone: '+14155550123', country: 'US', password: 'Welcome-2026!', ...overrides };
}

export function createRequests(sandbox: RunningVobizSandbox): number {
  return sandbox.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/accounts').length;
}
