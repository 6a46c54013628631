import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import type { RecurringCharge } from '../providers/types.ts';
import { minorUnitsOf } from '../wallet/funding-amount.ts';
import { getCustomerRecurringCharges } from './get-customer-recurring-charges.ts';
import { InvoiceNotGenerated } from './invoice-errors.ts';
import type { NewInvoiceLine } from './usage-invoice-lines.ts';

/**
 * The monthly charges in force when the invoice is issued, one line each. Neither source
 * keeps a history (the provider reports current charges; numbers are assigned or not), so
 * the invoice bills recurring charges as they stand and usage for the month that ended.
 * When the provider cannot be asked right now its last report is used; without any, the
 * invoice waits rather than going out without them.
 */
export async function recurringInvoiceLines(scope: PartnerScope, customer: { id: string; currency: string }): Promise<NewInvoiceLine[]> {
  const charges = await getCustomerRecurringCharges(scope, customer.id);
  if (!charges) throw new InvoiceNotGenerated(customer.id, 'The customer was not found.');
  let items: RecurringCharge[];
  if (charges.source === 'numbers') {
    items = charges.items;
  } else if (charges.view.kind === 'unavailable') {
    throw new InvoiceNotGenerated(customer.id, `Monthly charges cannot be read: ${charges.view.reason}`);
  } else if (!charges.view.data) {
    throw new InvoiceNotGenerated(customer.id, `Monthly charges could not be read from the provider${charges.view.error ? `: ${charges.view.error.message}` : '.'} Try again later.`);
  } else {
    items = charges.view.data.items;
  }

  const foreign = items.find((item) => item.amount.currency !== customer.currency);
  if (foreign) {
    throw new InvoiceNotGenerated(customer.id, `The monthly charge "${foreign.service}" is in ${foreign.amount.currency}, not the customer's ${customer.currency}.`);
  }
  return items
    .filter((item) => !new Prisma.Decimal(item.amount.amount).isZero())
    .map((item) => {
      const amount = new Prisma.Decimal(item.amount.amount).toDecimalPlaces(minorUnitsOf(customer.currency));
      return { kind: 'RECURRING', description: `${item.service} · monthly`, quantity: new Prisma.Decimal(1), unitPrice: amount, amount };
    });
}
