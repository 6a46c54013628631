// `npm start` / `npm run dev`: one command from a fresh clone to a running portal. Without
// DATABASE_URL it serves an embedded PostgreSQL from the data folder and seeds demo data.
import path from 'node:path';
import { envOrExit, InvalidEnvironment, parseEnv, type PortalEnv } from '../lib/config/env.ts';
import { oneLineMessage, runCommand } from '../lib/cli/run-command.ts';
import { createPrismaClient } from '../lib/db/client.ts';
import { assertDatabaseReachable } from '../lib/db/connection-check.ts';
import { DEFAULT_EMBEDDED_DB_PORT, portalDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyPendingMigrations } from '../lib/db/migrations/schema-engine.ts';
import { printDemoCredentials, seedDemoData } from '../lib/seed/seed-demo-data.ts';
import { startDemoSandboxes } from '../lib/seed/start-demo-sandboxes.ts';
import { provideDemoSecrets } from '../lib/startup/demo-secrets.ts';
import { isNextBuildStale } from '../lib/startup/is-next-build-stale.ts';
import { isPortInUse, runNext, waitUntilListening } from '../lib/startup/next-process.ts';
import { startJobRunner, type JobRunner } from '../lib/jobs/job-runner.ts';
import { cdrSyncScheduleJob } from '../lib/usage/sync/cdr-sync-job.ts';

const dev = process.argv.includes('--dev');
const rootDir = process.cwd();
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The environment as given, before this script adds the embedded database's values. */
function givenEnvironment(): PortalEnv {
  try {
    return parseEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironment)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** With an external database nothing is generated: its secrets must be configured. */
function requireConfiguredSecrets(given: PortalEnv): void {
  for (const variable of ['PORTAL_ENCRYPTION_KEY', 'NEXTAUTH_SECRET'] as const) {
    if (!given[variable]) throw new Error(`${variable} is not set: it is required when DATABASE_URL is set.`);
  }
}

/** Starts the embedded database and fills DATABASE_URL and the demo secrets for the portal. */
async function startEmbeddedDatabase(given: PortalEnv): Promise<EmbeddedPostgres> {
  const dataDir = portalDataDir(given);
  for (const warning of provideDemoSecrets(dataDir)) process.stderr.write(`${warning}\n`);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite'), port: given.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_DB_PORT });
  process.env.DATABASE_URL = embedded.url;
  // PGlite is a single session: one connection per process.
  process.env.DATABASE_POOL_MAX = '1';
  say(`Embedded PostgreSQL on ${embedded.url} (data in ${embedded.dataDir})`);
  return embedded;
}

/** Demo users only ever go into the embedded database, and only while it has no users. */
async function seedDemoDataIfEmpty(url: string, embedded: boolean): Promise<void> {
  const db = createPrismaClient(url, 1);
  try {
    if ((await db.user.count()) > 0) return;
    if (embedded) printDemoCredentials(await seedDemoData(db));
    else say('The database has no users yet: demo data is seeded only into the embedded database (npm run db:seed adds it elsewhere).');
  } finally {
    await db.$disconnect();
  }
}

/** Demo mode talks to local provider sandboxes; the portal still starts without them. */
async function startSandboxesForDemo() {
  try {
    const sandboxes = await startDemoSandboxes();
    say(`Provider sandboxes: ${sandboxes.map((sandbox) => sandbox.url).join(', ')}`);
    return sandboxes;
  } catch (error) {
    process.stderr.write(`WARNING: provider sandboxes not started (${oneLineMessage(error)}); demo connections will show as unreachable.\n`);
    return [];
  }
}

/**
 * Demo mode has no separate worker process: the background jobs run here, beside the
 * sandboxes, and a first CDR sync is queued at once so the demo has calls to show.
 */
async function startJobsForDemo(): Promise<JobRunner | null> {
  try {
    const runner = await startJobRunner({ workers: true });
    await runner.enqueue(cdrSyncScheduleJob.name, {});
    say('Background jobs running: CDR sync every 5 minutes (a first one now), wallet reconciliation, re-rating, monthly invoices.');
    return runner;
  } catch (error) {
    process.stderr.write(`WARNING: background jobs not started (${oneLineMessage(error)}); calls are not synced.\n`);
    return null;
  }
}

async function serve(port: number): Promise<number> {
  if (!dev && isNextBuildStale(rootDir)) {
    say('Building the portal (no build yet, or sources changed since the last one)…');
    const built = await runNext(rootDir, ['build']);
    if (built !== 0) throw new Error(`next build failed (exit code ${built}).`);
  }
  if (await isPortInUse(port)) throw new Error(`Port ${port} is already in use: stop what runs there or set PORT.`);
  return runNext(rootDir, [dev ? 'dev' : 'start', '-p', String(port)], (child) => {
    void waitUntilListening(port, child).then((ready) => ready && say(`Portal ready on http://localhost:${port}`));
  });
}

runCommand(async () => {
  const given = givenEnvironment();
  if (given.DATABASE_URL) requireConfiguredSecrets(given);
  const embedded = given.DATABASE_URL ? null : await startEmbeddedDatabase(given);
  try {
    // Read only now, so the cached environment includes what the embedded mode filled in.
    const config = envOrExit();
    const url = config.DATABASE_URL!;
    const port = config.PORT ?? 3000;
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

    await assertDatabaseReachable(url);
    const { applied } = await applyPendingMigrations(url);
    if (applied.length > 0) say(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    await seedDemoDataIfEmpty(url, embedded !== null);
    const sandboxes = embedded ? await startSandboxesForDemo() : [];
    const jobs = embedded ? await startJobsForDemo() : null;
    try {
      return await serve(port);
    } finally {
      await jobs?.stop();
      await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
    }
  } finally {
    await embedded?.stop();
  }
});
