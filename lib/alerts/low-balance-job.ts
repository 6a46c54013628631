import { z } from 'zod';
import { systemDb } from '../db/client.ts';
import type { JobDefinition } from '../jobs/job-definition.ts';
import { logger } from '../log/logger.ts';
import { activePartnerIds } from '../partners/active-partners.ts';
import { checkLowBalances } from './check-low-balances.ts';

/** Every quarter hour: low-balance notices for every active partner's customers (one per customer and day). */
export const lowBalanceAlertsJob: JobDefinition<Record<string, never>> = {
  name: 'low-balance-alerts',
  schema: z.object({}).strict() as z.ZodType<Record<string, never>>,
  cron: '*/15 * * * *',
  retryLimit: 0,
  async handler() {
    for (const partnerId of await activePartnerIds(systemDb())) {
      const { lowCustomers } = await checkLowBalances(partnerId);
      if (lowCustomers > 0) logger.info({ partnerId, lowCustomers }, 'low-balance customers notified');
    }
  },
};
