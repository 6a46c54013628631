import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { formatMoney } from '../money/format-money.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { fundingAmountProblems } from '../wallet/funding-amount.ts';
import { allocateDocumentNumber, documentYear } from './allocate-document-number.ts';

export const creditNoteSchema = z.object({
  invoiceId: z.string().trim().min(1, 'Choose an invoice.'),
  amount: z.string().trim().min(1, 'Enter an amount.'),
  reason: z.string().trim().min(3, 'Say why the customer is credited.').max(500, 'Use at most 500 characters.'),
});

export type CreditNoteInput = z.input<typeof creditNoteSchema>;

export type IssuedCreditNote = { id: string; number: string; amount: string; currency: string };

export type CreditNoteResult = { ok: true; creditNote: IssuedCreditNote } | { ok: false; fieldErrors: FieldErrors; formError?: string };

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/**
 * A partner admin credits part or all of a portal invoice. The amount must be positive,
 * in the invoice's currency's minor units, and at most what the invoice's earlier credit
 * notes left; that check and the number run under the partner's credit-note numbering
 * lock, so two admins crediting at once can never credit more than the invoice.
 */
export async function issueCreditNote(scope: PartnerScope, input: CreditNoteInput, context: { ip: string | null }): Promise<CreditNoteResult> {
  assertPartnerAdmin(scope, 'issue credit notes');
  const parsed = creditNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const request = parsed.data;

  const db = scopedDb(scope);
  const invoice = await db.invoice.findUnique({
    where: { id: request.invoiceId },
    select: { id: true, number: true, status: true, customerId: true, currency: true, total: true, customer: { select: { partner: { select: { timeZone: true } } } } },
  });
  if (!invoice) return { ok: false, fieldErrors: { invoiceId: ['This invoice does not exist.'] } };
  if (invoice.status === 'VOID' || invoice.status === 'DRAFT') {
    return { ok: false, fieldErrors: {}, formError: `Invoice ${invoice.number} is ${invoice.status.toLowerCase()}; only issued or paid invoices can be credited.` };
  }
  const amountProblems = fundingAmountProblems(request.amount, invoice.currency, null);
  if (amountProblems.length > 0) return { ok: false, fieldErrors: { amount: amountProblems } };
  const amount = new Prisma.Decimal(request.amount);
  const actor = { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip };

  return db.$transaction(async (tx): Promise<CreditNoteResult> => {
    const number = await allocateDocumentNumber(tx, scope.partnerId, 'CN', documentYear(invoice.customer.partner.timeZone));
    const credited = await tx.creditNote.aggregate({ where: { invoiceId: invoice.id }, _sum: { amount: true } });
    const remaining = invoice.total.minus(credited._sum.amount ?? 0);
    if (amount.greaterThan(remaining)) {
      const message = remaining.lessThanOrEqualTo(0)
        ? `Invoice ${invoice.number} is fully credited already.`
        : `At most ${formatMoney(remaining, invoice.currency)} of invoice ${invoice.number} can still be credited.`;
      return { ok: false, fieldErrors: { amount: [message] } };
    }
    const note = await tx.creditNote.create({
      data: { partnerId: scope.partnerId, customerId: invoice.customerId, invoiceId: invoice.id, number, amount, currency: invoice.currency, reason: request.reason, createdById: scope.userId },
      select: { id: true, number: true, amount: true, currency: true },
    });
    await recordAuditEvent(tx, actor, {
      action: 'invoice.credit_note.issue',
      entityType: 'Invoice',
      entityId: invoice.id,
      after: { creditNoteId: note.id, number, amount: note.amount.toFixed(), currency: note.currency, reason: request.reason },
    });
    return { ok: true, creditNote: { id: note.id, number: note.number, amount: note.amount.toFixed(), currency: note.currency } };
  }, TRANSACTION_OPTIONS);
}
