import { defineConfig } from 'prisma/config';

// The CLI is used only for client generation; migrations run through lib/db/migrations.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
