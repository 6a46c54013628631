// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database when DATABASE_URL is unset (started for the occasion, then stopped).
import { envOrExit } from '../lib/config/env.ts';
import { runCommand } from '../lib/cli/run-command.ts';
import { assertDatabaseReachable } from '../lib/db/connection-check.ts';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyPendingMigrations } from '../lib/db/migrations/schema-engine.ts';

runCommand(async () => {
  const { DATABASE_URL } = envOrExit();
  const embedded = DATABASE_URL ? null : await startEmbeddedPostgres();
  try {
    const url = DATABASE_URL ?? embedded!.url;
    const target = embedded ? `the embedded database (${embedded.dataDir})` : 'DATABASE_URL';
    await assertDatabaseReachable(url);
    const { applied } = await applyPendingMigrations(url);
    process.stdout.write(
      applied.length > 0
        ? `Applied ${applied.length} migration(s) to ${target}: ${applied.join(', ')}\n`
        : `No pending migrations: ${target} is up to date.\n`,
    );
  } finally {
    await embedded?.stop();
  }
});
