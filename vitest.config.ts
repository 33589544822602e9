import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: logic under lib/ against WXT's fake browser and fake-indexeddb. Browser behaviour is
// covered by the Playwright tests in tests/e2e.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    restoreMocks: true,
    // Worker threads start each test file for about a quarter less CPU than child processes (no test
    // changes the working directory or exits the process); each file still runs in its own context.
    pool: 'threads',
    // A test that takes 1-2 s alone can take 6-10 s on a 2-core machine shared with other work: the
    // default 5 s failed runs for nothing. Tests that need longer still set their own limit.
    testTimeout: 30_000,
  },
});
