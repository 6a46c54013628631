import os from 'node:os';
import pg from 'pg';
import { assertDatabaseReachable } from '../lib/db/connection-check.ts';
import { applyPendingMigrations } from '../lib/db/migrations/schema-engine.ts';

/**
 * The benchmark's own database on a real PostgreSQL server (DATABASE_URL's server when set,
 * else the local default), created fresh and migrated with the project's migrations, and
 * dropped at the end. The portal's own databases are never touched.
 */
export const DEFAULT_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export type BenchDatabase = { url: string; name: string; drop(): Promise<void> };

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The maintenance database of the server `url` points at (the path is replaced). */
export function serverUrlOf(url: string): string {
  const server = new URL(url);
  server.pathname = '/postgres';
  return server.toString();
}

export async function createBenchDatabase(serverUrl: string, name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}" must be lower-case letters, digits and underscores.`);
  await assertDatabaseReachable(serverUrl);
  // A run that was interrupted leaves its database behind; start from nothing.
  await runSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await runSql(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = { url: url.toString(), name, drop: () => runSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  try {
    await applyPendingMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

export type MachineFacts = {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  sharedBuffers: string;
  workMem: string;
  walLevel: string;
  synchronousCommit: string;
  /** 1, 5 and 15-minute load averages when the run started: other work on the machine skews the figures. */
  loadAverage: number[];
};

export async function machineFacts(url: string): Promise<MachineFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const setting = async (name: string) => (await client.query<{ value: string }>('SELECT current_setting($1) AS value', [name])).rows[0]!.value;
    return {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      postgres: await setting('server_version'),
      sharedBuffers: await setting('shared_buffers'),
      workMem: await setting('work_mem'),
      walLevel: await setting('wal_level'),
      synchronousCommit: await setting('synchronous_commit'),
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    };
  } finally {
    await client.end();
  }
}
