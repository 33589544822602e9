// Anchoring against peers on small third-party pages (lib/small-pages.mjs: GOV.UK and NHS.UK Frontend
// components with their own JavaScript running, Django-admin-like and AdminLTE-like forms). On each page
// up to 40 annotations are picked (one per text block, 1–12 words), then the page is changed as each
// variant says: original (as loaded), inserted (text before the quotes and new paragraphs), changed (one
// word inside every quote of 3 words or more), removed (a third of the quoted blocks), typed (text typed
// into the character counts, whose hints their script rewrites). Margin, @apache-annotator/dom and
// dom-anchor-text-quote anchor every annotation, each timed on its own; accuracy per page kind, variant
// and overall, and the median and 95th percentile of the time per annotation.
//
// Alone: `node bench/anchoring-small.mjs [--write]` (with --write, stores anchoring.smallPages in
// bench/results.json beside the record-page figures).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleIife } from './lib/bundle.mjs';
import { launchPlain } from './lib/browser.mjs';
import { buildSmallPages } from './lib/small-pages.mjs';
import { quantile, round } from './lib/stats.mjs';

const LIBS = ['margin', 'apache', 'textQuote'];
const ENTRY = fileURLToPath(new URL('./lib/anchoring-kit.mjs', import.meta.url));
const SEED = 20261208;
const FORMS = new Set(['govuk-form', 'nhsuk-form']);

/** Serves pages and scripts on loopback, cross-origin isolated (so timers have fine resolution). */
async function serve(pages, assets) {
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1);
    const body = pages.get(name) ?? assets.get(name);
    res.writeHead(body ? 200 : 404, {
      'Content-Type': assets.has(name) ? 'text/javascript' : 'text/html; charset=utf-8',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    res.end(body ?? 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

const empty = () => ({ correct: 0, orphanCorrect: 0, missed: 0, wrong: 0 });
const add = (into, counts) => Object.keys(into).forEach((k) => (into[k] += counts[k]));
const good = (c) =>
  (c.correct + c.orphanCorrect) / Math.max(1, c.correct + c.orphanCorrect + c.missed + c.wrong);

/** @param {{ log: Function, repeats?: number }} options */
export async function runAnchoringSmall({ log, repeats = 3, only = [], variantsOnly = [] }) {
  const code = await bundleIife(ENTRY);
  const { pages, assets } = buildSmallPages();
  const server = await serve(pages, assets);
  const { context, egress, close } = await launchPlain();
  const out = { repeats, pages: {}, libs: {} };
  const times = Object.fromEntries(LIBS.map((lib) => [lib, []]));
  const totals = Object.fromEntries(LIBS.map((lib) => [lib, empty()]));
  let isolated = true;
  const dumps = [];
  try {
    const page = await context.newPage();
    for (const name of pages.keys()) {
      if (only.length > 0 && !only.includes(name)) continue;
      const variants = ['original', 'inserted', 'changed', 'removed', ...(FORMS.has(name) ? ['typed'] : [])];
      out.pages[name] = {};
      for (const [v, variant] of variants.entries()) {
        if (variantsOnly.length > 0 && !variantsOnly.includes(variant)) continue;
        await page.goto(server.url + name, { waitUntil: 'load' });
        await page.addScriptTag({ content: code });
        const n = await page.evaluate((seed) => window.AnchoringBench.small.pick(seed), SEED);
        const expected = await page.evaluate(
          ([variant, seed]) => window.AnchoringBench.small.mutate(variant, seed),
          [variant, SEED + v],
        );
        const cell = { annotations: n, expected, libs: {} };
        for (const lib of LIBS) {
          let last;
          for (let r = 0; r < repeats; r++) {
            last = await page.evaluate((l) => window.AnchoringBench.small.run(l), lib);
            times[lib].push(...last.times);
            isolated &&= last.isolated;
          }
          cell.libs[lib] = last.counts;
          add(totals[lib], last.counts);
          if (lib === 'margin' && last.samples.length > 0)
            dumps.push({ name, variant, samples: last.samples, text: last.text });
        }
        out.pages[name][variant] = cell;
        log(
          `anchoring small ${name} ${variant} (${n}; ${expected.orphan} should orphan, ${expected.rewritten} rewritten, ${expected.ambiguous} ambiguous): ` +
            LIBS.map((l) => `${l} ${Object.values(cell.libs[l]).join('/')}`).join(', '),
        );
      }
    }
  } finally {
    out.egress = egress;
    await close();
    server.close();
  }
  for (const lib of LIBS) {
    const sorted = times[lib].sort((a, b) => a - b);
    out.libs[lib] = {
      counts: totals[lib],
      accuracy: round(good(totals[lib]), 4),
      msPerAnnotation: { median: round(quantile(sorted, 0.5), 4), p95: round(quantile(sorted, 0.95), 4) },
      samples: sorted.length,
    };
    log(
      `anchoring small overall: ${lib} ${Object.values(totals[lib]).join('/')} (${(100 * good(totals[lib])).toFixed(1)}% right), ` +
        `median ${out.libs[lib].msPerAnnotation.median} ms, p95 ${out.libs[lib].msPerAnnotation.p95} ms per annotation`,
    );
  }
  out.dumps = dumps;
  out.timerResolution = isolated ? 'cross-origin isolated (5 µs)' : 'coarse (100 µs)';
  out.targets = targetsOf(out);
  out.met = Object.values(out.targets).every(Boolean);
  return out;
}

/** More right than dom-anchor-text-quote, never wrong, median ≤ 1 ms and faster than both peers. */
export function targetsOf(out) {
  const { margin, apache, textQuote } = out.libs;
  return {
    moreRightThanTextQuote: margin.accuracy > textQuote.accuracy,
    neverWrong: margin.counts.wrong === 0,
    medianAtMost1ms: margin.msPerAnnotation.median <= 1,
    faster: [apache, textQuote].every((p) => margin.msPerAnnotation.median < p.msPerAnnotation.median),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const result = await runAnchoringSmall({
    log: console.log,
    repeats: Number(arg('repeats') ?? 3),
    only: arg('pages')?.split(',') ?? [],
    variantsOnly: arg('variants')?.split(',') ?? [],
  });
  if (arg('dump')) writeFileSync(arg('dump'), JSON.stringify(result.dumps, null, 1));
  delete result.dumps;
  console.log(JSON.stringify(result.targets));
  if (process.argv.includes('--write')) {
    const file = fileURLToPath(new URL('./results.json', import.meta.url));
    const all = JSON.parse(readFileSync(file, 'utf8'));
    all.anchoring = { ...all.anchoring, smallPages: { ...result, measuredAt: new Date().toISOString() } };
    writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  }
}
