import { defineConfig } from 'vitest/config';

// One suite, run once per database back-end (RAPPORT_TEST_DB=pglite|postgres; see scripts/test.sh).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/network-guard.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
