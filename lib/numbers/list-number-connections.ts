import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { providerDefinition } from '../providers/index.ts';
import type { CapabilityStatus } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { assignmentModeFor, type AssignmentMode } from './number-actions.ts';

export type NumberConnection = { id: string; label: string; providerName: string; search: CapabilityStatus; mode: AssignmentMode; portalReason: string | null };

/** The partner's connections with what each offers for numbers, for the number screens' filters and search. */
export async function listNumberConnections(scope: PartnerScope): Promise<NumberConnection[]> {
  const rows = await scopedDb(scope).providerConnection.findMany({ select: { id: true, label: true, kind: true }, orderBy: { label: 'asc' } });
  return rows.map((row) => {
    const { capabilities, displayName } = providerDefinition(row.kind);
    const assign = capabilities['numbers.assign'];
    return { id: row.id, label: row.label, providerName: displayName, search: capabilities['numbers.search'], mode: assignmentModeFor(capabilities), portalReason: assign.supported ? null : assign.reason };
  });
}
