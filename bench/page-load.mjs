// Page load: demo screens opened in Chromium with Margin loaded and without, alternating which goes
// first in each repeat. Per load: time to the load event (navigation timing) and the long tasks
// (PerformanceObserver 'longtask', registered before any page script) from navigation start until one
// second after load (with Margin: one second after its frame is mounted). One warm-up load per
// configuration first: a profile's first page pays for the extension's cold start.
import { launchProfile } from './lib/browser.mjs';
import { fmt, pairedRatios, rounded, summarize } from './lib/stats.mjs';

export const TARGET_RATIO = 1.05;
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

async function loadOnce(context, url, expectMargin) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
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
    if (m.margin !== expectMargin)
      throw new Error(`Margin ${expectMargin ? 'not mounted' : 'present'} on ${url}`);
    return m;
  } finally {
    await page.close();
  }
}

/** Runs the page-load benchmark against a running demo server. */
export async function runPageLoad({ demoUrl, extensionDir, repeats = 10, log }) {
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
      const ratio = summarize(pairedRatios(pick('with', 'loadMs'), pick('without', 'loadMs')));
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
        loadRatioOfMedians: rounded({ value: ratioOfMedians }).value,
        met: ratio.median <= TARGET_RATIO,
      };
      log(
        `page load ${path}: load event without ${fmt(load.without)} ms, with Margin ${fmt(load.with)} ms, ` +
          `ratio ${fmt(ratio, 3)} (target ≤ ${TARGET_RATIO}: ${ratio.median <= TARGET_RATIO ? 'met' : 'NOT met'}); ` +
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
