// Playwright's web server: a throw-away database (migrated and seeded), a planted secret
// for the leak test, then `next start` on the production build with its output captured
// to a file the tests search.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client.ts';
import { seedDemoData } from '../../lib/seed/seed-demo-data.ts';
import { startDemoSandboxes } from '../../lib/seed/start-demo-sandboxes.ts';
import { DEMO_PARTNERS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from '../../lib/seed/demo-data.ts';
import { encryptSecret } from '../../lib/secrets/encrypt-secret.ts';
import { ensureSyncCursors } from '../../lib/usage/sync/ensure-sync-cursors.ts';
import { syncCdrCursor } from '../../lib/usage/sync/sync-cdr-cursor.ts';
import { createThrowawayDatabase } from '../../test/support/throwaway-database.ts';
import type { E2EFixture } from './fixture.ts';
import { FIXTURE_FILE } from './fixture.ts';

const port = process.env.E2E_PORT ?? '3100';
const resultsDir = path.join(process.cwd(), 'test-results');
const serverLogFile = path.join(resultsDir, 'e2e-server.log');

/** One sync of every demo connection through the real sync, so calls, charts and invoices have data. */
async function syncDemoCalls(db: PrismaClient): Promise<void> {
  await ensureSyncCursors(db);
  for (const cursor of await db.cdrSyncCursor.findMany({ select: { id: true } })) {
    const outcome = await syncCdrCursor(cursor.id, { db });
    if (outcome.status !== 'synced') process.stderr.write(`E2E server: a demo call sync ended ${outcome.status}.\n`);
  }
}

async function main(): Promise<void> {
  process.env.PORTAL_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
  const database = await createThrowawayDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.poolMax) process.env.DATABASE_POOL_MAX = String(database.poolMax);

  const db = createPrismaClient(database.url, database.poolMax);
  await seedDemoData(db);
  // The same provider sandboxes as demo mode, so pages that call providers work.
  const sandboxes = await startDemoSandboxes();
  await syncDemoCalls(db);
  const [northwind, bluewave] = DEMO_PARTNERS;
  const customerId = async (accountId: string) => (await db.customer.findFirstOrThrow({ where: { providerAccountId: accountId } })).id;
  // Shaped like a Cliqtel key, so the Cliqtel adapter really sends it (and the sandbox rejects it).
  const canaryToken = `31|canary-${randomBytes(16).toString('hex')}`;
  const customers = {
    a1: await customerId(northwind.customers[0].accountId),
    a2: await customerId(northwind.customers[1].accountId),
    b1: await customerId(bluewave.customers[0].accountId),
  };
  for (const id of [customers.a1, customers.b1]) {
    await db.customer.update({ where: { id }, data: { authTokenEnc: await encryptSecret(canaryToken, db) } });
  }
  await db.$disconnect();

  const fixture: E2EFixture = {
    password: DEMO_PASSWORD,
    users: {
      platformAdmin: DEMO_PLATFORM_ADMIN.email,
      partnerAAdmin: northwind.admin.email,
      partnerAStaff: northwind.staff.email,
      partnerBAdmin: bluewave.admin.email,
      partnerBStaff: bluewave.staff.email,
      customerA1: northwind.customers[0].login,
      customerA2: northwind.customers[1].login,
    },
    customers,
    canaryToken,
    serverLogFile,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(FIXTURE_FILE, JSON.stringify(fixture, null, 2));

  const cleanUp = async () => {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
    await database.drop().catch(() => undefined);
  };

  const log = createWriteStream(serverLogFile);
  const nextBin = createRequire(path.join(process.cwd(), 'package.json')).resolve('next/dist/bin/next');
  // Debug logging, so the leak test searches as much server output as there can be.
  const child = spawn(process.execPath, [nextBin, 'start', '-p', port, '-H', '127.0.0.1'], {
    env: { ...process.env, LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.stderr.pipe(process.stderr);
  const stop = async () => {
    child.kill('SIGTERM');
    await cleanUp();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', async (code) => {
    await cleanUp();
    process.exit(code ?? 1);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`E2E server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
