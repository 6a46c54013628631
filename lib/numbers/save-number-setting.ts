import { recordAuditEvent, type AuditEntry } from '../audit/record-audit-event.ts';
import { systemDb } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { auditActor, type NumberEditorScope } from './load-number-assignment.ts';

type NumberSetting = { forwardTo: string | null } | { label: string };

// Structural, so a plain transaction and a tenant-scoped one both qualify.
type SettingWriter = Parameters<typeof recordAuditEvent>[0] & {
  numberAssignment: { updateMany(args: { where: Record<string, unknown>; data: NumberSetting }): PromiseLike<unknown> };
};

/**
 * Stores a number's new forwarding or label with its audit event, in one transaction.
 * Staff write through their scope. A customer's scope may read its assignments but not
 * write them or the audit log, so a customer's change to its own number is written by the
 * system client, pinned by id, partner and customer to the assignment the customer's
 * scope has just loaded: it can touch no other row.
 */
export async function saveNumberSetting(scope: NumberEditorScope, assignmentId: string, data: NumberSetting, audit: AuditEntry, ip: string | null): Promise<void> {
  const own = scope.area === 'customer' ? { partnerId: scope.partnerId, customerId: scope.customerId } : {};
  const save = async (tx: SettingWriter) => {
    await tx.numberAssignment.updateMany({ where: { id: assignmentId, ...own }, data });
    await recordAuditEvent(tx, auditActor(scope, ip), audit);
  };
  if (scope.area === 'customer') await systemDb().$transaction(save);
  else await scopedDb(scope).$transaction(save);
}
