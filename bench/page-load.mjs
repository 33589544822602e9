// Page load: demo screens opened in Chromium with Margin loaded and without, in ABBA order (without,
// with, with, without, ...) so a drift of the machine's load weighs on both alike. Per load: time to
// the load event (navigation timing), the long tasks (PerformanceObserver 'longtask', registered
// before any page script) from navigation start until one second after load (with Margin: one second
// after its frame is mounted), and the CPU time of the page's renderer main thread until the load
// event, from a trace (CDP Tracing: the top-level tasks of that thread). Ratios are paired per repeat;
// each median comes with a 95% bootstrap confidence interval. One warm-up load per configuration
// first: a profile's first page pays for the extension's cold start.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launchProfile } from './lib/browser.mjs';
import { fmt, pairedRatios, quantile, round, rounded, seeded, summarize } from './lib/stats.mjs';

export const TARGET_RATIO = 1.02;
/** Resamples of the bootstrap confidence intervals. */
const RESAMPLES = 4000;
export const PAGES = ['/person/P123456/forms/assessment/884213', '/person/P123456/casenotes'];
const SETTLE_MS = 1000;

function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  // Diagnostic: when Margin's frame host is added (the load event also waits for that iframe).
  new MutationObserver((records, observer) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.localName === 'margin-sidebar'))) {
      window.__benchMountMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * 95% percentile-bootstrap confidence interval of the median of `values` (seeded: the same data give
 * the same interval).
 */
export function medianCi(values, seed = 19) {
  const random = seeded(seed);
  const medians = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const sample = values.map(() => values[Math.floor(random() * values.length)]).sort((a, b) => a - b);
    medians.push(quantile(sample, 0.5));
  }
  medians.sort((a, b) => a - b);
  return [round(quantile(medians, 0.025)), round(quantile(medians, 0.975))];
}

/** CPU time (ms) of the page's renderer main thread until its load event, from the trace `events`. */
function mainThreadCpuMs(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  const load =
    parse && events.find((e) => e.name === 'MarkLoad' && e.pid === parse.pid && e.tid === parse.tid);
  if (!parse || !load) return NaN;
  let us = 0;
  for (const e of events)
    if (
      e.ph === 'X' &&
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ts <= load.ts &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    )
      us += e.tdur ?? e.dur ?? 0;
  return us / 1000;
}

async function loadOnce(context, url, expectMargin) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events = [];
    const onData = ({ value }) => events.push(...value);
    cdp.on('Tracing.dataCollected', onData);
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', '__metadata'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    await cdp.detach();
    const cpuMs = mainThreadCpuMs(events, url);
    // Margin mounts its frame once the background has answered (seconds on a profile's first page).
    if (expectMargin) await page.waitForSelector('margin-sidebar', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(SETTLE_MS);
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const tasks = window.__benchLongTasks ?? [];
      return {
        loadMs: nav.loadEventEnd,
        dclMs: nav.domContentLoadedEventEnd,
        longTaskMs: tasks.reduce((a, b) => a + b, 0),
        longTasks: tasks.length,
        margin: document.querySelector('margin-sidebar') !== null,
        mountMs: window.__benchMountMs ?? NaN,
      };
    });
    m.cpuMs = cpuMs;
    if (m.margin !== expectMargin)
      throw new Error(`Margin ${expectMargin ? 'not mounted' : 'present'} on ${url}`);
    return m;
  } finally {
    await page.close();
  }
}

