// Interaction cost under trusted input: real Chromium, mouse and keyboard dispatched through CDP
// (`Input.dispatchMouseEvent`, `Input.dispatchKeyEvent`: trusted events, as a person's), and the script
// time each event costs taken from the renderer's trace (CDP `Tracing`). Pages: the longest demo form
// and the third-party-like fixtures of bench/fixtures/interaction (a GOV.UK-like question page, a
// Django-admin-like change form, a work tray of wide tables). Configurations: no extension (none), an
// empty extension registering no-op capture listeners (the floor), Margin with friction capture on,
// and rrweb recording in the page. Per page and repeat each configuration gets a fresh tab, in an order
// rotated each repeat; the same visits (click into a field, type three letters and a Backspace; click a
// checkbox or radio) are replayed while the trace records.
//
// Figures per event, from the page's renderer main thread:
// - event path: the summed duration of the top-level `EventDispatch` slices of input events (pointer,
//   mouse, focus, key, input, click), divided by their number: what runs between a person's input and
//   the page being free again, listeners of every world included.
// - main thread: every top-level task of the session (deferred work, timers, frames) divided by the
//   same number: what moving work off the event path did not remove.
// Added = configuration − none of the same page and repeat; ratios are of the medians over repeats.
import { createServer } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchProfile } from './lib/browser.mjs';
import { writeEmptyExtension } from './lib/empty-extension.mjs';
import { emitted, startRrweb } from './lib/recorders.mjs';
import { rounded, summarize } from './lib/stats.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/interaction');
export const TRUSTED_CONFIGS = ['none', 'emptyListeners', 'marginCaptureOn', 'rrweb'];
const INPUT_EVENTS = new Set([
  'pointerdown',
  'pointerup',
  'pointerover',
  'pointerenter',
  'pointermove',
  'mousedown',
  'mouseup',
  'mouseover',
  'mousemove',
  'click',
  'focus',
  'focusin',
  'focusout',
  'blur',
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'change',
]);
const SETTLE_MS = 1000;
const isExtension = (url) => url.startsWith('chrome-extension://');
const isRrweb = (url) => url.includes('rrweb');

/** Serves the fixtures on 127.0.0.1 (Margin runs on loopback pages), without CSP (rrweb is injected). */
async function serveFixtures() {
  const server = createServer(async (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(path.join(FIXTURES, name));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The visits of a page: up to `limit` fields and controls, the same for every configuration. */
function targetsOf(limit) {
  const SKIP = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file']);
  const root = document.querySelector('#workflow-form, form') ?? document.body;
  const all = [...root.querySelectorAll('input, select, textarea, button')].filter(
    (el) => !(el.localName === 'input' && SKIP.has(el.type)) && !el.closest('[hidden]'),
  );
  const step = Math.max(1, Math.floor(all.length / limit));
  return all
    .filter((_, i) => i % step === 0)
    .slice(0, limit)
    .map((el, i) => {
      el.dataset.benchVisit = String(i);
      const kind =
        el.localName === 'textarea' || (el.localName === 'input' && !['checkbox', 'radio'].includes(el.type))
          ? 'type'
          : 'click';
      return kind;
    });
}

/** Scrolls visit `i`'s element into view (untimed for the events: a script call) and returns its centre. */
function centreOf(i) {
  const el = document.querySelector(`[data-bench-visit="${i}"]`);
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
}

const KEYS = ['a', 'e', 'r'];

/** Replays the visits with trusted input through `cdp`. */
async function replay(page, cdp, kinds) {
  for (let i = 0; i < kinds.length; i++) {
    const { x, y } = await page.evaluate(centreOf, i);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseReleased',
      x,
      y,
      button: 'left',
      clickCount: 1,
    });
    if (kinds[i] !== 'type') continue;
    for (const key of KEYS) {
      const code = `Key${key.toUpperCase()}`;
      const vk = key.toUpperCase().charCodeAt(0);
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key,
        code,
        text: key,
        windowsVirtualKeyCode: vk,
      });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: vk });
    }
    const bs = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...bs });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...bs });
  }
}

/** Records a trace of `run()` and returns its events. */
async function traced(cdp, run) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', '__metadata'] },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/**
 * Per-event figures of the page's renderer main thread in `events`; `owns(url)` tells the scripts of
 * the configuration under test (the extension's, or the recorder's) from the page's own.
 */
