import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { ProviderOutcomeUnknown } from '../providers/errors.ts';
import type { Money } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { loadCustomerProviderContext, type CustomerProviderContext } from './customer-provider-context.ts';
import { isNumberOnAccount, listAllProviderNumbers, listNumbersForCustomer } from './list-provider-numbers.ts';
import { auditActor } from './load-number-assignment.ts';
import { providerFailure, refused, type NumberActionFailure } from './number-action-result.ts';
import { assignmentModeFor } from './number-actions.ts';
import { assignNumberSchema } from './number-input.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';

export type AssignNumberResult = { ok: true; assignmentId: string } | NumberActionFailure;

type Resolved = { recordedIn: 'PROVIDER' | 'PORTAL'; providerNumberId: string | null; providerPrice: Money | null };

/**
 * Gives a number to a customer. Where the provider's API assigns numbers, it does so first
 * and the portal records what happened; where it cannot, the assignment is the partner's own
 * record in the portal (recordedIn PORTAL), of a number the provider lists where it lists any.
 * A number is assigned at most once per connection.
 */
export async function assignNumberToCustomer(
  scope: PartnerScope,
  input: { customerId: string; number: string; providerNumberId?: string; monthlyPrice?: string; currency?: string },
  context: { ip: string | null },
): Promise<AssignNumberResult> {
  const parsed = assignNumberSchema.safeParse(input);
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error));
  const form = parsed.data;
  const provider = await loadCustomerProviderContext(scope, form.customerId);
  if (!provider) return refused({ customerId: ['This customer does not exist.'] });
  const db = scopedDb(scope);

  const taken = await db.numberAssignment.findFirst({
    where: { connectionId: provider.connection.id, number: form.number },
    select: { customerId: true, customer: { select: { name: true } } },
  });
  if (taken) return refused({ number: [alreadyAssigned(taken.customerId === form.customerId ? null : taken.customer.name)] });

  const resolved = await resolveAtProvider(provider, form.number, form.providerNumberId);
  if (!resolved.ok) return resolved;

  const price = form.monthlyPrice ?? resolved.providerPrice?.amount ?? null;
  const currency = form.monthlyPrice ? (form.currency ?? provider.customer.currency) : (resolved.providerPrice?.currency ?? null);
  const data = {
    partnerId: scope.partnerId,
    connectionId: provider.connection.id,
    customerId: provider.customer.id,
    number: form.number,
    providerNumberId: resolved.providerNumberId,
    recordedIn: resolved.recordedIn,
    monthlyPrice: price,
    currency,
    assignedById: scope.userId,
  };
  try {
    const assignmentId = await db.$transaction(async (tx) => {
      const row = await tx.numberAssignment.create({ data, select: { id: true } });
      await recordAuditEvent(tx, auditActor(scope, context.ip), {
        action: 'number.assign',
        entityType: 'NumberAssignment',
        entityId: row.id,
        after: { customerId: data.customerId, number: data.number, connectionId: data.connectionId, recordedIn: data.recordedIn, providerNumberId: data.providerNumberId, monthlyPrice: price, currency },
      });
      return row.id;
    });
    return { ok: true, assignmentId };
  } catch (error) {
    // Another staff member recorded the same number a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return refused({ number: [alreadyAssigned(undefined)] });
    throw error;
  }
}

function alreadyAssigned(otherCustomer: string | null | undefined): string {
  if (otherCustomer === null) return 'This number is already assigned to this customer.';
  return otherCustomer ? `This number is already assigned to ${otherCustomer}.` : 'This number is already assigned to a customer.';
}

async function resolveAtProvider(
  provider: CustomerProviderContext,
  number: string,
  providerNumberId: string | undefined,
): Promise<({ ok: true } & Resolved) | NumberActionFailure> {
  const { adapter, connection } = provider;
  const mode = assignmentModeFor(adapter.capabilities);
  if (mode === 'portal-typed') return { ok: true, recordedIn: 'PORTAL', providerNumberId: null, providerPrice: null };

  const ref = await provider.accountRef();
  if (mode === 'provider' && !ref) return refused({}, `This customer has no account at ${connection.providerName} yet, so ${connection.providerName} cannot assign it a number.`);
  let listed;
  try {
    listed = mode === 'provider' ? await listAllProviderNumbers(adapter, null) : (await listNumbersForCustomer(adapter, ref)).numbers;
  } catch (error) {
    return providerFailure(error, 'listed its numbers');
  }
  const found = listed.find((candidate) => candidate.number === number);
  if (!found) return refused({ number: [`This number is not among your numbers at ${connection.providerName}.`] });
  if (providerNumberId && providerNumberId !== found.id) return refused({ number: [`${connection.providerName} knows this number under another id; choose it again from the list.`] });
  const resolved = { providerNumberId: found.id, providerPrice: found.monthlyPrice };
  if (mode === 'portal-listed' || !ref) return { ok: true, recordedIn: 'PORTAL', ...resolved };

  try {
    await adapter.assignNumber(ref, found.id);
  } catch (error) {
    // The provider may have assigned it before the answer was lost: ask it before saying no.
    if (!(error instanceof ProviderOutcomeUnknown) || (await isNumberOnAccount(adapter, ref, found.id)) !== true) return providerFailure(error, 'assigned the number');
  }
  return { ok: true, recordedIn: 'PROVIDER', ...resolved };
}
