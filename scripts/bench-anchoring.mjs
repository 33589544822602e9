// Anchoring benchmark: bundles lib/anchoring, loads every NAME.html of a fixture folder (with its
// NAME.json of annotations) in headless Chromium, anchors each annotation against document.body and
// prints one JSON line per annotation on stdout. Annotations with an `expected` outcome are scored, and
// a summary (correct, orphaned correctly, wrong text, wrongly orphaned, median/p95 ms) goes to stderr.
// Usage: node scripts/bench-anchoring.mjs [--fixtures DIR]   (default bench/fixtures/anchoring)
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { bundleAnchoring, launchChromium } from './lib/anchoring-bundle.mjs';

function fixturesDir(argv) {
  const at = argv.findIndex((arg) => arg === '--fixtures' || arg.startsWith('--fixtures='));
  if (at < 0) return path.resolve('bench/fixtures/anchoring');
  return path.resolve(argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1]);
}

/** Serves the fixture pages (and nothing else) on a loopback port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      const body = name.endsWith('.html') ? await readFile(path.join(dir, name)) : null;
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? 'Not found');
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Runs in the page. Outcomes come from one anchorAll pass (what Margin shows); the time per annotation
 * is that of anchoring it alone against the shared index, as anchorAll's first pass does.
 */
function anchorInPage(annotations) {
  const A = window.MarginAnchoring;
  const root = document.body;
  const started = performance.now();
  const index = A.buildTextIndex(root);
  const indexMs = performance.now() - started;
  const ms = annotations.map(({ selectors }) => {
    const t0 = performance.now();
    A.anchor(root, selectors, index);
    return Math.round((performance.now() - t0) * 1000) / 1000;
  });
  const t1 = performance.now();
  const all = A.anchorAll(root, annotations);
  const passMs = performance.now() - t1;
  const results = annotations.map(({ id }, i) => {
    const result = all.get(id);
    let quote = '';
    let option;
    if (result?.kind === 'range') quote = result.quote;
    else if (result?.kind === 'element') {
      const el = result.element;
      quote = A.isFormControl(el)
        ? (A.labelOf(el) ?? '')
        : A.elementText(index, el).replace(/\s+/g, ' ').trim();
      // An option's label is prefixed with its group's question ("Question: Option"); fixtures made
      // before that record the option alone.
      const group = el.closest('fieldset')?.querySelector(':scope > legend, legend');
      const groupText = group && A.cleanLabel(group.textContent ?? '');
      if (groupText && quote.startsWith(`${groupText}: `)) option = quote.slice(groupText.length + 2);
    }
    return { id, status: result ? 'anchored' : 'orphan', quote, option, ms: ms[i] };
  });
  return { indexMs, passMs, results };
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

function verdict(expected, line) {
  if (line.status === 'orphan') return expected.status === 'orphan' ? 'orphanCorrect' : 'wronglyOrphaned';
  const got = [line.quote, line.option].filter((q) => q !== undefined).map(collapse);
  if (expected.status === 'anchored' && got.includes(collapse(expected.quote ?? ''))) return 'correct';
  return 'wrong';
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const dir = fixturesDir(process.argv.slice(2));
  const names = (await readdir(dir)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
  const fixtures = [];
  for (const name of names.sort()) {
    const json = await readFile(path.join(dir, `${name}.json`), 'utf8').catch(() => null);
    if (json) fixtures.push({ name, annotations: JSON.parse(json).annotations ?? [] });
  }
  const bundle = await bundleAnchoring();
  const server = await serve(dir);
  const browser = await launchChromium();
  const counts = { correct: 0, orphanCorrect: 0, wrong: 0, wronglyOrphaned: 0 };
  const mistakes = [];
  const times = [];
  const indexTimes = [];
  const passTimes = [];
  try {
    const context = await browser.newContext();
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
    for (const { name, annotations } of fixtures) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${encodeURIComponent(name)}.html`);
      await page.addScriptTag({ content: bundle });
      const { indexMs, passMs, results } = await page.evaluate(anchorInPage, annotations);
      await page.close();
      indexTimes.push(indexMs);
      passTimes.push(passMs);
      results.forEach((result, i) => {
        const line = { fixture: name, ...result };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        times.push(result.ms);
        const expected = annotations[i].expected;
        if (!expected) return;
        const v = verdict(expected, line);
        counts[v]++;
        if (v === 'wrong' || v === 'wronglyOrphaned')
          mistakes.push({ v, name, id: result.id, expected, got: result.quote });
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  indexTimes.sort((a, b) => a - b);
  passTimes.sort((a, b) => a - b);
  const scored = Object.values(counts).reduce((a, b) => a + b, 0);
  const report = [
    `anchoring bench: ${fixtures.length} fixtures, ${times.length} annotations, ${scored} with an expected outcome`,
    `  anchored correctly:                      ${counts.correct}`,
    `  orphaned correctly:                      ${counts.orphanCorrect}`,
    `  anchored to the wrong text:              ${counts.wrong}`,
    `  orphaned wrongly (should have anchored): ${counts.wronglyOrphaned}`,
    `  time per annotation: median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms` +
      ` (per page: text index median ${percentile(indexTimes, 50).toFixed(2)} ms,` +
      ` anchorAll pass median ${percentile(passTimes, 50).toFixed(2)} ms, max ${percentile(passTimes, 100).toFixed(2)} ms)`,
    ...mistakes.map(
      (m) =>
        `  ${m.v}: ${m.name} ${m.id} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`,
    ),
  ];
  process.stderr.write(`${report.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench-anchoring: ${error?.stack ?? error}\n`);
  process.exit(1);
});
