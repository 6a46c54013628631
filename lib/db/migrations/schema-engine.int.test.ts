import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { testDb } from '@/test/integration/test-db';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.ts';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-folder.ts';
import { applyPendingMigrations, createMigrationFromSchemaDiff, MigrationFailed } from './schema-engine.ts';

const databaseUrl = inject('databaseUrl');
const db = testDb();
let workDir = '';

async function tableExists(name: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: boolean }[]>`SELECT to_regclass(${`"${name}"`}) IS NOT NULL AS found`;
  return rows[0]!.found;
}

async function recordedMigrations(): Promise<string[]> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`;
  return rows.map((row) => row.migration_name);
}

/** The repository's migrations plus extra folders, in a temporary migrations directory. */
async function migrationsDirWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(workDir, 'migrations-'));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'portal-migrations-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('applyPendingMigrations', () => {
  it('has created the schema on the test database and recorded each migration', async () => {
    expect(await tableExists('User')).toBe(true);
    expect(await tableExists('Customer')).toBe(true);
    expect((await recordedMigrations()).length).toBeGreaterThan(0);
  });

  it('applies nothing when every migration is already recorded', async () => {
    const before = await recordedMigrations();
    await expect(applyPendingMigrations(databaseUrl)).resolves.toEqual({ applied: [] });
    expect(await recordedMigrations()).toEqual(before);
  });

  it('refuses a broken pending migration, names it, and leaves the database unchanged', async () => {
    const before = await recordedMigrations();
    const migrationsDir = await migrationsDirWith({
      '29990101000000_add_notes': 'CREATE TABLE "Note" ("id" TEXT PRIMARY KEY);',
      '29990101000001_broken': 'CREATE TABLE "Draft" ("id" TEXT);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;',
    });

    const failure = await applyPendingMigrations(databaseUrl, { migrationsDir }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationFailed);
    expect((failure as MigrationFailed).migrationName).toBe('29990101000001_broken');
    expect((failure as MigrationFailed).message).toContain('"NoSuchTable" does not exist');
    // Not even the valid migration before it was applied.
    expect(await tableExists('Note')).toBe(false);
    expect(await tableExists('Draft')).toBe(false);
    expect(await recordedMigrations()).toEqual(before);
  });

  it('refuses a migration that commits by itself, since its dry run could not be rolled back', async () => {
    const migrationsDir = await migrationsDirWith({
      '29990101000000_own_transaction': 'BEGIN;\nCREATE TABLE "Committed" ("id" TEXT);\nCOMMIT;',
    });

    await expect(applyPendingMigrations(databaseUrl, { migrationsDir })).rejects.toThrow(/29990101000000_own_transaction.*COMMIT/);
    expect(await tableExists('Committed')).toBe(false);
  });

  it('applies and records a valid pending migration', async () => {
    const migrationsDir = await migrationsDirWith({
      '29990101000000_add_notes': `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY, "body" TEXT DEFAULT 'it''s fine; really');`,
    });

    try {
      await expect(applyPendingMigrations(databaseUrl, { migrationsDir })).resolves.toEqual({ applied: ['29990101000000_add_notes'] });
      expect(await tableExists('Note')).toBe(true);
    } finally {
      await db.$executeRawUnsafe('DROP TABLE IF EXISTS "Note"');
      await db.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = '29990101000000_add_notes'`;
    }
  });
});

describe('createMigrationFromSchemaDiff', () => {
  let shadow: EmbeddedPostgres;

  // The history is replayed into the shadow, so each test needs an empty one.
  beforeEach(async () => {
    shadow = await startEmbeddedPostgres({ inMemory: true, port: 0 });
  });

  afterEach(async () => {
    await shadow.stop();
  });

  it('finds the committed migrations in step with prisma/schema.prisma (else run npm run db:migration -- <name>)', async () => {
    const migrationsDir = await migrationsDirWith({});

    await expect(createMigrationFromSchemaDiff(shadow.url, 'drift', { migrationsDir })).resolves.toBeNull();
  });

  it('writes the difference as a new timestamped migration folder', async () => {
    const migrationsDir = await migrationsDirWith({});
    const schemaPath = path.join(workDir, 'schema.prisma');
    const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
    await writeFile(schemaPath, `${schema}\nmodel Quote {\n  id String @id\n  total Decimal @db.Decimal(18, 5)\n}\n`);

    const file = await createMigrationFromSchemaDiff(shadow.url, 'add invoices', { migrationsDir, schemaPath });

    expect(file).toMatch(/[/\\]\d{14}_add_invoices[/\\]migration\.sql$/);
    const sql = await readFile(file!, 'utf8');
    expect(sql).toContain('CREATE TABLE "Quote"');
    expect(sql).not.toContain('CREATE TABLE "User"');
  });
});
