import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: logic under lib/ against WXT's fake browser and fake-indexeddb. Browser behaviour is
// covered by the Playwright tests in tests/e2e.

/** Files that seed tens of thousands of records: run each in its own context, so its memory goes with it. */
const HEAVY = ['tests/unit/export/streaming.test.ts', 'tests/unit/export/paged.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    restoreMocks: true,
    // Worker threads start each test file for about a quarter less CPU than child processes (no test
    // changes the working directory or exits the process).
    pool: 'threads',
    // A test that takes 1-2 s alone can take 6-10 s on a 2-core machine shared with other work: the
    // default 5 s failed runs for nothing. Tests that need longer still set their own limit.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/unit/**/*.test.ts'],
          exclude: HEAVY,
          // The files share one module graph in the worker instead of importing Zod, Dexie and lib/ afresh
          // for each of them: the suite spends about 2.5× less CPU (importing was most of it). Each test
          // still starts from an empty fake browser (setup.ts), mocks and stubbed globals are restored
          // after each test, and every test opens its own database by name; the files pass in any order
          // (`--sequence.shuffle.files`).
          isolate: false,
        },
      },
      {
        extends: true,
        // Shared, their large seeds stayed in memory beside every other file's databases and they ran
        // five times slower.
        test: { name: 'heavy', include: HEAVY },
      },
    ],
  },
});
