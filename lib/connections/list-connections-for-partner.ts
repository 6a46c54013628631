import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { connectionRecordSelect, toConnectionView, type ConnectionView } from './connection-view.ts';

export async function listConnectionsForPartner(scope: PartnerScope): Promise<ConnectionView[]> {
  const rows = await scopedDb(scope).providerConnection.findMany({ select: connectionRecordSelect, orderBy: { label: 'asc' } });
  return Promise.all(rows.map(toConnectionView));
}

export async function getConnectionForPartner(scope: PartnerScope, connectionId: string): Promise<ConnectionView | null> {
  const row = await scopedDb(scope).providerConnection.findUnique({ where: { id: connectionId }, select: connectionRecordSelect });
  return row ? toConnectionView(row) : null;
}
