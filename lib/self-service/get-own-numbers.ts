import { CUSTOMER_NUMBER_ORDER, customerNumberSelect, toCustomerNumber, type CustomerNumber, type CustomerScope } from '../numbers/list-customer-numbers.ts';
import { numberActionsFor } from '../numbers/number-actions.ts';
import { providerDefinition } from '../providers/index.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type OwnNumber = CustomerNumber & { canSetForwarding: boolean; canSetLabel: boolean };

export type OwnNumbers = { partnerName: string; numbers: OwnNumber[] };

/**
 * The customer's own numbers and which of their settings the customer may change: the same
 * rule as for staff (the provider's capabilities and the number's record), without the
 * provider's name or reasons, which are the partner's business.
 */
export async function getOwnNumbers(scope: CustomerScope): Promise<OwnNumbers> {
  const db = scopedDb(scope);
  const [customer, rows] = await Promise.all([
    db.customer.findUniqueOrThrow({
      where: { id: scope.customerId },
      select: { providerAccountId: true, connection: { select: { kind: true } }, partner: { select: { name: true } } },
    }),
    db.numberAssignment.findMany({ where: { customerId: scope.customerId }, select: { ...customerNumberSelect, providerNumberId: true }, orderBy: CUSTOMER_NUMBER_ORDER }),
  ]);
  const { capabilities, displayName } = providerDefinition(customer.connection.kind);
  const hasProviderAccount = customer.providerAccountId !== null;
  return {
    partnerName: customer.partner.name,
    numbers: rows.map(({ providerNumberId, ...row }) => {
      const actions = numberActionsFor(capabilities, { recordedIn: row.recordedIn, providerNumberId, hasProviderAccount }, displayName);
      return { ...toCustomerNumber(row), canSetForwarding: actions.forwarding.available, canSetLabel: actions.label.available };
    }),
  };
}
