import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { logger } from '../../log/logger.ts';
import { SchemaEnginePgFactory } from './schema-engine-pg-adapter.ts';
import { dryRunMigrations, findPendingMigrations } from './dry-run-migrations.ts';
import { SchemaEngineFailed } from './migration-errors.ts';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  migrationFolderName,
  readMigrationsFolder,
  writeMigration,
} from './migrations-folder.ts';

export { MigrationFailed, SchemaEngineFailed, InvalidMigrationName } from './migration-errors.ts';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

function enginePool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, max: 1 });
}

/**
 * The engine arms timeouts (of about 10 s) around its database calls and never clears them;
 * unref'd, they stop holding a finished command's process open. While a call is pending,
 * its open connection keeps the process alive anyway.
 */
function withUnrefTimers(bindings: typeof engineBindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...bindings };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

let bindingsReady: Promise<void> | undefined;

/** The package targets bundlers; in Node its WebAssembly module is instantiated by hand. */
function loadEngineBindings(): Promise<void> {
  bindingsReady ??= (async () => {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
    const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(engineBindings) });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return bindingsReady;
}

// Without this registry a Rust panic surfaces as "unreachable" instead of its message.
const panicHolder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
panicHolder.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => logger.error({ message }, 'schema engine panicked') };

function engineFailure(error: unknown): SchemaEngineFailed {
  const message = error instanceof Error ? error.message : String(error);
  // Drop the Rust span trace ("   0: schema_engine_wasm::…") and keep the explanation on one line.
  const detail = message.split(/\n\s+0: /)[0]!.replace(/\s*\n\s*/g, ' ').trim();
  return new SchemaEngineFailed(detail);
}

/**
 * Runs `run` with an engine connected to `databaseUrl` through one pg connection. When a
 * shadow URL is given, the engine replays migration history there (it must be throw-away).
 */
async function withSchemaEngine<T>(
  databaseUrl: string,
  shadowDatabaseUrl: string | null,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngineBindings();
  const pools = [enginePool(databaseUrl)];
  const factory = new SchemaEnginePgFactory(pools[0]!);
  if (shadowDatabaseUrl) {
    const shadowPool = enginePool(shadowDatabaseUrl);
    pools.push(shadowPool);
    factory.connectToShadowDb = () => new SchemaEnginePgFactory(shadowPool).connect();
  }
  const onLog = (line: string) => logger.debug({ engine: line }, 'schema engine');
  let engine: SchemaEngine | undefined;
  try {
    engine = await engineBindings.SchemaEngine.new({ datamodels: undefined }, onLog, bindMigrationAwareSqlAdapterFactory(factory));
    return await run(engine);
  } catch (error) {
    throw engineFailure(error);
  } finally {
    engine?.free();
    await Promise.all(pools.map((pool) => pool.end()));
  }
}

export type MigrationPaths = { migrationsDir?: string };

/**
 * Applies the migrations not yet in `_prisma_migrations`, as `prisma migrate deploy` does,
 * after proving in a rolled-back transaction that all of them run. Throws MigrationFailed
 * (naming the migration, database unchanged) when one does not.
 */
export async function applyPendingMigrations(
  databaseUrl: string,
  { migrationsDir = DEFAULT_MIGRATIONS_DIR }: MigrationPaths = {},
): Promise<{ applied: string[] }> {
  const folder = await readMigrationsFolder(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pending = await findPendingMigrations(client, folder.migrations);
    if (pending.length === 0) return { applied: [] };
    await dryRunMigrations(client, pending);
  } finally {
    await client.end();
  }

  const output = await withSchemaEngine(databaseUrl, null, (engine) =>
    engine.applyMigrations({ migrationsList: folder.list, filters: NO_FILTERS }),
  );
  return { applied: output.appliedMigrationNames };
}

/**
 * Writes a new migration holding the difference between the migrations folder and the
 * Prisma schema; null when they already match. `shadowDatabaseUrl` must point to an empty,
 * throw-away database (an in-memory embedded one is enough): the history is replayed there.
 */
export async function createMigrationFromSchemaDiff(
  shadowDatabaseUrl: string,
  name: string,
  { migrationsDir = DEFAULT_MIGRATIONS_DIR, schemaPath = DEFAULT_SCHEMA_PATH }: MigrationPaths & { schemaPath?: string } = {},
): Promise<string | null> {
  const folderName = migrationFolderName(name, new Date());
  const folder = await readMigrationsFolder(migrationsDir);
  const schema = { path: path.basename(schemaPath), content: await readFile(schemaPath, 'utf8') };

  const diff = await withSchemaEngine(shadowDatabaseUrl, shadowDatabaseUrl, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...folder.list },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      // Exit code 2 means "there is a difference", as with `prisma migrate diff --exit-code`.
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  if (diff.exitCode !== 2 || !diff.stdout) return null;
  return writeMigration(migrationsDir, folderName, diff.stdout);
}
