// `npm run bench`: Margin's benchmark suite in real Chromium (separate from `npm test`). Builds the
// extension when .output/chrome-mv3 is missing, runs each benchmark in bench/ in turn, prints every
// figure as it goes, and writes bench/results.json and the results table of bench/README.md.
// Figures are medians with their spread, and ratios against a baseline or peer measured in the same run.
// Usage: node scripts/bench.mjs [--only weight,page-load,interaction,interaction-trusted,storage,export,anchoring,dashboard,moderation,rounds,suggestions,sync]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { runAnchoringPeers } from '../bench/anchoring-peers.mjs';
import { runModeration } from '../bench/agreement.mjs';
import { runInteraction } from '../bench/interaction.mjs';
import { runInteractionTrusted } from '../bench/interaction-trusted.mjs';
import { runPageLoad } from '../bench/page-load.mjs';
import { writeResults } from '../bench/lib/report.mjs';
import { runStorage } from '../bench/storage.mjs';
import { runDashboard } from '../bench/dashboard.mjs';
import { runExport } from '../bench/export.mjs';
import { runRounds } from '../bench/rounds.mjs';
import { runSuggestions } from '../bench/suggestions.mjs';
import { runSync } from '../bench/sync.mjs';
import { runWeight } from '../bench/weight.mjs';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const started = Date.now();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function only() {
  const at = process.argv.indexOf('--only');
  return at > 0 ? new Set(process.argv[at + 1].split(',')) : null;
}

function ensureBuilt() {
  if (existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return;
  log('no build in .output/chrome-mv3: running npx wxt build');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

async function main() {
  ensureBuilt();
  const selected = only();
  const demo = await startDemoServer({ port: 0 });
  // The interaction peers (rrweb, Clarity) are injected as inline scripts: that run serves the demo without CSP.
  const demoNoCsp = await startDemoServer({ port: 0, csp: false });
  const benches = [
    ['weight', () => runWeight({ dir: EXTENSION_DIR, log })],
    ['pageLoad', () => runPageLoad({ demoUrl: demo.url, extensionDir: EXTENSION_DIR, repeats: 7, log })],
    [
      'interaction',
      () => runInteraction({ demoUrl: demoNoCsp.url, extensionDir: EXTENSION_DIR, repeats: 7, log }),
    ],
    [
      'interactionTrusted',
      () => runInteractionTrusted({ demoUrl: demoNoCsp.url, extensionDir: EXTENSION_DIR, repeats: 5, log }),
    ],
    ['storage', () => runStorage({ log })],
    ['export', () => runExport({ log })],
    ['anchoring', () => runAnchoringPeers({ demoUrl: demo.url, log, repeats: 3, budgetMs: 10_000 })],
    ['dashboard', () => runDashboard({ log, repeats: 3 })],
    ['moderation', () => runModeration({ log, repeats: 5 })],
    ['rounds', () => runRounds({ log, repeats: 5 })],
    ['suggestions', () => runSuggestions({ log, repeats: 9 })],
    ['sync', () => runSync({ log })],
  ];
  const results = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${process.platform}`,
    chromium: '/usr/bin/chromium',
  };
  const failures = [];
  try {
    for (const [name, run] of benches) {
      const key = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (selected && !selected.has(key)) continue;
      log(`— ${key}`);
      const t0 = Date.now();
      try {
        results[name] = await run();
        results[name].seconds = Math.round((Date.now() - t0) / 1000);
      } catch (error) {
        failures.push(name);
        results[name] = { error: String(error?.stack ?? error) };
        log(`${key} FAILED: ${error?.stack ?? error}`);
      }
    }
  } finally {
    await demo.close();
    await demoNoCsp.close();
  }
  const egress = Object.values(results).flatMap((r) => r?.egress ?? []);
  results.egress = egress;
  results.finishedAt = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  if (egress.length)
    log(
      `WARNING: ${egress.length} requests tried to leave 127.0.0.1 (blocked): ${egress.slice(0, 5).join(', ')}`,
    );
  else log('no request left 127.0.0.1');
  if (!selected) {
    await writeResults({
      results,
      jsonPath: path.resolve('bench/results.json'),
      readmePath: path.resolve('bench/README.md'),
    });
    log('wrote bench/results.json and the table in bench/README.md');
  } else log('--only: results not written');
  log(`total ${results.totalSeconds} s`);
  if (failures.length) {
    log(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`bench: ${error?.stack ?? error}`);
  process.exit(1);
});
