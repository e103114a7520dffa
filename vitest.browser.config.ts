import { defineConfig } from 'vitest/config';

// The browser suite: a real `rapport serve` child process and headless Chromium (`npx vitest run --config
// vitest.browser.config.ts`). One file at a time; the first run may build the web app, hence the long hooks.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // A poll waits for what the page will show (after a reload, a list's fetch). On a busy 2-core
    // machine that takes seconds, and a second is vitest's default: only what never comes should fail.
    expect: { poll: { timeout: 10_000 } },
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
