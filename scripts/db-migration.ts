// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with what prisma/schema.prisma adds to the existing migrations. The history is replayed
// in a throw-away in-memory database, so no server is needed.
import path from 'node:path';
import { envOrExit } from '../lib/config/env.ts';
import { runCommand } from '../lib/cli/run-command.ts';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { createMigrationFromSchemaDiff } from '../lib/db/migrations/schema-engine.ts';

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0]) {
    process.stderr.write('Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_invoices)\n');
    return 1;
  }
  envOrExit();
  const shadow = await startEmbeddedPostgres({ inMemory: true, port: 0 });
  try {
    const file = await createMigrationFromSchemaDiff(shadow.url, args[0]);
    process.stdout.write(
      file
        ? `Created ${path.relative(process.cwd(), file)}: review it, then run npm run db:migrate.\n`
        : 'No changes: the migrations already match prisma/schema.prisma, so no migration was written.\n',
    );
  } finally {
    await shadow.stop();
  }
});
