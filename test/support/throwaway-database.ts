import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { assertDatabaseReachable } from '../../lib/db/connection-check.ts';
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres.ts';
import { applyPendingMigrations } from '../../lib/db/migrations/schema-engine.ts';

export type TestDatabase = { url: string; poolMax: number | undefined; drop(): Promise<void> };

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database on the server DATABASE_URL points to, so runs never see each other's rows. */
async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  await assertDatabaseReachable(serverUrl);
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await runSql(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolMax: undefined,
    drop: () => runSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres({ inMemory: true, port: 0 });
  return { url: embedded.url, poolMax: 1, drop: () => embedded.stop() };
}

/**
 * A throw-away, migrated database for one test run: a new one on the server of
 * DATABASE_URL when set, otherwise an in-memory embedded PostgreSQL.
 */
export async function createThrowawayDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  const database = serverUrl ? await createServerDatabase(serverUrl) : await startEmbeddedDatabase();
  try {
    await applyPendingMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
