import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';

export type UsageCustomerChoice = { id: string; name: string };

/** A select stays usable up to about this many names; past it the top-customers table links the rest. */
export const MAX_CUSTOMER_CHOICES = 500;

/** The customer filter's choices, by name; the chosen customer is always among them. */
export async function listUsageCustomerChoices(scope: PartnerScope, chosenId?: string): Promise<{ choices: UsageCustomerChoice[]; complete: boolean }> {
  const db = scopedDb(scope);
  const rows = await db.customer.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], take: MAX_CUSTOMER_CHOICES + 1, select: { id: true, name: true } });
  const complete = rows.length <= MAX_CUSTOMER_CHOICES;
  const choices = rows.slice(0, MAX_CUSTOMER_CHOICES);
  if (chosenId && !choices.some((choice) => choice.id === chosenId)) {
    const chosen = await db.customer.findUnique({ where: { id: chosenId }, select: { id: true, name: true } });
    if (chosen) choices.push(chosen);
  }
  return { choices, complete };
}
