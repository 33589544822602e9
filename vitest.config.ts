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
  },
});