/** Runs the page-load benchmark against a running demo server. */
export async function runPageLoad({ demoUrl, extensionDir, repeats = 20, log }) {
  const base = await launchProfile();
  const margin = await launchProfile({ extensionDir });
  const configs = { without: base, with: margin };
  const out = { repeats, settleMs: SETTLE_MS, pages: {}, egress: [] };
  try {
    for (const { context } of Object.values(configs)) await context.addInitScript(observeLongTasks);
    for (const path of PAGES) {
      const url = demoUrl + path;
      const runs = { without: [], with: [] };
      for (const name of Object.keys(configs)) await loadOnce(configs[name].context, url, name === 'with'); // warm-up
      for (let r = 0; r < repeats; r++) {
        // ABBA: without, with | with, without | without, with | ...
        const order = r % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
        for (const name of order)
          runs[name].push(await loadOnce(configs[name].context, url, name === 'with'));
      }
      const pick = (name, key) => runs[name].map((m) => m[key]);
      const load = { without: summarize(pick('without', 'loadMs')), with: summarize(pick('with', 'loadMs')) };
      const longTask = {
        without: summarize(pick('without', 'longTaskMs')),
        with: summarize(pick('with', 'longTaskMs')),
      };
      const ratios = pairedRatios(pick('with', 'loadMs'), pick('without', 'loadMs'));
      const ratio = summarize(ratios);
      const ci = medianCi(ratios);
      const cpuRatios = pairedRatios(pick('with', 'cpuMs'), pick('without', 'cpuMs'));
      const cpu = { without: summarize(pick('without', 'cpuMs')), with: summarize(pick('with', 'cpuMs')) };
      const ratioOfMedians = load.with.median / load.without.median;
      out.pages[path] = {
        loadMs: { without: rounded(load.without), with: rounded(load.with) },
        dclMs: {
          without: rounded(summarize(pick('without', 'dclMs'))),
          with: rounded(summarize(pick('with', 'dclMs'))),
        },
        longTaskMs: { without: rounded(longTask.without), with: rounded(longTask.with) },
        longTaskCount: {
          without: rounded(summarize(pick('without', 'longTasks'))),
          with: rounded(summarize(pick('with', 'longTasks'))),
        },
        marginFrameMountedMs: rounded(summarize(pick('with', 'mountMs'))),
        dclRatio: rounded(summarize(pairedRatios(pick('with', 'dclMs'), pick('without', 'dclMs')))),
        loadRatio: rounded(ratio),
        loadRatioCi95: ci,
        cpuMs: { without: rounded(cpu.without), with: rounded(cpu.with) },
        cpuRatio: rounded(summarize(cpuRatios)),
        cpuRatioCi95: medianCi(cpuRatios),
        loadRatioOfMedians: rounded({ value: ratioOfMedians }).value,
        met: ratio.median <= TARGET_RATIO,
      };
      log(
        `page load ${path}: load event without ${fmt(load.without)} ms, with Margin ${fmt(load.with)} ms, ` +
          `ratio ${fmt(ratio, 3)}, 95% CI ${ci[0]}–${ci[1]} (target ≤ ${TARGET_RATIO}: ${ratio.median <= TARGET_RATIO ? 'met' : 'NOT met'}); ` +
          `main-thread CPU until load ${fmt(cpu.without)} ms vs ${fmt(cpu.with)} ms, ratio ` +
          `${fmt(out.pages[path].cpuRatio, 3)}, 95% CI ${out.pages[path].cpuRatioCi95.join('–')}; ` +
          `long tasks ${fmt(longTask.without, 0)} ms vs ${fmt(longTask.with, 0)} ms; ` +
          `DOMContentLoaded ratio ${fmt(out.pages[path].dclRatio, 3)}; ` +
          `Margin's frame added at ${fmt(out.pages[path].marginFrameMountedMs, 0)} ms`,
      );
    }
  } finally {
    out.egress = [...base.egress, ...margin.egress];
    await base.close();
    await margin.close();
  }
  out.met = Object.values(out.pages).every((p) => p.met);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { startDemoServer } = await import('../demo/server.mjs');
  const demo = await startDemoServer({ port: 0 });
  const started = Date.now();
  const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  try {
    const result = await runPageLoad({
      demoUrl: demo.url,
      extensionDir: path.resolve(arg('ext', '.output/chrome-mv3')),
      repeats: Number(arg('repeats', 20)),
      log,
    });
    const out = arg('out', '');
    if (out) await (await import('node:fs/promises')).writeFile(out, JSON.stringify(result, null, 2));
  } finally {
    await demo.close();
  }
}
