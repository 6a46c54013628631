import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import type { SyncState } from '../../db/client.ts';
import { providerDefinition } from '../../providers/index.ts';
import type { ProviderKind } from '../../providers/types.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import { CONNECTION_SCOPE_KEY, SYNC_POLICIES } from './sync-policies.ts';

export type SyncCursorView = {
  id: string;
  /** Null for a cursor that covers every customer of the connection. */
  customerId: string | null;
  customerName: string | null;
  state: SyncState;
  syncedUntil: Date;
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  callsImported: number;
  /** Calls of provider accounts with no customer in the portal: not imported. */
  callsSkipped: number;
  lastError: string | null;
  /** While waiting for the provider's budget: when the next request is allowed. */
  nextAllowedAt: Date | null;
};

export type SyncConnectionView = {
  id: string;
  label: string;
  kind: ProviderKind;
  providerName: string;
  scope: 'connection' | 'customer';
  everyMinutes: number;
  budgetNote: string | null;
  cursors: SyncCursorView[];
};

export type SyncStatus = {
  connections: SyncConnectionView[];
  /** The most recent successful sync of any cursor. */
  lastSuccessAt: Date | null;
  running: number;
  waiting: number;
  failing: number;
  /** The first failing cursor's message, for a compact summary. */
  firstError: string | null;
};

/** The partner's CDR sync, connection by connection: where each cursor stands and why one waits or fails. */
export async function getSyncStatus(scope: PartnerScope): Promise<SyncStatus> {
  const db = scopedDb(scope);
  const [connections, cursors] = await Promise.all([
    db.providerConnection.findMany({ select: { id: true, label: true, kind: true }, orderBy: { label: 'asc' } }),
    db.cdrSyncCursor.findMany({ orderBy: [{ connectionId: 'asc' }, { scopeKey: 'asc' }] }),
  ]);
  const customerIds = cursors.flatMap((cursor) => (cursor.customerId ? [cursor.customerId] : []));
  const customers = customerIds.length ? await db.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));

  const views: SyncConnectionView[] = connections
    .filter((connection) => providerDefinition(connection.kind).capabilities['usage.cdrs'].supported)
    .map((connection) => {
      const policy = SYNC_POLICIES[connection.kind];
      const own = cursors
        .filter((cursor) => cursor.connectionId === connection.id)
        .map(
          (cursor): SyncCursorView => ({
            id: cursor.id,
            customerId: cursor.scopeKey === CONNECTION_SCOPE_KEY ? null : cursor.customerId,
            customerName: cursor.customerId ? (names.get(cursor.customerId) ?? null) : null,
            state: cursor.state,
            syncedUntil: cursor.syncedUntil,
            lastRunAt: cursor.lastRunAt,
            lastSuccessAt: cursor.lastSuccessAt,
            callsImported: cursor.callsImported,
            callsSkipped: cursor.callsSkipped,
            lastError: cursor.lastError,
            nextAllowedAt: cursor.state === 'WAITING_FOR_BUDGET' ? cursor.nextAllowedAt : null,
          }),
        )
        .sort((a, b) => (a.customerName ?? '').localeCompare(b.customerName ?? ''));
      return {
        id: connection.id,
        label: connection.label,
        kind: connection.kind,
        providerName: providerDefinition(connection.kind).displayName,
        scope: policy.scope,
        everyMinutes: policy.everyMinutes,
        budgetNote: policy.budgetNote ?? null,
        cursors: own,
      };
    });

  const all = views.flatMap((view) => view.cursors);
  const successes = all.flatMap((cursor) => (cursor.lastSuccessAt ? [cursor.lastSuccessAt.getTime()] : []));
  const failing = all.filter((cursor) => cursor.state === 'FAILED' || (cursor.state === 'IDLE' && cursor.lastError));
  return {
    connections: views,
    lastSuccessAt: successes.length ? new Date(Math.max(...successes)) : null,
    running: all.filter((cursor) => cursor.state === 'RUNNING').length,
    waiting: all.filter((cursor) => cursor.state === 'WAITING_FOR_BUDGET').length,
    failing: failing.length,
    firstError: failing[0]?.lastError ?? null,
  };
}
