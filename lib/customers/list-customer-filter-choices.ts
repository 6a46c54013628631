import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type ConnectionChoice = { id: string; label: string; kind: 'VOBIZ' | 'CLIQTEL' | 'VOIP_ACCOUNT' | 'BILLING_PLATFORM' };

/** The partner's connections for the list's connection filter: names only, no credentials. */
export async function listCustomerConnectionChoices(scope: PartnerScope): Promise<ConnectionChoice[]> {
  return scopedDb(scope).providerConnection.findMany({ select: { id: true, label: true, kind: true }, orderBy: { label: 'asc' } });
}
