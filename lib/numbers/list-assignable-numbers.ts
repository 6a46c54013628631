import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { Money } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { loadCustomerProviderContext } from './customer-provider-context.ts';
import { listNumbersForCustomer } from './list-provider-numbers.ts';
import { providerFailure, refused, type NumberActionFailure } from './number-action-result.ts';
import { assignmentModeFor, type AssignmentMode } from './number-actions.ts';
import { searchAvailableNumbers } from './search-available-numbers.ts';

export type AssignableNumber = {
  number: string;
  /** The provider's id, where its list gives one; the assignment looks it up otherwise. */
  providerNumberId: string | null;
  type: string | null;
  monthlyPrice: Money | null;
  setupPrice: Money | null;
  /** Already on this customer's account at the provider. */
  onCustomerAccount: boolean;
};

export type AssignableNumbers = { ok: true; mode: AssignmentMode; choices: AssignableNumber[]; notice: string | null } | NumberActionFailure;

/**
 * What the "Assign number" form offers one customer: the provider's stock in a country
 * where the provider assigns numbers; the provider's list of the partner's (and the
 * customer's) numbers where the portal records the assignment; nothing where the provider
 * lists no numbers (the number is typed). Numbers already assigned in the portal are left out.
 */
export async function listAssignableNumbers(scope: PartnerScope, customerId: string, query: { country?: string; type?: string }): Promise<AssignableNumbers> {
  const provider = await loadCustomerProviderContext(scope, customerId);
  if (!provider) return refused({ customerId: ['This customer does not exist.'] });
  const { adapter, connection } = provider;
  const mode = assignmentModeFor(adapter.capabilities);
  const taken = new Set(
    (await scopedDb(scope).numberAssignment.findMany({ where: { connectionId: connection.id }, select: { number: true } })).map((row) => row.number),
  );
  const free = (choices: AssignableNumber[]) => choices.filter((choice) => !taken.has(choice.number));

  if (mode === 'portal-typed') {
    const list = adapter.capabilities['numbers.list'];
    return { ok: true, mode, choices: [], notice: list.supported ? null : list.reason };
  }
  if (mode === 'provider') {
    const country = query.country?.trim() || provider.customer.country || '';
    const found = await searchAvailableNumbers(scope, { connectionId: connection.id, country, type: query.type });
    if (!found.ok) return found;
    const choices = found.numbers.map((n) => ({ number: n.number, providerNumberId: null, type: n.type, monthlyPrice: n.monthlyPrice, setupPrice: n.setupPrice, onCustomerAccount: false }));
    return { ok: true, mode, choices: free(choices), notice: null };
  }
  try {
    const { numbers, customerAccountError } = await listNumbersForCustomer(adapter, await provider.accountRef());
    const choices = numbers
      .map((n) => ({ number: n.number, providerNumberId: n.id, type: null, monthlyPrice: n.monthlyPrice, setupPrice: null, onCustomerAccount: n.onCustomerAccount }))
      .sort((a, b) => Number(b.onCustomerAccount) - Number(a.onCustomerAccount) || a.number.localeCompare(b.number));
    const notice = customerAccountError ? `The customer's own numbers at ${connection.providerName} could not be read: ${customerAccountError}` : null;
    return { ok: true, mode, choices: free(choices), notice };
  } catch (error) {
    return providerFailure(error, 'listed its numbers');
  }
}
