import { defineConfig } from '@playwright/test';

// Browser tests: real Debian Chromium with the built extension loaded, against the demo system on loopback.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  // One browser at a time: on 2 cores two Chromiums starve each other (the hostile page's huge DOM and
  // message floods most of all) and the suite takes as long as it does one at a time.
  workers: 1,
  retries: 0,
  // Generous: on a busy 2-core machine one browser test can take several times its usual few seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
