import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { allocateDocumentNumber, documentYear } from './allocate-document-number.ts';
import { InvoiceMonthNotEnded, InvoiceNotGenerated } from './invoice-errors.ts';
import { formatInvoiceMonth, invoicePeriod, monthIn } from './invoice-month.ts';
import { invoiceSourceFor } from './invoice-source.ts';
import { recurringInvoiceLines } from './recurring-invoice-lines.ts';
import { usageInvoiceLines } from './usage-invoice-lines.ts';

/** Days between issue and due date. */
export const PAYMENT_TERMS_DAYS = 14;

// Invoice creation queues behind the numbering lock under load; waiting beats failing.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export type GeneratedInvoice = { outcome: 'created' | 'existing'; invoice: { id: string; number: string; total: string; currency: string } };

const resultSelect = { id: true, number: true, total: true, currency: true } satisfies Prisma.InvoiceSelect;

function toResult(outcome: GeneratedInvoice['outcome'], row: Prisma.InvoiceGetPayload<{ select: typeof resultSelect }>): GeneratedInvoice {
  return { outcome, invoice: { id: row.id, number: row.number, currency: row.currency, total: row.total.toFixed() } };
}

function findExisting(db: Pick<ScopedDb, 'invoice'>, customerId: string, periodStart: Date) {
  return db.invoice.findUnique({ where: { customerId_periodStart: { customerId, periodStart } }, select: resultSelect });
}

/**
 * The portal's invoice of one customer for one month ('YYYY-MM', the partner's time
 * zone): calls at the partner's sell prices from the usage rollups, plus the monthly
 * recurring charges. Idempotent per (customer, month): a second call — or a concurrent
 * one — returns the invoice the first made. Only for customers whose provider issues no
 * invoices; background jobs pass a system scope of the partner. Null when the customer is
 * not in the scope; InvoiceNotGenerated says why an invoice cannot be made now.
 */
export async function generateMonthlyInvoice(scope: PartnerScope, customerId: string, month: string, now: Date = new Date()): Promise<GeneratedInvoice | null> {
  const period = invoicePeriod(month);
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { id: true, name: true, currency: true, connection: { select: { kind: true, label: true } }, partner: { select: { timeZone: true } } },
  });
  if (!customer) return null;

  const existing = await findExisting(db, customer.id, period.periodStart);
  if (existing) return toResult('existing', existing);

  if (invoiceSourceFor(customer.connection.kind) === 'provider') {
    throw new InvoiceNotGenerated(customer.id, `${customer.connection.label} issues ${customer.name}'s invoices; the portal does not invoice this customer.`);
  }
  const timeZone = customer.partner.timeZone;
  assertMonthEnded(month, timeZone, now);

  // Read before the transaction: the provider's monthly charges are an HTTP call.
  const lines = [...(await usageInvoiceLines(db, customer, period)), ...(await recurringInvoiceLines(scope, customer))];
  const subtotal = lines.reduce((sum, line) => sum.plus(line.amount), new Prisma.Decimal(0));
  // The portal keeps no tax rates: invoices carry none, and the tax column stays 0.
  const tax = new Prisma.Decimal(0);
  const actor = { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: null };

  try {
    return await db.$transaction(async (tx) => {
      const number = await allocateDocumentNumber(tx, scope.partnerId, 'INV', documentYear(timeZone, now));
      // Checked again under the numbering lock: a concurrent run may have just made it.
      const raced = await findExisting(tx, customer.id, period.periodStart);
      if (raced) return toResult('existing', raced);
      const invoice = await tx.invoice.create({
        data: {
          partnerId: scope.partnerId,
          customerId: customer.id,
          number,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          status: 'ISSUED',
          currency: customer.currency,
          subtotal,
          tax,
          total: subtotal.plus(tax),
          issuedAt: now,
          dueAt: new Date(now.getTime() + PAYMENT_TERMS_DAYS * 86_400_000),
          createdById: scope.userId,
          // Nested rows are not stamped by the tenancy filter: their partner is set here.
          lines: { create: lines.map((line) => ({ ...line, partnerId: scope.partnerId })) },
        },
        select: resultSelect,
      });
      await recordAuditEvent(tx, actor, {
        action: 'invoice.generate',
        entityType: 'Invoice',
        entityId: invoice.id,
        after: { customerId: customer.id, number, month, total: invoice.total.toFixed(), currency: invoice.currency, lines: lines.length },
      });
      return toResult('created', invoice);
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // Another process made the month's invoice between our checks: return that one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findExisting(db, customer.id, period.periodStart);
      if (winner) return toResult('existing', winner);
    }
    throw error;
  }
}

/** Usage is billed in arrears: a month is invoiced once it has ended in the partner's time zone. */
export function assertMonthEnded(month: string, timeZone: string, now: Date): void {
  if (month >= monthIn(timeZone, now)) throw new InvoiceMonthNotEnded(month, `${formatInvoiceMonth(month)} has not ended yet; invoice it once it has.`);
}
