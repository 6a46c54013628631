import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { actorOf, formError, loadOnboarding, type OnboardingOutcome } from './onboarding-records.ts';

type Context = { ip: string | null };

const NEXT = { FUND: 'ASSIGN_NUMBER', ASSIGN_NUMBER: 'DONE' } as const;

/**
 * Leaves out an optional step (opening balance, number): the customer is complete without
 * them. Skipping a funding still unconfirmed moves no money; the wallet reconciles it.
 */
export async function skipOnboardingStep(scope: PartnerScope, customerId: string, step: keyof typeof NEXT, context: Context): Promise<OnboardingOutcome> {
  const db = scopedDb(scope);
  const next = NEXT[step];
  const moved = await db.$transaction(async (tx) => {
    // Conditional, so a double click or a second tab skips once and never skips a later step.
    const updated = await tx.customerOnboarding.updateMany({ where: { customerId, step }, data: { step: next, lastError: null } });
    if (updated.count === 1) {
      await recordAuditEvent(tx, actorOf(scope, context.ip), { action: 'onboarding.skip', entityType: 'Customer', entityId: customerId, after: { skipped: step, nextStep: next } });
    }
    return updated.count === 1;
  });
  if (!moved && !(await loadOnboarding(db, customerId))) return formError('This onboarding no longer exists.');
  return { ok: true, customerId };
}
