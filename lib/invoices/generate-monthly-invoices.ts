import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { logger } from '../log/logger.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { assertMonthEnded, generateMonthlyInvoice } from './generate-monthly-invoice.ts';
import { InvoiceNotGenerated } from './invoice-errors.ts';
import { invoicePeriod } from './invoice-month.ts';
import { portalInvoicedKinds } from './invoice-source.ts';

export type InvoiceRunSummary = {
  month: string;
  created: number;
  /** Already invoiced for the month: left as they were. */
  existing: number;
  failed: Array<{ customerId: string; customerName: string; reason: string }>;
};

/** Customers invoiced in parallel; each holds a pooled connection only for its own queries. */
const CONCURRENCY = 4;

/**
 * Invoices one month for every customer of the partner whose provider issues no invoices:
 * active and suspended customers, and any other customer that called in the month.
 * Idempotent: running it again creates only what is missing. One customer's failure
 * (e.g. its provider's monthly charges cannot be read) does not stop the others.
 * InvoiceMonthNotEnded when the month is still running in the partner's time zone.
 */
export async function generateMonthlyInvoices(scope: PartnerScope, month: string, now: Date = new Date()): Promise<InvoiceRunSummary> {
  const period = invoicePeriod(month);
  const db = scopedDb(scope);
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } });
  assertMonthEnded(month, partner.timeZone, now);
  const callers = await db.usageDaily.groupBy({ by: ['customerId'], where: { day: { gte: period.periodStart, lte: period.periodEnd }, calls: { gt: 0 } } });
  const customers = await db.customer.findMany({
    where: {
      connection: { kind: { in: portalInvoicedKinds() } },
      OR: [{ status: { in: ['ACTIVE', 'SUSPENDED'] } }, { id: { in: callers.map((row) => row.customerId) } }],
    },
    select: { id: true, name: true },
    orderBy: { id: 'asc' },
  });

  const summary: InvoiceRunSummary = { month, created: 0, existing: 0, failed: [] };
  let next = 0;
  async function worker() {
    for (let customer = customers[next++]; customer; customer = customers[next++]) {
      try {
        const result = await generateMonthlyInvoice(scope, customer.id, month, now);
        if (result?.outcome === 'created') summary.created += 1;
        else if (result?.outcome === 'existing') summary.existing += 1;
      } catch (error) {
        if (!(error instanceof InvoiceNotGenerated)) logger.error({ err: error instanceof Error ? `${error.name}: ${error.message}` : String(error), partnerId: scope.partnerId, customerId: customer.id, month }, 'invoice generation failed');
        summary.failed.push({
          customerId: customer.id,
          customerName: customer.name,
          reason: error instanceof InvoiceNotGenerated ? error.message : 'An unexpected error stopped this invoice; it is in the server log.',
        });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, customers.length) }, worker));
  return summary;
}
