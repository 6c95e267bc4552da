import { defineConfig } from 'vitest/config';

const serverProject = (databaseKind: 'pglite' | 'postgres') => ({
  test: {
    name: `server-${databaseKind}`,
    include: ['src/server/**/*.test.ts'],
    exclude: ['src/server/**/*.process.test.ts'],
    environment: 'node',
    pool: 'forks' as const,
    globalSetup: [`src/server/testing/global-setup-${databaseKind}.ts`],
    env: { TEST_DATABASE_KIND: databaseKind },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['src/domain/**/*.test.ts', 'src/contracts/**/*.test.ts'], environment: 'node' } },
      serverProject('pglite'),
      serverProject('postgres'),
      {
        test: { name: 'process', include: ['src/server/**/*.process.test.ts', 'bench/**/*.process.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        test: { name: 'web', include: ['src/web/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
    ],
  },
});
