import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { portalInvoicedKinds } from './invoice-source.ts';

/** How many of the partner's customers the portal invoices (their provider issues no invoices). */
export async function countPortalInvoicedCustomers(scope: PartnerScope): Promise<number> {
  return scopedDb(scope).customer.count({ where: { connection: { kind: { in: portalInvoicedKinds() } } } });
}
