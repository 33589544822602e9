// Launches Debian Chromium with the built Margin extension in a given profile, recording every network
// request that would leave the machine. Shared by the browser tests and `npm run demo`.
import { chromium } from '@playwright/test';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.MARGIN_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for Debian Chromium here: headless as root, and quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for requests that stay on this machine (loopback or inside the browser).
 * @param {string} url
 */
export function staysLocal(url) {
  const parsed = new URL(url);
  return (
    LOCAL_SCHEMES.has(parsed.protocol) ||
    LOOPBACK_HOSTS.has(parsed.hostname) ||
    /^127\.\d+\.\d+\.\d+$/.test(parsed.hostname)
  );
}

/**
 * Launches Chromium with Margin loaded. Requests leaving loopback are blocked and listed in `egress`.
 * @param {string} userDataDir profile folder (reuse it to restart "the same browser")
 * @param {{ headless?: boolean, extensionDir?: string }} [options]
 */
export async function launchMargin(userDataDir, options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
    ],
  });
  /** @type {string[]} */
  const egress = [];
  context.on('request', (request) => {
    if (!staysLocal(request.url())) egress.push(request.url());
  });
  await context.route(
    (url) => !staysLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(serviceWorker.url()).host, serviceWorker, egress };
}
