// Anchoring against peers: 50, 200 and 1,000 annotations on a ~1 MB record page built from the demo
// (lib/record-page.mjs), on the original and on a mutated copy (sections re-ordered, text inserted,
// words changed, blocks removed), anchored by Margin (anchorAll), @apache-annotator/dom (exact text
// quote) and dom-anchor-text-quote (fuzzy, with the recorded position as hint). Time per pass and
// accuracy (correct / correctly orphaned / missed / wrong) against the known expected outcome.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { bundleIife } from './lib/bundle.mjs';
import { launchPlain } from './lib/browser.mjs';
import { buildRecordPage } from './lib/record-page.mjs';
import { fmt, rounded, summarize } from './lib/stats.mjs';
import { runAnchoringSmall } from './anchoring-small.mjs';

export const SIZES = [50, 200, 1000];
export const LIBS = ['margin', 'apache', 'textQuote'];
const ENTRY = fileURLToPath(new URL('./lib/anchoring-kit.mjs', import.meta.url));
const SEED = 20251120;

const bundle = () => bundleIife(ENTRY);

/** Serves the pages of `pages` (name → html) on loopback. */
async function serve(pages) {
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url, 'http://x').pathname.slice(1));
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/**
 * @param {{ demoUrl: string, log: Function, repeats?: number, budgetMs?: number, small?: boolean }} options
 * Margin runs `repeats` times per cell; a peer too, unless one pass takes over `budgetMs / 4`.
 */
export async function runAnchoringPeers({ demoUrl, log, repeats = 3, budgetMs = 20_000, small = true }) {
  const code = await bundle();
  const record = await buildRecordPage(demoUrl);
  const pages = new Map([['original', record.html]]);
  const server = await serve(pages);
  const { context, egress, close } = await launchPlain();
  const out = { pageBytes: record.bytes, volumes: record.volumes, repeats, budgetMs, cells: {} };
  try {
    const page = await context.newPage();
    const open = async (name) => {
      await page.goto(server.url + name);
      await page.addScriptTag({ content: code });
    };
    // Annotations on the original, then the mutated copy with its expectations.
    await open('original');
    const all = await page.evaluate(
      ([n, seed]) => window.AnchoringBench.pick(n, seed),
      [Math.max(...SIZES), SEED],
    );
    pages.set(
      'labelled',
      await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`),
    );
    const textBytes = await page.evaluate(() => document.querySelector('#record').textContent.length);
    const mutated = await page.evaluate(
      ([a, seed]) => window.AnchoringBench.mutate(a, seed),
      [all, SEED + 1],
    );
    pages.set('mutated', await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`));
    out.textChars = textBytes;
    const expectedOf = (list) => ({
      anchored: list.filter((a) => a.expected.status === 'anchored').length,
      orphan: list.filter((a) => a.expected.status === 'orphan').length,
      ambiguous: list.filter((a) => a.expected.ambiguous).length,
    });
    log(
      `anchoring: record page ${(record.bytes / 1e6).toFixed(2)} MB HTML, ${(textBytes / 1e6).toFixed(2)} M chars of text, ${record.volumes} volumes`,
    );

    for (const [variant, list, pageName] of [
      ['original', all, 'labelled'],
      ['mutated', mutated, 'mutated'],
    ]) {
      for (const size of SIZES) {
        // The first `size` annotations picked; on the mutated page those still with a clear expectation.
        const ids = new Set(all.slice(0, size).map((a) => a.id));
        const annotations = list.filter((a) => ids.has(a.id));
        const cell = { annotations: annotations.length, expected: expectedOf(annotations), libs: {} };
        for (const lib of LIBS) {
          const runs = [];
          for (let r = 0; r < repeats; r++) {
            await open(pageName);
            runs.push(
              await page.evaluate(
                ([l, a, b]) => window.AnchoringBench.run(l, a, b),
                [lib, annotations, budgetMs],
              ),
            );
            if (lib !== 'margin' && runs[r].ms > budgetMs / 4) break;
          }
          const last = runs[runs.length - 1];
          const ms = summarize(runs.map((x) => x.ms));
          cell.libs[lib] = {
            ms: rounded(ms),
            msPerAnnotation: rounded(summarize(runs.map((x) => x.ms / Math.max(1, x.attempted))), 4),
            runs: runs.length,
            attempted: last.attempted,
            counts: last.counts,
          };
          log(
            `anchoring ${variant} ${size}: ${lib} ${fmt(ms, 1)} ms` +
              `${last.attempted < annotations.length ? ` (stopped at the ${budgetMs / 1000} s budget after ${last.attempted} of ${annotations.length})` : ''}; ` +
              `correct ${last.counts.correct}, orphaned correctly ${last.counts.orphanCorrect}, missed ${last.counts.missed}, wrong ${last.counts.wrong}`,
          );
        }
        out.cells[`${variant}-${size}`] = cell;
      }
    }
  } finally {
    out.egress = egress;
    await close();
    server.close();
  }
  out.targets = targetsOf(out);
  out.met = Object.values(out.targets).every(Boolean);
  // The small third-party pages, beside the record page (their own targets, in out.smallPages).
  if (small) out.smallPages = await runAnchoringSmall({ log, repeats });
  return out;
}

/**
 * Faster than both peers (per annotation, as a peer may stop at its budget) at equal or better accuracy,
 * never more wrong anchors than either; accuracy and wrong anchors as shares of the annotations attempted.
 */
export function targetsOf(out) {
  const cells = Object.values(out.cells);
  const share = (c, n) => n / Math.max(1, c.attempted);
  const good = (c) => share(c, c.counts.correct + c.counts.orphanCorrect);
  const wrong = (c) => share(c, c.counts.wrong);
  const peers = (cell, test) => LIBS.slice(1).every((p) => test(cell.libs.margin, cell.libs[p]));
  return {
    faster: cells.every((cell) => peers(cell, (m, p) => m.msPerAnnotation.median < p.msPerAnnotation.median)),
    accuracyAtLeastPeers: cells.every((cell) => peers(cell, (m, p) => good(m) >= good(p))),
    neverMoreWrong: cells.every((cell) => peers(cell, (m, p) => wrong(m) <= wrong(p))),
  };
}
