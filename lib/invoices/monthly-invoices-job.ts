import { z } from 'zod';
import { systemPartnerScope } from '../auth/system-partner-scope.ts';
import { systemDb } from '../db/client.ts';
import type { JobDefinition } from '../jobs/job-registry.ts';
import { logger } from '../log/logger.ts';
import { activePartnerIds, isPartnerActive } from '../partners/active-partners.ts';
import { generateMonthlyInvoices } from './generate-monthly-invoices.ts';
import { InvoiceRunIncomplete } from './invoice-errors.ts';
import { invoiceMonthSchema, previousMonthIn } from './invoice-month.ts';

const monthlyInvoicesData = z.object({
  /** One partner; every active partner when absent. */
  partnerId: z.string().min(1).optional(),
  /** The month to invoice; each partner's last ended month (in its time zone) when absent. */
  month: invoiceMonthSchema.optional(),
});

export type MonthlyInvoicesData = z.infer<typeof monthlyInvoicesData>;

/**
 * Issues last month's portal invoices for every active partner. Runs on the 1st at 14:00
 * UTC: by then the month has ended in every time zone (UTC-12 included) and the sync has
 * had hours to bring in its last calls. A run with failures (e.g. a provider whose monthly
 * charges could not be read) throws, so the runner retries it; the retry skips invoices
 * already made.
 */
export const monthlyInvoicesJob: JobDefinition<MonthlyInvoicesData> = {
  name: 'invoices.monthly',
  schema: monthlyInvoicesData,
  cron: '0 14 1 * *',
  retryLimit: 5,
  async handler(data) {
    const db = systemDb();
    const partnerIds = data.partnerId ? ((await isPartnerActive(db, data.partnerId)) ? [data.partnerId] : []) : await activePartnerIds(db);
    let failures = 0;
    for (const partnerId of partnerIds) {
      const partner = await db.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { timeZone: true } });
      const month = data.month ?? previousMonthIn(partner.timeZone);
      const summary = await generateMonthlyInvoices(systemPartnerScope(partnerId, 'monthly-invoices'), month);
      failures += summary.failed.length;
      logger.info({ partnerId, month, created: summary.created, existing: summary.existing, failed: summary.failed.length }, 'monthly invoices generated');
      for (const failure of summary.failed) logger.warn({ partnerId, month, customerId: failure.customerId, reason: failure.reason }, 'invoice not generated');
    }
    if (failures > 0) throw new InvoiceRunIncomplete(failures);
  },
};
