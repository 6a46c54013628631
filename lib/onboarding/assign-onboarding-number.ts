import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { ProviderError } from '../providers/errors.ts';
import { assignNumberToCustomer } from '../numbers/assign-number-to-customer.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { encodeFailure } from './onboarding-failure.ts';
import { actorOf, formError, loadOnboarding, type OnboardingOutcome } from './onboarding-records.ts';
import { numberToAssignSchema } from './onboarding-schemas.ts';

type Context = { ip: string | null };

/**
 * The onboarding's last step: one number for the new customer, through the numbers
 * service (which records it at the provider, or in the portal where the provider's API
 * cannot assign). A resume after a lost answer finds the assignment and does not repeat it.
 */
export async function assignOnboardingNumber(scope: PartnerScope, customerId: string, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const db = scopedDb(scope);
  const record = await loadOnboarding(db, customerId);
  if (!record) return formError('This onboarding no longer exists.');
  if (record.step !== 'ASSIGN_NUMBER') return { ok: true, customerId };
  const parsed = numberToAssignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, customerId };
  const number = parsed.data;
  await db.customerOnboarding.update({ where: { customerId }, data: { numberToAssign: number.number } });

  const existing = await db.numberAssignment.findFirst({ where: { customerId, number: number.number }, select: { id: true } });
  if (existing) return finishOnboarding(db, scope, customerId, { assignmentId: existing.id, number: number.number }, context);

  let result: Awaited<ReturnType<typeof assignNumberToCustomer>>;
  try {
    result = await assignNumberToCustomer(scope, { customerId, ...number }, { ip: context.ip });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    const message = `The number could not be assigned: ${error.message}`;
    await recordNumberFailure(db, scope, customerId, message, context);
    return formError(message, customerId);
  }
  if (!result.ok) {
    const message = result.formError ?? Object.values(result.fieldErrors).flat()[0] ?? 'The number was not assigned.';
    await recordNumberFailure(db, scope, customerId, message, context);
    return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, customerId };
  }
  return finishOnboarding(db, scope, customerId, { assignmentId: result.assignmentId, number: number.number }, context);
}

async function finishOnboarding(db: ScopedDb, scope: PartnerScope, customerId: string, assigned: { assignmentId: string; number: string }, context: Context): Promise<OnboardingOutcome> {
  await db.$transaction(async (tx) => {
    await tx.customerOnboarding.update({ where: { customerId }, data: { step: 'DONE', lastError: null } });
    await recordAuditEvent(tx, actorOf(scope, context.ip), { action: 'onboarding.number', entityType: 'Customer', entityId: customerId, after: { ...assigned, nextStep: 'DONE' } });
  });
  return { ok: true, customerId };
}

async function recordNumberFailure(db: ScopedDb, scope: PartnerScope, customerId: string, message: string, context: Context): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.customerOnboarding.update({ where: { customerId }, data: { lastError: encodeFailure('refused', message) } });
    await recordAuditEvent(tx, actorOf(scope, context.ip), { action: 'onboarding.number.failed', entityType: 'Customer', entityId: customerId, after: { message } });
  });
}
