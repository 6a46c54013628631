import type { AuditActor } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { AssignmentRecord } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import type { CustomerScope } from './list-customer-numbers.ts';
import { loadCustomerProviderContext, type CustomerProviderContext } from './customer-provider-context.ts';
import { numberActionsFor, type NumberActions } from './number-actions.ts';

/** Staff edit any of their partner's numbers; a customer edits only its own (its scope finds no other). */
export type NumberEditorScope = PartnerScope | CustomerScope;

export type LoadedAssignment = {
  assignment: {
    id: string;
    customerId: string;
    connectionId: string;
    number: string;
    providerNumberId: string | null;
    label: string | null;
    forwardTo: string | null;
    recordedIn: AssignmentRecord;
  };
  provider: CustomerProviderContext;
  actions: NumberActions;
};

/** One assignment in the caller's scope with what may be done with it; null for another partner's (or a removed) one. */
export async function loadNumberAssignment(scope: NumberEditorScope, assignmentId: string): Promise<LoadedAssignment | null> {
  const assignment = await scopedDb(scope).numberAssignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, customerId: true, connectionId: true, number: true, providerNumberId: true, label: true, forwardTo: true, recordedIn: true },
  });
  if (!assignment) return null;
  const provider = await loadCustomerProviderContext(scope, assignment.customerId);
  if (!provider) return null;
  const actions = numberActionsFor(
    provider.adapter.capabilities,
    { recordedIn: assignment.recordedIn, providerNumberId: assignment.providerNumberId, hasProviderAccount: provider.customer.providerAccountId !== null },
    provider.connection.providerName,
  );
  return { assignment, provider, actions };
}

export function auditActor(scope: NumberEditorScope, ip: string | null): AuditActor {
  return { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip };
}

export const ASSIGNMENT_GONE = 'This number is no longer assigned; reload the page.';
