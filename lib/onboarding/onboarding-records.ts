import type { AuditActor } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { CustomerStatus, OnboardingStep } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import type { ProviderAccount, ProviderKind } from '../providers/types.ts';
import type { ScopedDb } from '../tenancy/scoped-db.ts';

/** What every onboarding service reads: the onboarding, its customer and the customer's connection. */
export const onboardingRecordSelect = {
  id: true,
  customerId: true,
  step: true,
  openingBalance: true,
  numberToAssign: true,
  fundingKey: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
  customer: {
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      country: true,
      currency: true,
      billingModel: true,
      status: true,
      providerAccountId: true,
      authTokenEnc: true,
      connection: { select: { id: true, kind: true, label: true, baseUrl: true, secretsEnc: true } },
    },
  },
} as const;

export async function loadOnboarding(db: ScopedDb, customerId: string) {
  return db.customerOnboarding.findUnique({ where: { customerId }, select: onboardingRecordSelect });
}

export type OnboardingRecord = NonNullable<Awaited<ReturnType<typeof loadOnboarding>>>;

export function actorOf(scope: PartnerScope, ip: string | null): AuditActor {
  return { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip };
}

/** Providers without a wallet API skip the opening balance: there is nothing the portal could send. */
export function stepAfterProvisioning(kind: ProviderKind): OnboardingStep {
  return providerDefinition(kind).capabilities['wallet.fund'].supported ? 'FUND' : 'ASSIGN_NUMBER';
}

const STATUS_BY_PROVIDER: Record<ProviderAccount['status'], CustomerStatus> = {
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
  closed: 'CLOSED',
  pending: 'PENDING',
};

export function customerStatusFor(account: ProviderAccount): CustomerStatus {
  return STATUS_BY_PROVIDER[account.status];
}

export type OnboardingOutcome =
  | { ok: true; customerId: string; secret?: OnboardingSecret; notice?: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string; customerId?: string };

/**
 * Returned once, by the call that created the account, for the staff member to copy. It
 * is never stored in plain text and no later call can return it again.
 */
export type OnboardingSecret = { providerAccountId: string; authToken: string | null; generatedPassword: string | null };

export function formError(message: string, customerId?: string): OnboardingOutcome {
  return { ok: false, fieldErrors: {}, formError: message, customerId };
}
