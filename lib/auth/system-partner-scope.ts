import type { PartnerScope } from './require-partner-admin.ts';

/**
 * The scope of a background task acting for one partner (auto top-up, alerts). It goes
 * through the same tenancy filter as a person would, so a job can never reach another
 * partner's rows; its id and email mark the audit trail as the system's, not a person's.
 */
export function systemPartnerScope(partnerId: string, task: string): PartnerScope {
  return { area: 'partner', role: 'PARTNER_ADMIN', userId: `system:${task}`, email: `${task}@system`, partnerId };
}