function perEvent(events, owns) {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const dispatches = events.filter(
    (e) =>
      e.name === 'EventDispatch' &&
      e.ph === 'X' &&
      INPUT_EVENTS.has(e.args?.data?.type) &&
      mains.has(`${e.pid}:${e.tid}`),
  );
  // The page's thread is the one with the most input dispatches (extension frames run elsewhere).
  const byThread = new Map();
  for (const e of dispatches) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const thread = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onThread = (e) => `${e.pid}:${e.tid}` === thread;
  const topLevel = (slices) => {
    const out = [];
    let end = -Infinity;
    for (const e of slices.sort((a, b) => a.ts - b.ts)) {
      if (e.ts < end) continue; // nested in the previous top-level slice (focus inside mousedown)
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
    return out;
  };
  const inputs = topLevel(dispatches.filter(onThread));
  // Script of the configuration: calls into its functions (listeners, observers, timers) by script URL.
  const own = topLevel(
    events.filter(
      (e) =>
        e.ph === 'X' &&
        onThread(e) &&
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') &&
        owns(e.args?.data?.url ?? ''),
    ),
  );
  let i = 0;
  const inPath = own.filter((e) => {
    while (i < inputs.length && inputs[i].ts + inputs[i].dur < e.ts) i++;
    return i < inputs.length && inputs[i].ts <= e.ts;
  });
  const sum = (slices) => slices.reduce((total, e) => total + (e.dur ?? 0), 0);
  const n = Math.max(1, inputs.length);
  if (process.env.BENCH_BREAKDOWN && inPath.length > 0) {
    // Development aid: where the configuration's script in the event path goes, by function and event.
    const by = new Map();
    let j = 0;
    for (const e of inPath) {
      while (j < inputs.length && inputs[j].ts + inputs[j].dur < e.ts) j++;
      const key = `${inputs[j]?.args?.data?.type} ${e.args?.data?.functionName || '(anonymous)'}:${e.args?.data?.lineNumber}:${e.args?.data?.columnNumber}`;
      const row = by.get(key) ?? { calls: 0, us: 0 };
      row.calls += 1;
      row.us += e.dur ?? 0;
      by.set(key, row);
    }
    const rows = [...by].sort((a, b) => b[1].us - a[1].us).slice(0, 25);
    for (const [key, row] of rows)
      console.log(`  ${key}: ${row.calls} calls, ${(row.us / n).toFixed(2)} µs/event`);
  }
  return {
    events: inputs.length,
    eventPathUs: sum(inputs) / n,
    ownEventPathUs: sum(inPath) / n,
    ownTotalUs: sum(own) / n,
  };
}

/** One fresh tab of `context`: load, start, settle, warm up, then one traced replay. */
async function measure(context, url, visits, { start, margin = false, owns = () => false } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await start?.(page);
    if (margin) await page.waitForSelector('margin-sidebar', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    const kinds = await page.evaluate(targetsOf, visits);
    await replay(page, cdp, kinds.slice(0, 5)); // warm-up
    const events = await traced(cdp, () => replay(page, cdp, kinds));
    await page.waitForTimeout(300); // deferred work of the last events runs before the tab closes
    const figures = perEvent(events, owns);
    const check = await page.evaluate(() => ({
      margin: document.querySelector('margin-sidebar') !== null,
      empty: document.documentElement.dataset.benchEmptyListeners === 'on',
    }));
    return { ...figures, visits: kinds.length, emitted: await emitted(page), ...check };
  } finally {
    await page.close();
  }
}

/**
 * Runs the benchmark: `demoUrl` serves the demo (without CSP, rrweb is injected); `pages` limits it to
 * some of the pages by name.
 */
export async function runInteractionTrusted({
  demoUrl,
  extensionDir,
  repeats = 5,
  visits = 40,
  log,
  pages: only,
}) {
  const fixtures = await serveFixtures();
  const allPages = {
    'demo assessment form': `${demoUrl}/person/P123456/forms/assessment/884213`,
    'GOV.UK-like question page': `${fixtures.url}/govuk-form.html`,
    'Django-admin-like change form': `${fixtures.url}/admin-form.html`,
    'work tray (wide table)': `${fixtures.url}/wide-table.html`,
  };
  const pages = Object.entries(allPages).filter(([name]) => !only || only.includes(name));
  const emptyDir = await writeEmptyExtension();
  const plain = await launchProfile();
  const margin = await launchProfile({ extensionDir });
  const empty = await launchProfile({ extensionDir: emptyDir, hasWorker: false });
  await margin.serviceWorker.evaluate(
    (origins) =>
      // eslint-disable-next-line no-undef -- evaluated in the extension's service worker
      chrome.storage.local.set({ frictionCapture: Object.fromEntries(origins.map((o) => [o, true])) }),
    [...new Set(pages.map(([, url]) => new URL(url).origin))],
  );
  const out = { visits, repeats, configs: TRUSTED_CONFIGS, pages: {} };
  try {
    for (const [name, url] of pages) {
      const run = {
        none: () => measure(plain.context, url, visits),
        emptyListeners: () => measure(empty.context, url, visits, { owns: isExtension }),
        marginCaptureOn: () => measure(margin.context, url, visits, { margin: true, owns: isExtension }),
        rrweb: () => measure(plain.context, url, visits, { start: startRrweb, owns: isRrweb }),
      };
      // Cold start (compile caches, the extension's worker) is not what a user pays per event.
      for (const config of ['none', 'emptyListeners', 'marginCaptureOn']) await run[config]();
      const runs = Object.fromEntries(TRUSTED_CONFIGS.map((c) => [c, []]));
      for (let r = 0; r < repeats; r++) {
        const order = TRUSTED_CONFIGS.map((_, i) => TRUSTED_CONFIGS[(i + r) % TRUSTED_CONFIGS.length]);
        for (const config of order) runs[config].push(await run[config]());
        log(
          `interaction (trusted) ${name} ${r + 1}/${repeats}: ` +
            TRUSTED_CONFIGS.map(
              (c) =>
                `${c} ${runs[c][r].ownEventPathUs.toFixed(2)}/${runs[c][r].ownTotalUs.toFixed(2)} µs (dispatch ${runs[c][r].eventPathUs.toFixed(0)})`,
            ).join(', '),
        );
      }
      const added = (config, key) => runs[config].map((m, i) => m[key] - runs.none[i][key]);
      const entry = {
        url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
        events: runs.none[0].events,
        configs: {},
      };
      for (const config of TRUSTED_CONFIGS) {
        entry.configs[config] = {
          eventPathUs: rounded(summarize(runs[config].map((m) => m.eventPathUs))),
          addedEventPathUs: rounded(summarize(added(config, 'eventPathUs'))),
          ownEventPathUs: rounded(summarize(runs[config].map((m) => m.ownEventPathUs))),
          ownTotalUs: rounded(summarize(runs[config].map((m) => m.ownTotalUs))),
        };
      }
      const med = (config, key) => entry.configs[config][key].median;
      entry.captureOnVsFloor =
        med('marginCaptureOn', 'ownEventPathUs') / med('emptyListeners', 'ownEventPathUs');
      entry.captureOnVsRrweb = med('marginCaptureOn', 'ownEventPathUs') / med('rrweb', 'ownEventPathUs');
      entry.captureOnVsFloorTotal =
        med('marginCaptureOn', 'ownTotalUs') / med('emptyListeners', 'ownTotalUs');
      entry.captureOnVsFloorDispatch =
        med('marginCaptureOn', 'addedEventPathUs') / med('emptyListeners', 'addedEventPathUs');
      entry.checks = {
        marginMounted: runs.marginCaptureOn.every((m) => m.margin),
        emptyListenersLoaded: runs.emptyListeners.every((m) => m.empty),
        rrwebEmitted: Math.min(...runs.rrweb.map((m) => m.emitted)),
      };
      out.pages[name] = entry;
      log(
        `interaction (trusted) ${name}: own script in the event path µs/event: Margin ${med('marginCaptureOn', 'ownEventPathUs').toFixed(2)}, ` +
          `floor ${med('emptyListeners', 'ownEventPathUs').toFixed(2)}, rrweb ${med('rrweb', 'ownEventPathUs').toFixed(2)}; ` +
          `Margin ${entry.captureOnVsFloor.toFixed(2)}× floor (all its script, deferred too: ${entry.captureOnVsFloorTotal.toFixed(2)}×; ` +
          `whole dispatch added over none: ${entry.captureOnVsFloorDispatch.toFixed(2)}×); ${JSON.stringify(entry.checks)}`,
      );
    }
    const ratios = Object.values(out.pages).map((p) => p.captureOnVsFloor);
    out.medianVsFloor = summarize(ratios).median;
    out.maxVsFloor = Math.max(...ratios);
    out.targets = {
      medianWithin1_2xFloor: out.medianVsFloor <= 1.2,
      noPageAbove2xFloor: out.maxVsFloor <= 2,
    };
    out.met = out.targets.medianWithin1_2xFloor && out.targets.noPageAbove2xFloor;
    log(
      `interaction (trusted): Margin over the floor, median over pages ${out.medianVsFloor.toFixed(2)}× (target ≤ 1.2: ${out.targets.medianWithin1_2xFloor ? 'met' : 'NOT met'}), ` +
        `worst page ${out.maxVsFloor.toFixed(2)}× (target ≤ 2: ${out.targets.noPageAbove2xFloor ? 'met' : 'NOT met'})`,
    );
  } finally {
    out.egress = [...plain.egress, ...margin.egress, ...empty.egress];
    await Promise.all([plain.close(), margin.close(), empty.close()]);
    await rm(emptyDir, { recursive: true, force: true });
    fixtures.close();
  }
  return out;
}

// `node bench/interaction-trusted.mjs [--repeats n] [--visits n] [--ext dir]`: this benchmark alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { startDemoServer } = await import('../demo/server.mjs');
  const demo = await startDemoServer({ port: 0, csp: false });
  const started = Date.now();
  const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  try {
    const result = await runInteractionTrusted({
      demoUrl: demo.url,
      extensionDir: path.resolve(arg('ext', '.output/chrome-mv3')),
      repeats: Number(arg('repeats', 5)),
      visits: Number(arg('visits', 40)),
      pages: arg('pages', '') ? arg('pages').split(',') : undefined,
      log,
    });
    const out = arg('out', '');
    if (out) await (await import('node:fs/promises')).writeFile(out, JSON.stringify(result, null, 2));
  } finally {
    await demo.close();
  }
}
