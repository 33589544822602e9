// Agreement for moderation: a round of 500 audits × 10 sections graded by auditor and moderator, every
// coefficient (percent agreement exact and within one, quadratic kappa, ordinal alpha, Gwet's AC2) with
// 1,000 bootstrap resamples, computed by Margin's agreement worker in the built extension (round trip
// from postMessage to the answer, while the page's own thread is watched for stalls). Baselines in the
// same page and run: the naive bootstrap (each resample copied out and the public functions called on
// it) and the five point estimates alone ×1,000 (the coefficients' own work, no resampling); Margin's
// estimate on the page thread as well, to show what the worker adds. Target: < 1 s, off the main thread.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchMargin } from '../scripts/lib/launch-margin.mjs';
import { bundleIife } from './lib/bundle.mjs';
import { fmt, pairedRatios, rounded, summarize } from './lib/stats.mjs';

export const TARGET_MS = 1000;
const KIT = fileURLToPath(new URL('./lib/agreement-kit.mjs', import.meta.url));

/** Posts the round to a fresh agreement worker; ms until the answer, and the page thread's longest stall. */
function viaWorker({ resamples }) {
  return new Promise((resolve, reject) => {
    const ratings = globalThis.MarginAgreementBench.roundGrades();
    const worker = new Worker('/agreement-worker.js');
    const ask = (id) =>
      new Promise((done) => {
        worker.onmessage = (event) => done(event.data);
        worker.postMessage({ id, ratings, level: 'ordinal', weights: 'quadratic', resamples, seed: 'bench' });
      });
    worker.onerror = (event) => reject(new Error(event.message));
    // Warm-up: the worker's start and its first (unoptimised) run are not part of a request.
    ask(0).then(async () => {
      let last = performance.now();
      let longest = 0;
      let ticking = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (ticking) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const t0 = performance.now();
      const answer = await ask(1);
      const ms = performance.now() - t0;
      ticking = false;
      worker.terminate();
      if (!answer.ok) reject(new Error(answer.error));
      else resolve({ ms, workerMs: answer.ms, longestStallMs: longest, alpha: answer.report.alpha });
    });
  });
}

export async function runModeration({ log = console.log, repeats = 5, resamples = 1000 } = {}) {
  const code = await bundleIife(KIT);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-agreement-'));
  const margin = await launchMargin(profile);
  const ms = { worker: [], workerCompute: [], stall: [], pageThread: [], naive: [], single: [] };
  let alpha;
  try {
    const page = await margin.context.newPage();
    await page.goto(`chrome-extension://${margin.extensionId}/report.html`);
    // DevTools evaluation is not subject to the page's CSP: the kit is bench code, never shipped.
    await page.evaluate(code);
    const inPage = (fn, arg) =>
      page.evaluate(
        ([f, a]) => {
          const kit = globalThis.MarginAgreementBench;
          return kit[f](kit.roundGrades(), a);
        },
        [fn, arg],
      );
    await inPage('margin', 50); // warm-up of the page-thread code
    for (let r = 0; r < repeats; r++) {
      const steps = [
        async () => {
          const w = await page.evaluate(viaWorker, { resamples });
          ms.worker.push(w.ms);
          ms.workerCompute.push(w.workerMs);
          ms.stall.push(w.longestStallMs);
          alpha = w.alpha;
        },
        async () => ms.pageThread.push((await inPage('margin', resamples)).ms),
        async () => ms.naive.push((await inPage('naive', resamples)).ms),
        async () => ms.single.push((await inPage('single', resamples)).ms),
      ];
      const order = steps.map((_, i) => steps[(i + r) % steps.length]);
      for (const step of order) await step();
      log(
        `agreement repeat ${r + 1}/${repeats}: worker ${ms.worker[r].toFixed(0)} ms (stall ${ms.stall[r].toFixed(0)} ms), ` +
          `page thread ${ms.pageThread[r].toFixed(0)} ms, naive ${ms.naive[r].toFixed(0)} ms, single ×${resamples} ${ms.single[r].toFixed(0)} ms`,
      );
    }
  } finally {
    await margin.context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
  const worker = summarize(ms.worker);
  const out = {
    units: 5000,
    raters: 2,
    resamples,
    repeats,
    agreementMs: rounded(worker, 1),
    workerComputeMs: rounded(summarize(ms.workerCompute), 1),
    mainThreadLongestStallMs: rounded(summarize(ms.stall), 1),
    pageThreadMs: rounded(summarize(ms.pageThread), 1),
    naiveMs: rounded(summarize(ms.naive), 1),
    singleTimesResamplesMs: rounded(summarize(ms.single), 1),
    // Per repeat: baseline time / Margin's time (> 1: Margin is that many times faster).
    speedupOverNaive: rounded(summarize(pairedRatios(ms.naive, ms.worker)), 2),
    speedupOverSingle: rounded(summarize(pairedRatios(ms.single, ms.worker)), 2),
    alpha: rounded(alpha, 3),
    egress: margin.egress,
  };
  out.met = worker.median < TARGET_MS;
  log(
    `agreement: worker ${fmt(out.agreementMs, 0)} ms for ${resamples} resamples of 5,000 units; ` +
      `naive ${fmt(out.naiveMs, 0)} ms (${fmt(out.speedupOverNaive, 1)}× faster); target < ${TARGET_MS} ms ${out.met ? 'met' : 'NOT met'}`,
  );
  return out;
}

// `node bench/agreement.mjs` runs this benchmark alone and prints its figures (writes nothing);
// `npm run bench` runs it as `moderation` (results.json key `moderation`).
if (process.argv[1] === fileURLToPath(import.meta.url))
  runModeration().then((out) => console.log(JSON.stringify(out, null, 2)));
