import type pg from 'pg';
import { MigrationFailed } from './migration-errors.ts';
import type { LocalMigration } from './migrations-folder.ts';

/** Migrations not yet recorded as finished in `_prisma_migrations` (all of them on a new database). */
export async function findPendingMigrations(client: pg.Client, migrations: LocalMigration[]): Promise<LocalMigration[]> {
  const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
  if (!table.rows[0]?.exists) return migrations;
  const applied = await client.query<{ migration_name: string }>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const appliedNames = new Set(applied.rows.map((row) => row.migration_name));
  return migrations.filter((migration) => !appliedNames.has(migration.name));
}

// Strings, comments and dollar-quoted bodies (functions, DO blocks) may mention BEGIN/END freely.
function topLevelStatements(sql: string): string[] {
  return sql
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$/g, "''")
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/--[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .map((statement) => statement.trim());
}

const TRANSACTION_CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT)\b/i;

/**
 * Runs every pending migration's SQL in one transaction and rolls it back, so a broken
 * migration is reported before anything is applied (PostgreSQL DDL is transactional).
 * A migration with its own COMMIT would end that transaction early, so it is refused.
 */
export async function dryRunMigrations(client: pg.Client, pending: LocalMigration[]): Promise<void> {
  for (const migration of pending) {
    if (topLevelStatements(migration.sql).some((statement) => TRANSACTION_CONTROL.test(statement))) {
      throw new MigrationFailed(
        migration.name,
        'it contains BEGIN/COMMIT/ROLLBACK, which the safety check cannot roll back; remove them (PostgreSQL already runs a multi-statement migration atomically)',
      );
    }
  }

  await client.query('BEGIN');
  try {
    for (const migration of pending) {
      try {
        await client.query(migration.sql);
      } catch (error) {
        throw new MigrationFailed(migration.name, error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await client.query('ROLLBACK');
  }
}
