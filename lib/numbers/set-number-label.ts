import { ASSIGNMENT_GONE, loadNumberAssignment, type NumberEditorScope } from './load-number-assignment.ts';
import { providerFailure, refused, type NumberActionResult } from './number-action-result.ts';
import { labelSchema } from './number-input.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';
import { saveNumberSetting } from './save-number-setting.ts';

/**
 * Names a number ("Front desk"). Stored at the provider where it keeps labels; for numbers
 * the portal records itself, the label is the portal's own.
 */
export async function setNumberLabel(
  scope: NumberEditorScope,
  input: { assignmentId: string; label: string },
  context: { ip: string | null },
): Promise<NumberActionResult> {
  const parsed = labelSchema.safeParse(input);
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error));
  const { label } = parsed.data;
  const loaded = await loadNumberAssignment(scope, parsed.data.assignmentId);
  if (!loaded) return refused({}, ASSIGNMENT_GONE);
  const { assignment, provider, actions } = loaded;
  if (!actions.label.available) return refused({ label: [actions.label.reason] });

  if (actions.label.storedAt === 'provider') {
    const ref = await provider.accountRef();
    try {
      // numberActionsFor stores at the provider only with an account and the provider's id.
      await provider.adapter.setLabel(ref!, assignment.providerNumberId!, label);
    } catch (error) {
      return providerFailure(error, 'changed the label');
    }
  }

  await saveNumberSetting(scope, assignment.id, { label }, {
    action: 'number.label',
    entityType: 'NumberAssignment',
    entityId: assignment.id,
    before: { customerId: assignment.customerId, number: assignment.number, label: assignment.label },
    after: { customerId: assignment.customerId, number: assignment.number, label, storedAt: actions.label.storedAt },
  }, context.ip);
  return { ok: true };
}
