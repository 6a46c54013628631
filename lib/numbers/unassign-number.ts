import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { ProviderNotFound, ProviderOutcomeUnknown } from '../providers/errors.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { isNumberOnAccount } from './list-provider-numbers.ts';
import { ASSIGNMENT_GONE, auditActor, loadNumberAssignment, type LoadedAssignment } from './load-number-assignment.ts';
import { providerFailure, refused, type NumberActionResult } from './number-action-result.ts';
import { unassignNumberSchema } from './number-input.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';

/**
 * Takes a number away from its customer: at the provider where the provider assigned it,
 * optionally cancelling it there too (where the provider can), then removes the portal's
 * record. Nothing is removed from the portal unless the provider has agreed first.
 */
export async function unassignNumber(
  scope: PartnerScope,
  input: { assignmentId: string; cancelAtProvider?: boolean },
  context: { ip: string | null },
): Promise<NumberActionResult> {
  const parsed = unassignNumberSchema.safeParse(input);
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error));
  const loaded = await loadNumberAssignment(scope, parsed.data.assignmentId);
  if (!loaded) return refused({}, ASSIGNMENT_GONE);
  const { assignment, actions } = loaded;
  const cancel = parsed.data.cancelAtProvider;
  if (cancel && !actions.cancelAtProvider.available) return refused({ cancelAtProvider: [actions.cancelAtProvider.reason] });

  const atProvider = await releaseAtProvider(loaded, cancel);
  if (!atProvider.ok) return atProvider;

  const db = scopedDb(scope);
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.numberAssignment.deleteMany({ where: { id: assignment.id } });
    if (count === 0) return false;
    await recordAuditEvent(tx, auditActor(scope, context.ip), {
      action: cancel ? 'number.cancel' : 'number.unassign',
      entityType: 'NumberAssignment',
      entityId: assignment.id,
      before: { customerId: assignment.customerId, number: assignment.number, recordedIn: assignment.recordedIn, label: assignment.label, forwardTo: assignment.forwardTo },
      after: { customerId: assignment.customerId, number: assignment.number, assigned: false, cancelledAtProvider: cancel },
    });
    return true;
  });
  // Someone else removed it meanwhile: the outcome the user wanted, but say so.
  return removed ? { ok: true } : refused({}, ASSIGNMENT_GONE);
}

async function releaseAtProvider({ assignment, provider }: LoadedAssignment, cancel: boolean): Promise<NumberActionResult> {
  const providerNumberId = assignment.providerNumberId;
  const needsProvider = cancel || assignment.recordedIn === 'PROVIDER';
  if (!needsProvider) return { ok: true };
  const ref = await provider.accountRef();
  if (!ref || !providerNumberId) {
    return refused({}, `${provider.connection.providerName} cannot be asked to release this number: the customer's account or the number's id at the provider is missing.`);
  }
  if (cancel) {
    try {
      // Cancelling twice changes nothing at providers that cancel, so a retry is safe.
      await provider.adapter.cancelNumber(ref, providerNumberId);
    } catch (error) {
      return providerFailure(error, 'cancelled the number');
    }
  }
  if (assignment.recordedIn !== 'PROVIDER') return { ok: true };
  try {
    await provider.adapter.unassignNumber(ref, providerNumberId);
  } catch (error) {
    // Not on this customer at the provider any more: what unassigning wants.
    if (error instanceof ProviderNotFound) return { ok: true };
    if (error instanceof ProviderOutcomeUnknown && (await isNumberOnAccount(provider.adapter, ref, providerNumberId)) === false) return { ok: true };
    return providerFailure(error, 'unassigned the number');
  }
  return { ok: true };
}
