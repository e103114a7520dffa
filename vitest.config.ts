import { defineConfig } from 'vitest/config';

// One suite, run once per database back-end (RAPPORT_TEST_DB=pglite|postgres; see scripts/test.sh).
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: process.env.CI ? ['dot'] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/network-guard.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The web app's pure modules (the filter model…): no database, no server.
        extends: true,
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          setupFiles: ['tests/support/network-guard.ts'],
        },
      },
    ],
  },
});
