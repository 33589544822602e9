import { defineConfig } from '@playwright/test';

// Browser tests: real Debian Chromium with the built extension loaded, against the demo system on loopback.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: on a busy 2-core machine one browser test can take several times its usual few seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
