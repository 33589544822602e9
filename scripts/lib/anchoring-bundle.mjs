// Bundles lib/anchoring into one in-page script (window.MarginAnchoring) in memory with esbuild, and
// launches the headless Debian Chromium the anchoring bench and fixture generator run it in.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './launch-margin.mjs';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../lib/anchoring/index.ts', import.meta.url));

/** The anchoring library as an IIFE assigning `window.MarginAnchoring`. */
export async function bundleAnchoring() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: 'MarginAnchoring',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Headless Chromium from Debian (never a downloaded browser). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.MARGIN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
