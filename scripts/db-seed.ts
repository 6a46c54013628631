// `npm run db:seed`: the demo tenants, into DATABASE_URL or (unset) the embedded database.
// Idempotent: a second run changes nothing.
import path from 'node:path';
import { envOrExit, parseEnv } from '../lib/config/env.ts';
import { runCommand } from '../lib/cli/run-command.ts';
import { createPrismaClient } from '../lib/db/client.ts';
import { assertDatabaseReachable } from '../lib/db/connection-check.ts';
import { portalDataDir, startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyPendingMigrations } from '../lib/db/migrations/schema-engine.ts';
import { printDemoCredentials, seedDemoData } from '../lib/seed/seed-demo-data.ts';
import { provideDemoSecrets } from '../lib/startup/demo-secrets.ts';

runCommand(async () => {
  const given = parseEnv();
  let embedded = null;
  if (!given.DATABASE_URL) {
    const dataDir = portalDataDir(given);
    for (const warning of provideDemoSecrets(dataDir)) process.stderr.write(`${warning}\n`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite'), port: 0 });
  } else if (!given.PORTAL_ENCRYPTION_KEY) {
    throw new Error('PORTAL_ENCRYPTION_KEY is not set: the seed encrypts demo credentials with it.');
  }
  // Read only now, so the cached environment includes the demo secrets filled in above.
  envOrExit();
  const url = given.DATABASE_URL ?? embedded!.url;
  const db = createPrismaClient(url, embedded ? 1 : given.DATABASE_POOL_MAX);
  try {
    await assertDatabaseReachable(url);
    await applyPendingMigrations(url);
    printDemoCredentials(await seedDemoData(db));
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
});
