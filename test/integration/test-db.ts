import { afterAll, inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client.ts';

let client: PrismaClient | undefined;

/** The run's database (see global-setup.ts), one client per test file. */
export function testDb(): PrismaClient {
  client ??= createPrismaClient(inject('databaseUrl'), inject('databasePoolMax'));
  return client;
}

// Each test file loads this module afresh; closing its client keeps the embedded
// database's few connections free for the next file.
afterAll(async () => {
  await client?.$disconnect();
  client = undefined;
});

/**
 * Empties every table but the migration history and the encryption keys, so each test
 * starts from nothing. Keys stay because every process caches them (as in production,
 * where they are never deleted under a running portal).
 */
export async function resetDatabase(): Promise<void> {
  const db = testDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'EncryptionKey')`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"${tablename.replace(/"/g, '""')}"`).join(', ');
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}
