import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { providerDefinition } from '../providers/index.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { CUSTOMER_NUMBER_ORDER, customerNumberSelect, toCustomerNumber, type CustomerNumber } from './list-customer-numbers.ts';
import { assignmentModeFor, numberActionsFor, portalRecordReason, type AssignmentMode, type NumberActions } from './number-actions.ts';

export type CustomerNumbersView = {
  customer: { id: string; name: string; currency: string; country: string | null; hasProviderAccount: boolean };
  connection: { id: string; label: string; providerName: string };
  mode: AssignmentMode;
  /** Why the provider cannot assign numbers, where it cannot. */
  portalReason: string | null;
  /** Why searching the provider's stock is not offered, where it is not. */
  searchReason: string | null;
  numbers: Array<CustomerNumber & { actions: NumberActions }>;
};

/** The customer's numbers with what staff may do with each, from the portal's records and the provider's declared capabilities. */
export async function getCustomerNumbersView(scope: PartnerScope, customerId: string): Promise<CustomerNumbersView | null> {
  const customer = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: { id: true, name: true, currency: true, country: true, providerAccountId: true, connection: { select: { id: true, label: true, kind: true } } },
  });
  if (!customer) return null;
  const { capabilities, displayName } = providerDefinition(customer.connection.kind);
  const rows = await scopedDb(scope).numberAssignment.findMany({
    where: { customerId },
    select: { ...customerNumberSelect, providerNumberId: true },
    orderBy: CUSTOMER_NUMBER_ORDER,
  });
  const hasProviderAccount = customer.providerAccountId !== null;
  const search = capabilities['numbers.search'];
  return {
    customer: { id: customer.id, name: customer.name, currency: customer.currency, country: customer.country, hasProviderAccount },
    connection: { id: customer.connection.id, label: customer.connection.label, providerName: displayName },
    mode: assignmentModeFor(capabilities),
    portalReason: portalRecordReason(capabilities),
    searchReason: search.supported ? null : search.reason,
    numbers: rows.map(({ providerNumberId, ...row }) => ({
      ...toCustomerNumber(row),
      actions: numberActionsFor(capabilities, { recordedIn: row.recordedIn, providerNumberId, hasProviderAccount }, displayName),
    })),
  };
}
