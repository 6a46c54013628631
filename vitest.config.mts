import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));
const notTests = ['**/node_modules/**', '**/.next/**', '**/.data/**', 'e2e/**'];

export default defineConfig({
  // "@/lib/x" as in tsconfig's paths; the regex leaves scoped packages (@prisma/…) alone.
  resolve: { alias: [{ find: /^@\//, replacement: repositoryRoot }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...notTests, '**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.int.test.ts'],
          exclude: notTests,
          globalSetup: ['test/integration/global-setup.ts'],
          // One database for the run: files take turns so their resets cannot collide.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
