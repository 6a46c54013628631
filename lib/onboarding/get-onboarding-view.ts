import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { BillingModel, OnboardingStep, Prisma } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import { assignmentModeFor, portalRecordReason, type AssignmentMode } from '../numbers/number-actions.ts';
import type { CapabilityStatus, ProviderKind } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { effectiveFailure, type OnboardingFailure } from './onboarding-failure.ts';
import { onboardingPlanFor } from './onboarding-plans.ts';

/** An onboarding as the wizard shows it: plain values, no secret and no ciphertext. */
export type OnboardingView = {
  customerId: string;
  customerName: string;
  email: string;
  phone: string | null;
  country: string | null;
  billingModel: BillingModel;
  currency: string;
  connection: { id: string; label: string; kind: ProviderKind; displayName: string };
  step: OnboardingStep;
  failure: OnboardingFailure | null;
  providerAccountId: string | null;
  tokenStoredEncrypted: boolean;
  openingBalance: string | null;
  /** A funding was sent under the stored key and is not confirmed: only "check again" may follow. */
  fundingInDoubt: boolean;
  numberToAssign: string | null;
  /** The provider definitely has no account for it, so the customer may be dropped. */
  canDiscard: boolean;
  /** The create is unconfirmed and the provider identifies the account by a value the portal chose (the VoIP username). */
  canLinkWithKey: boolean;
  fund: CapabilityStatus;
  /** How a number reaches the customer on this provider (lib/numbers), and why the portal records it where it does. */
  numbers: { mode: AssignmentMode; portalReason: string | null };
  updatedAt: Date;
};

const viewSelect = {
  customerId: true,
  step: true,
  openingBalance: true,
  numberToAssign: true,
  fundingKey: true,
  lastError: true,
  updatedAt: true,
  customer: {
    select: {
      name: true,
      email: true,
      phone: true,
      country: true,
      currency: true,
      billingModel: true,
      providerAccountId: true,
      authTokenEnc: true,
      connection: { select: { id: true, label: true, kind: true } },
    },
  },
} satisfies Prisma.CustomerOnboardingSelect;

type ViewRow = Prisma.CustomerOnboardingGetPayload<{ select: typeof viewSelect }>;

/** Null for another partner's customer as for a missing one. */
export async function getOnboardingView(scope: PartnerScope, customerId: string): Promise<OnboardingView | null> {
  const row = await scopedDb(scope).customerOnboarding.findUnique({ where: { customerId }, select: viewSelect });
  return row ? toOnboardingView(row) : null;
}

function toOnboardingView(row: ViewRow): OnboardingView {
  const { customer } = row;
  const { connection } = customer;
  const definition = providerDefinition(connection.kind);
  const failure = effectiveFailure(row.lastError, row.updatedAt);
  const plan = onboardingPlanFor(connection.kind);
  const unconfirmed = failure?.kind === 'unknown';
  return {
    customerId: row.customerId,
    customerName: customer.name,
    email: customer.email,
    phone: customer.phone,
    country: customer.country,
    billingModel: customer.billingModel,
    currency: customer.currency,
    connection: { id: connection.id, label: connection.label, kind: connection.kind, displayName: definition.displayName },
    step: row.step,
    failure,
    providerAccountId: customer.providerAccountId,
    tokenStoredEncrypted: customer.authTokenEnc !== null,
    openingBalance: row.openingBalance?.toFixed() ?? null,
    fundingInDoubt: row.step === 'FUND' && row.fundingKey !== null && unconfirmed,
    numberToAssign: row.numberToAssign,
    canDiscard: row.step === 'PROVISION' && (failure?.kind === 'refused' || failure?.kind === 'unavailable'),
    canLinkWithKey: row.step === 'PROVISION' && unconfirmed && plan.mode === 'create' && plan.lockedWhileUnconfirmed !== null,
    fund: definition.capabilities['wallet.fund'],
    numbers: { mode: assignmentModeFor(definition.capabilities), portalReason: portalRecordReason(definition.capabilities) },
    updatedAt: row.updatedAt,
  };
}

export type UnfinishedOnboarding = Pick<OnboardingView, 'customerId' | 'customerName' | 'email' | 'step' | 'failure' | 'updatedAt'> & { connectionLabel: string };

/** Onboardings not yet done, most recently touched first, for "resume where it stopped". */
export async function listUnfinishedOnboardings(scope: PartnerScope, { limit = 20 }: { limit?: number } = {}): Promise<UnfinishedOnboarding[]> {
  const rows = await scopedDb(scope).customerOnboarding.findMany({
    where: { step: { not: 'DONE' } },
    orderBy: { updatedAt: 'desc' },
    take: Math.min(Math.max(1, limit), 100),
    select: viewSelect,
  });
  return rows.map((row) => {
    const view = toOnboardingView(row);
    return { customerId: view.customerId, customerName: view.customerName, email: view.email, step: view.step, failure: view.failure, updatedAt: view.updatedAt, connectionLabel: view.connection.label };
  });
}
