// `npm run demo`: builds Margin, starts the demo case-record system and opens Chromium with Margin
// loaded. Without a display (or with --tour) it runs a scripted headless tour instead, saving
// screenshots of the sidebar and dashboard and a JSON dump of what Margin stored under demo-output/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium, ensureDependencies, run } from './lib/ensure.mjs';

ensureDependencies();
ensureChromium();
console.log('Building Margin…');
run('npx', ['wxt', 'build']);

const { startDemoServer } = await import('../demo/server.mjs');
const { launchMargin } = await import('./lib/launch-margin.mjs');
const { runTour } = await import('./lib/demo-tour.mjs');

const headed =
  !process.argv.includes('--tour') && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startDemoServer({ port: headed ? Number(process.env.DEMO_PORT ?? 4173) : 0 });
console.log(`Demo case-record system on ${server.url}/`);

if (headed) {
  const profile = path.resolve('demo-output/profile');
  await mkdir(profile, { recursive: true });
  const margin = await launchMargin(profile, { headless: false });
  const page = margin.context.pages()[0] ?? (await margin.context.newPage());
  await page.goto(`${server.url}/worktray`);
  console.log('Chromium is open with Margin loaded. Close the browser window to stop.');
  await new Promise((resolve) => margin.context.on('close', resolve));
} else {
  console.log('No display: running the headless tour.');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'margin-demo-'));
  const margin = await launchMargin(profile);
  try {
    const written = await runTour(margin, server.url, path.resolve('demo-output'));
    for (const file of written) console.log(`  saved ${path.relative(process.cwd(), file)}`);
    if (margin.egress.length > 0) throw new Error(`Requests left 127.0.0.1: ${margin.egress.join(', ')}`);
  } finally {
    await margin.context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
await server.close();
