// `npm run worker`: the background jobs (CDR sync, re-rating, monthly invoices, wallet
// reconciliation) in their own process, against DATABASE_URL. Run one or more beside the
// web processes; SIGTERM lets running jobs finish before it exits.
import { runCommand } from '../lib/cli/run-command.ts';
import { envOrExit } from '../lib/config/env.ts';
import { assertDatabaseReachable } from '../lib/db/connection-check.ts';
import { startJobRunner } from '../lib/jobs/job-runner.ts';
import { logger } from '../lib/log/logger.ts';

function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

runCommand(async () => {
  const config = envOrExit();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set: the worker runs against the portal’s PostgreSQL (npm start runs the jobs itself in demo mode).');
  if (!config.PORTAL_ENCRYPTION_KEY) throw new Error('PORTAL_ENCRYPTION_KEY is not set: the jobs decrypt provider credentials with it.');
  await assertDatabaseReachable(config.DATABASE_URL);
  const runner = await startJobRunner({ workers: true });
  process.stdout.write('Job workers running; SIGTERM or Ctrl-C stops them after the running jobs finish.\n');
  const signal = await untilSignalled();
  logger.info({ signal }, 'stopping job workers');
  await runner.stop();
  return 0;
});
