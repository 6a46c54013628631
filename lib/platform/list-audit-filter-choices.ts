import { scopedDb } from '../tenancy/scoped-db.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';

export type AuditFilterChoices = {
  partners: Array<{ id: string; name: string }>;
  actions: string[];
  entityTypes: string[];
};

/** The values the audit search's selects offer: every partner, and the actions and entity types recorded so far. */
export async function listAuditFilterChoices(scope: PlatformScope): Promise<AuditFilterChoices> {
  assertPlatformScope(scope, 'search the audit log');
  const db = scopedDb(scope);
  const [partners, actions, entityTypes] = await Promise.all([
    db.partner.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
    db.auditEvent.groupBy({ by: ['entityType'], orderBy: { entityType: 'asc' } }),
  ]);
  return { partners, actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
