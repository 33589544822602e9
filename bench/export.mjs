// Export and import at council scale: a real AppDB with 100,000 schema-valid observations in a loopback
// page, exported by the dashboard's own `exportFile` in each format (database → Blob) against
// JSON.stringify of the same observation objects already in memory, and the Margin JSON file imported
// back into a fresh database (parse + preview + importFiles) against JSON.parse of the same text.
// Peak JS heap is sampled from outside the page with CDP Performance.getMetrics while each run goes.
// The in-page code is lib/export-page.mjs, bundled here.
import { fileURLToPath } from 'node:url';
import { bundleIife } from './lib/bundle.mjs';
import { launchProfile } from './lib/browser.mjs';
import { serveBlank } from './lib/blank-page.mjs';
import { fmt, pairedRatios, rounded, summarize } from './lib/stats.mjs';

export const TARGET_THROUGHPUT_RATIO = 0.5;
/** Export against raw getAll + JSON.stringify + Blob; import against JSON.parse + raw bulk write. */
export const TARGET_FLOOR_RATIO = 0.8;
export const TARGET_IMPORT_FLOOR_RATIO = 0.5;
export const FORMATS = ['margin-json', 'json-ld', 'csv'];
const ENTRY = fileURLToPath(new URL('./lib/export-page.mjs', import.meta.url));
const DAYS = 100;
const MB = 1024 * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last day to export (dateTo) so that `count` of the `total` seeded observations are included. */
const dayFor = (count, total) =>
  new Date(Date.UTC(2026, 0, 1) + (Math.ceil((count / total) * DAYS) - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);

/**
 * Peak JS heap of the page during one run: garbage collected first, then JSHeapUsedSize sampled about
 * every 20 ms (CDP answers while page script runs). Returns `stop()` → MB before, at peak, and added.
 */
async function heapWatch(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const used = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const before = await used();
  let peak = before;
  let samples = 1;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await used());
      samples++;
      await sleep(20);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { beforeMB: before / MB, peakMB: peak / MB, addedMB: (peak - before) / MB, samples };
  };
}

/**
 * `sizes` (date-filtered shares of the `total` observations) are exported once each, to see peak memory
 * as the export grows; the full size `repeats` times. The Margin JSON export of `importSize` records is
 * imported back: the dashboard reads files of up to 50 MB, and 100,000 observations make about 88 MB
 * (an import of 25,000 takes about 10 s; of 100,000, over 30).
 * @param {{ log: Function, total?: number, sizes?: number[], repeats?: number, importSize?: number, importRepeats?: number }} options
 */
