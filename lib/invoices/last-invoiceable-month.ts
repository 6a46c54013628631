import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { previousMonthIn } from './invoice-month.ts';

/** The latest month that has ended in the partner's time zone: what "Generate invoices" offers first. */
export async function lastInvoiceableMonth(scope: PartnerScope, now: Date = new Date()): Promise<string> {
  const partner = await scopedDb(scope).partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } });
  return previousMonthIn(partner.timeZone, now);
}
