// Chromium launchers for the benchmarks: Debian's Chromium (never a downloaded browser), the same flags
// as scripts/lib/launch-margin.mjs, optionally with one unpacked extension, and every request that
// would leave 127.0.0.1 blocked and counted, so a peer library (rrweb, Clarity) cannot phone home.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, staysLocal } from '../../scripts/lib/launch-margin.mjs';

export { CHROMIUM };
export const FLAGS = CHROMIUM_ARGS;
const VIEWPORT = { width: 1400, height: 900 };

async function guard(context, egress) {
  context.on('request', (request) => {
    if (!staysLocal(request.url())) egress.push(request.url());
  });
  await context.route(
    (url) => !staysLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
}

/**
 * A fresh persistent profile, with `extensionDir` loaded when given (extensions need a persistent
 * context). Returns the context, the extension's service worker (if any), the list of blocked
 * off-machine requests, and `close()`, which also deletes the profile.
 * @param {{ extensionDir?: string, hasWorker?: boolean }} [options]
 */
export async function launchProfile({ extensionDir, hasWorker = true } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-'));
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS]
    : FLAGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args,
  });
  const egress = [];
  await guard(context, egress);
  const serviceWorker =
    extensionDir && hasWorker
      ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
      : undefined;
  return {
    context,
    serviceWorker,
    egress,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A plain headless Chromium (no extension) with one loopback-only context. */
export async function launchPlain() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const egress = [];
  await guard(context, egress);
  return { browser, context, egress, close: () => browser.close() };
}
