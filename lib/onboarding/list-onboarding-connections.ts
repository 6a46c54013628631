import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { assignmentModeFor, portalRecordReason, type AssignmentMode } from '../numbers/number-actions.ts';
import { providerDefinition } from '../providers/index.ts';
import type { CapabilityStatus, ProviderKind } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { onboardingPlanFor } from './onboarding-plans.ts';

/** One connection the wizard offers, with what onboarding on it will do (plain data for the browser). */
export type OnboardingConnectionChoice = {
  id: string;
  label: string;
  kind: ProviderKind;
  displayName: string;
  /** "create": the portal opens the account at the provider; "link": an existing account is linked by its key. */
  mode: 'create' | 'link';
  /** Why accounts are linked rather than created, where they are. */
  createReason: string | null;
  fund: CapabilityStatus;
  numbers: { mode: AssignmentMode; portalReason: string | null };
};

/** Only the caller's partner's connections. */
export async function listOnboardingConnections(scope: PartnerScope): Promise<OnboardingConnectionChoice[]> {
  const rows = await scopedDb(scope).providerConnection.findMany({ select: { id: true, label: true, kind: true }, orderBy: { label: 'asc' } });
  return rows.map((row) => {
    const { displayName, capabilities } = providerDefinition(row.kind);
    const create = capabilities['accounts.create'];
    return {
      ...row,
      displayName,
      mode: onboardingPlanFor(row.kind).mode,
      createReason: create.supported ? null : create.reason,
      fund: capabilities['wallet.fund'],
      numbers: { mode: assignmentModeFor(capabilities), portalReason: portalRecordReason(capabilities) },
    };
  });
}
