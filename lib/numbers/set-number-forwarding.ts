import { ASSIGNMENT_GONE, loadNumberAssignment, type NumberEditorScope } from './load-number-assignment.ts';
import { providerFailure, refused, type NumberActionResult } from './number-action-result.ts';
import { forwardingSchema } from './number-input.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';
import { saveNumberSetting } from './save-number-setting.ts';

/**
 * Forwards a number's calls to another number (null stops forwarding). Only a provider can
 * route calls, so where it cannot the request is refused with its reason.
 */
export async function setNumberForwarding(
  scope: NumberEditorScope,
  input: { assignmentId: string; forwardTo?: string | null },
  context: { ip: string | null },
): Promise<NumberActionResult> {
  const parsed = forwardingSchema.safeParse({ ...input, forwardTo: input.forwardTo ?? undefined });
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error));
  const { forwardTo } = parsed.data;
  const loaded = await loadNumberAssignment(scope, parsed.data.assignmentId);
  if (!loaded) return refused({}, ASSIGNMENT_GONE);
  const { assignment, provider, actions } = loaded;
  if (!actions.forwarding.available) return refused({ forwardTo: [actions.forwarding.reason] });
  if (forwardTo === assignment.number) return refused({ forwardTo: ['A number cannot forward to itself.'] });

  const ref = await provider.accountRef();
  try {
    // numberActionsFor made forwarding available only with an account and the provider's id.
    await provider.adapter.setForwarding(ref!, assignment.providerNumberId!, forwardTo);
  } catch (error) {
    return providerFailure(error, 'changed the forwarding');
  }

  await saveNumberSetting(scope, assignment.id, { forwardTo }, {
    action: 'number.forwarding',
    entityType: 'NumberAssignment',
    entityId: assignment.id,
    before: { customerId: assignment.customerId, number: assignment.number, forwardTo: assignment.forwardTo },
    after: { customerId: assignment.customerId, number: assignment.number, forwardTo },
  }, context.ip);
  return { ok: true };
}
