import { lowBalanceAlertsJob } from '../alerts/low-balance-job.ts';
import { monthlyInvoicesJob } from '../invoices/monthly-invoices-job.ts';
import { rerateJob } from '../rating/rerate-job.ts';
import { cdrSyncJob, cdrSyncScheduleJob } from '../usage/sync/cdr-sync-job.ts';
import { autoTopUpJob, autoTopUpScheduleJob } from '../wallet/auto-top-up/auto-top-up-job.ts';
import type { JobDefinition } from './job-definition.ts';
import { walletReconcileJob, walletReconcileScheduleJob } from './wallet-reconcile-jobs.ts';

export type { EnqueueOptions, JobContext, JobDefinition } from './job-definition.ts';

/** Every background job the workers run. A new job: its definition beside its feature, one line here. */
export const JOBS: ReadonlyArray<JobDefinition<unknown>> = [
  cdrSyncJob,
  cdrSyncScheduleJob,
  rerateJob,
  monthlyInvoicesJob,
  walletReconcileJob,
  walletReconcileScheduleJob,
  autoTopUpJob,
  autoTopUpScheduleJob,
  lowBalanceAlertsJob,
];