export async function runExport({
  log,
  total = 100_000,
  sizes = [25_000],
  repeats = 2,
  importSize = 25_000,
  importRepeats = 1,
}) {
  const code = await bundleIife(ENTRY);
  const server = await serveBlank('Margin export bench');
  const browser = await launchProfile();
  const out = { total, repeats, importSize, importRepeats, sizes: {}, import: {} };
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: code });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    const call = (fn, arg) => page.evaluate(([f, a]) => window.MarginExportBench[f](a), [fn, arg]);
    const watched = async (fn, arg) => {
      const stop = await heapWatch(cdp);
      const result = await call(fn, arg);
      const heap = await stop();
      await call('release');
      return { ...result, heap };
    };

    const name = 'bench-export-source';
    const seeded = await call('seed', { name, n: total, days: DAYS });
    log(`export: seeded ${total} observations in ${(seeded.ms / 1000).toFixed(1)} s`);

    for (const size of [...sizes, total]) {
      const dateTo = size === total ? undefined : dayFor(size, total);
      const times = size === total ? repeats : 1;
      const runs = { stringify: [], read: [], floor: [] };
      for (const format of FORMATS) runs[format] = [];
      for (let r = 0; r < times; r++) {
        const order = ['stringify', 'floor', ...FORMATS];
        for (let k = 0; k < r; k++) order.push(order.shift());
        for (const what of order) {
          if (what === 'stringify') {
            const read = await call('readObjects', { name, dateTo });
            runs.read.push(read);
            runs.stringify.push(await watched('stringifyRun'));
          } else if (what === 'floor') {
            runs.floor.push(await watched('floorRun', { name, dateTo }));
          } else {
            const keep = what === 'margin-json' && size === importSize && r === 0;
            runs[what].push(await watched('exportRun', { name, format: what, dateTo, keep }));
          }
        }
        log(
          `export ${size} repeat ${r + 1}/${times}: ` +
            ['stringify', 'floor', ...FORMATS]
              .map((k) => `${k} ${runs[k][r].ms.toFixed(0)} ms (+${runs[k][r].heap.addedMB.toFixed(0)} MB)`)
              .join(', ') +
            `; reading the objects ${runs.read[r].ms.toFixed(0)} ms`,
        );
      }
      const perSec = (list) => summarize(list.map((run) => (size / run.ms) * 1000));
      const cell = {
        records: runs.stringify[0].records,
        stringify: {
          perSec: rounded(perSec(runs.stringify), 0),
          addedMB: rounded(summarize(runs.stringify.map((run) => run.heap.addedMB)), 1),
          heldMB: rounded(summarize(runs.stringify.map((run) => run.heap.beforeMB)), 1),
          chars: runs.stringify[0].chars,
        },
        readMs: rounded(summarize(runs.read.map((run) => run.ms)), 0),
        // The real floor: raw getAll of the same records + JSON.stringify + Blob, timed end to end.
        floor: {
          perSec: rounded(perSec(runs.floor), 0),
          addedMB: rounded(summarize(runs.floor.map((run) => run.heap.addedMB)), 1),
          bytes: runs.floor[0].bytes,
        },
        formats: {},
      };
      for (const format of FORMATS) {
        cell.formats[format] = {
          perSec: rounded(perSec(runs[format]), 0),
          ratio: rounded(
            summarize(
              pairedRatios(
                runs.stringify.map((run) => run.ms),
                runs[format].map((run) => run.ms),
              ),
            ),
          ),
          floorRatio: rounded(
            summarize(
              pairedRatios(
                runs.floor.map((run) => run.ms),
                runs[format].map((run) => run.ms),
              ),
            ),
          ),
          addedMB: rounded(summarize(runs[format].map((run) => run.heap.addedMB)), 1),
          peakMB: rounded(summarize(runs[format].map((run) => run.heap.peakMB)), 1),
          bytes: runs[format][0].bytes,
        };
      }
      out.sizes[size] = cell;
      log(
        `export ${size}: JSON.stringify ${fmt(cell.stringify.perSec, 0)}/s; floor (getAll + stringify + Blob) ${fmt(cell.floor.perSec, 0)}/s; ` +
          FORMATS.map(
            (f) =>
              `${f} ${fmt(cell.formats[f].perSec, 0)}/s (${fmt(cell.formats[f].floorRatio, 3)}× floor, ${fmt(cell.formats[f].ratio, 3)}× stringify, +${fmt(cell.formats[f].addedMB, 0)} MB heap, ${(cell.formats[f].bytes / MB).toFixed(1)} MB file)`,
          ).join('; '),
      );
    }

    // Import: the kept Margin JSON export read back into a fresh database, against JSON.parse of its text.
    const { chars } = await call('loadText');
    const runs = { import: [], parse: [], floor: [] };
    for (let r = 0; r < importRepeats; r++) {
      const order = ['import', 'parse', 'floor'];
      for (let k = 0; k < r; k++) order.push(order.shift());
      for (const what of order) {
        if (what === 'parse') runs.parse.push(await watched('parseRun'));
        else if (what === 'floor')
          runs.floor.push(await watched('importFloorRun', { name: `bench-import-floor-${r}` }));
        else runs.import.push(await watched('importRun', { name: `bench-import-${r}` }));
      }
      const i = runs.import[r];
      log(
        `import ${importSize} repeat ${r + 1}/${importRepeats}: Margin ${i.ms.toFixed(0)} ms (parse ${i.stages.parseMs.toFixed(0)}, ` +
          `preview ${i.stages.previewMs.toFixed(0)}, importFiles ${i.stages.applyMs.toFixed(0)}; ${i.stored} stored, +${i.heap.addedMB.toFixed(0)} MB heap), ` +
          `JSON.parse ${runs.parse[r].ms.toFixed(0)} ms (+${runs.parse[r].heap.addedMB.toFixed(0)} MB), ` +
          `floor (JSON.parse + raw bulk write) ${runs.floor[r].ms.toFixed(0)} ms (${runs.floor[r].stored} stored)`,
      );
    }
    await call('dropText');
    const perSec = (list) => rounded(summarize(list.map((run) => (importSize / run.ms) * 1000)), 0);
    out.import = {
      chars,
      stored: runs.import.map((run) => run.stored),
      marginPerSec: perSec(runs.import),
      parsePerSec: perSec(runs.parse),
      ratio: rounded(
        summarize(
          pairedRatios(
            runs.parse.map((run) => run.ms),
            runs.import.map((run) => run.ms),
          ),
        ),
        4,
      ),
      floorPerSec: perSec(runs.floor),
      floorRatio: rounded(
        summarize(
          pairedRatios(
            runs.floor.map((run) => run.ms),
            runs.import.map((run) => run.ms),
          ),
        ),
        3,
      ),
      stagesMs: Object.fromEntries(
        Object.keys(runs.import[0].stages).map((k) => [
          k,
          rounded(summarize(runs.import.map((run) => run.stages[k])), 0),
        ]),
      ),
      addedMB: rounded(summarize(runs.import.map((run) => run.heap.addedMB)), 1),
      parseAddedMB: rounded(summarize(runs.parse.map((run) => run.heap.addedMB)), 1),
    };
    await call('deleteDb', name);
  } finally {
    out.egress = browser.egress;
    await browser.close();
    server.close();
  }
  const full = out.sizes[total].formats;
  // Peak heap added by the export at the full size against the smallest: equal to the ratio of the sizes
  // when it grows in proportion to the records exported; near 1, bounded.
  const small = out.sizes[sizes[0]];
  out.memoryGrowth = {
    from: sizes[0],
    to: total,
    ...Object.fromEntries(
      FORMATS.map((f) => [f, rounded({ v: full[f].addedMB.median / small.formats[f].addedMB.median }, 2).v]),
    ),
  };
  out.targets = Object.fromEntries(FORMATS.map((f) => [f, full[f].ratio.median >= TARGET_THROUGHPUT_RATIO]));
  // Issue #19: against the real floors measured in the same run.
  out.floorTargets = {
    ...Object.fromEntries(FORMATS.map((f) => [f, full[f].floorRatio.median >= TARGET_FLOOR_RATIO])),
    import: out.import.floorRatio.median >= TARGET_IMPORT_FLOOR_RATIO,
  };
  out.met = Object.values(out.targets).every(Boolean);
  return out;
}
