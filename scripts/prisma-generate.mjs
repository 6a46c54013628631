// Generates the Prisma client without network access. The Prisma CLI insists on a native
// schema-engine binary it cannot download offline, although generation itself runs on
// WebAssembly; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies it.
// Migrations use the WebAssembly schema engine instead (lib/db/migrations).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
