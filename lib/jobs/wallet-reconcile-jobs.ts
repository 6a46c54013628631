import { z } from 'zod';
import { systemPartnerScope } from '../auth/system-partner-scope.ts';
import { systemDb } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { activePartnerIds, isPartnerActive } from '../partners/active-partners.ts';
import { reconcilePendingFundings } from '../wallet/reconcile-pending-fundings.ts';
import type { JobDefinition } from './job-definition.ts';

const walletReconcileData = z.object({ partnerId: z.string().min(1) });

/**
 * Asks the providers about one partner's fundings whose outcome is unknown, as "Reconcile
 * now" does, with the background HTTP settings (longer timeouts). One partner per job, so a
 * slow provider holds up only its own partner.
 */
export const walletReconcileJob: JobDefinition<z.infer<typeof walletReconcileData>> = {
  name: 'wallet-reconcile',
  schema: walletReconcileData,
  policy: 'stately',
  retryLimit: 0,
  async handler({ partnerId }) {
    if (!(await isPartnerActive(systemDb(), partnerId))) return;
    const summary = await reconcilePendingFundings(systemPartnerScope(partnerId, 'wallet-reconciliation'), { http: {} });
    if (summary.checked > 0) logger.info({ partnerId, ...summary }, 'pending fundings reconciled');
  },
};

/** Every three minutes: one reconciliation per active partner (a partner's still queued one is not doubled). */
export const walletReconcileScheduleJob: JobDefinition<Record<string, never>> = {
  name: 'wallet-reconcile.schedule',
  schema: z.object({}).strict() as z.ZodType<Record<string, never>>,
  cron: '*/3 * * * *',
  retryLimit: 0,
  async handler(_data, { enqueue }) {
    for (const partnerId of await activePartnerIds(systemDb())) {
      await enqueue(walletReconcileJob.name, { partnerId }, { singletonKey: partnerId });
    }
  },
};
