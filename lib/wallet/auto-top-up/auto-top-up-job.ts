import { z } from 'zod';
import { systemDb } from '../../db/client.ts';
import type { JobDefinition } from '../../jobs/job-definition.ts';
import { logger } from '../../log/logger.ts';
import { activePartnerIds } from '../../partners/active-partners.ts';
import { runAutoTopUp } from './run-auto-top-up.ts';

const autoTopUpData = z.object({ partnerId: z.string().min(1), customerId: z.string().min(1) });

/** One customer's check; "stately" per customer, so two workers never top the same wallet up at once. */
export const autoTopUpJob: JobDefinition<z.infer<typeof autoTopUpData>> = {
  name: 'auto-top-up',
  schema: autoTopUpData,
  policy: 'stately',
  // A failed transfer is not retried blindly: the next scheduled check decides afresh.
  retryLimit: 0,
  async handler({ partnerId, customerId }) {
    const outcome = await runAutoTopUp(partnerId, customerId, { http: {} });
    if (outcome.kind === 'funded' || outcome.kind === 'failed' || outcome.kind === 'capped') logger.info({ partnerId, customerId, outcome }, 'auto top-up');
  },
};

/** Every five minutes: a check for each enabled rule of an active partner. */
export const autoTopUpScheduleJob: JobDefinition<Record<string, never>> = {
  name: 'auto-top-up.schedule',
  schema: z.object({}).strict() as z.ZodType<Record<string, never>>,
  cron: '*/5 * * * *',
  retryLimit: 0,
  async handler(_data, { enqueue }) {
    const partnerIds = await activePartnerIds(systemDb());
    const rules = await systemDb().autoTopUpRule.findMany({ where: { enabled: true, partnerId: { in: partnerIds } }, select: { partnerId: true, customerId: true } });
    for (const rule of rules) await enqueue(autoTopUpJob.name, rule, { singletonKey: rule.customerId });
  },
};
