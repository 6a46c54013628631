import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { effectiveFailure } from './onboarding-failure.ts';
import { actorOf, formError, loadOnboarding, type OnboardingOutcome } from './onboarding-records.ts';

type Context = { ip: string | null };

/**
 * Drops an onboarding that never opened an account: only while it is still creating the
 * account and the provider definitely has none (refused, or never reached). An unconfirmed
 * create may have opened one, so that customer stays until the portal has checked.
 */
export async function discardOnboarding(scope: PartnerScope, customerId: string, context: Context): Promise<OnboardingOutcome> {
  const db = scopedDb(scope);
  const record = await loadOnboarding(db, customerId);
  if (!record) return formError('This onboarding no longer exists.');
  const failure = effectiveFailure(record.lastError, record.updatedAt);
  const nothingAtProvider = record.step === 'PROVISION' && (failure?.kind === 'refused' || failure?.kind === 'unavailable');
  if (!nothingAtProvider) return formError('Only an onboarding whose account the provider refused or never received can be discarded.', customerId);

  const discarded = await db.$transaction(async (tx) => {
    // Conditional on the state just checked, so a retry that started meanwhile is not discarded under it.
    const removed = await tx.customerOnboarding.deleteMany({ where: { customerId, step: 'PROVISION', updatedAt: record.updatedAt } });
    if (removed.count === 0) return false;
    await tx.customer.delete({ where: { id: customerId } });
    await recordAuditEvent(tx, actorOf(scope, context.ip), {
      action: 'onboarding.discard',
      entityType: 'Customer',
      entityId: customerId,
      before: { name: record.customer.name, email: record.customer.email, failure: failure.kind },
    });
    return true;
  });
  return discarded ? { ok: true, customerId } : formError('This onboarding changed meanwhile; reload the page.', customerId);
}
