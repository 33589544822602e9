// Writes the benchmark results: bench/results.json (everything measured) and the results table of
// bench/README.md, rewritten between its RESULTS markers. Both go through Prettier, so `npm run lint`
// (prettier --check) stays green after a bench run.
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import { fmt } from './stats.mjs';

export const START = '<!-- RESULTS:START (written by scripts/bench.mjs) -->';
export const END = '<!-- RESULTS:END -->';

async function pretty(text, filepath) {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const yes = (met) => (met ? '**met**' : '**not met**');
const x = (v, d = 2) => (Number.isFinite(v) ? `${v.toFixed(d)}×` : 'n/a');

const FORMAT_NAMES = { 'margin-json': 'Margin JSON', 'json-ld': 'JSON-LD', csv: 'CSV' };
const mb = (summary) => `${fmt(summary, 0)} MB`;

/** Export and import rows: throughput against JSON.stringify / JSON.parse, and peak heap added. */
function exportRows(e) {
  const n = (v) => v.toLocaleString('en-GB');
  const full = e.sizes[e.total];
  const rows = Object.entries(full.formats).map(([format, f]) => [
    `Export: ${n(e.total)} observations, ${FORMAT_NAMES[format]} (database → Blob, records/s; peak heap added)`,
    `${fmt(f.perSec, 0)}; +${mb(f.addedMB)} (${(f.bytes / 1048576).toFixed(1)} MB file)`,
    `JSON.stringify of the objects in memory ${fmt(full.stringify.perSec, 0)}; +${mb(full.stringify.addedMB)}`,
    fmt(f.ratio, 3),
    '≥ 0.5× stringify',
    yes(e.targets[format]),
  ]);
  // Issue #19: the same exports against the real floor measured in the same run.
  if (full.floor)
    for (const [format, f] of Object.entries(full.formats))
      rows.push([
        `Export: ${n(e.total)} observations, ${FORMAT_NAMES[format]}, against the floor (records/s)`,
        fmt(f.perSec, 0),
        `raw IndexedDB getAll + JSON.stringify + Blob ${fmt(full.floor.perSec, 0)}; +${mb(full.floor.addedMB)}`,
        fmt(f.floorRatio, 3),
        '≥ 0.8× floor, memory bounded',
        yes(e.floorTargets[format]),
      ]);
  const growth = e.memoryGrowth;
  rows.push([
    `Export peak heap added, ${n(growth.from)} → ${n(growth.to)} observations`,
    Object.entries(e.sizes)
      .map(([size, cell]) =>
        Object.entries(cell.formats)
          .map(([format, f]) => `${FORMAT_NAMES[format]} ${f.addedMB.median.toFixed(0)}`)
          .join(', ')
          .replace(/^/, `${n(Number(size))}: `),
      )
      .join('; ') + ' MB',
    '',
    `× ${Object.keys(FORMAT_NAMES)
      .map((format) => growth[format].toFixed(2))
      .join(' / ')} for × ${(growth.to / growth.from).toFixed(0)} records`,
    'bounded',
    yes(Object.keys(FORMAT_NAMES).every((format) => growth[format] < 1.2)),
  ]);
  const i = e.import;
  rows.push([
    `Import: Margin JSON of ${n(e.importSize)} observations into a fresh database (parse + preview + importFiles, records/s)`,
    `${fmt(i.marginPerSec, 0)}; +${mb(i.addedMB)}`,
    `JSON.parse of the same text ${fmt(i.parsePerSec, 0)}; +${mb(i.parseAddedMB)}`,
    fmt(i.ratio, 4),
    '(reported)',
    '',
  ]);
  if (i.floorPerSec)
    rows.push([
      `Import: Margin JSON of ${n(e.importSize)} observations, against the floor (records/s)`,
      fmt(i.marginPerSec, 0),
      `JSON.parse + raw IndexedDB bulk write of the same records ${fmt(i.floorPerSec, 0)}`,
      fmt(i.floorRatio, 3),
      '≥ 0.5× floor',
      yes(e.floorTargets.import),
    ]);
  return rows;
}

/** Markdown rows: benchmark, measured, peer/baseline, ratio, target, met. */
/** Audit rounds: drawing a sample against a plain shuffle, and the round view against a raw read. */
function roundsRows(r) {
  const n = (v) => v.toLocaleString('en-GB');
  return [
    [
      `Rounds: drawing a sample of ${n(r.sampleSize)} from ${n(r.candidates)} candidates, every rule on (ms)`,
      fmt(r.sampleMs, 1),
      `shuffle and slice ${fmt(r.sampleBaselineMs, 2)}`,
      x(r.sampleToBaselineRatio, 0),
      `< ${r.sampleTargetMs} ms`,
      yes(r.sampleMet),
    ],
    [
      r.viewFloorMs
        ? `Rounds: round view, ${n(r.assignments)} cases, ${n(r.audits)} audits, ${n(r.observations)} observations (navigation → first paint: plan, steps, progress with its first ${r.viewFirstRows} cases, ms)`
        : `Rounds: round view, ${n(r.assignments)} cases, ${n(r.audits)} audits, ${n(r.observations)} observations (navigation → progress table complete, ms)`,
      fmt(r.viewRenderMs, 0) + (r.viewCompleteMs ? `; whole view ${fmt(r.viewCompleteMs, 0)}` : ''),
      r.viewFloorMs
        ? `floor ${fmt(r.viewFloorMs, 0)} (page started on no round ${fmt(r.viewStartMs, 0)} + raw IndexedDB read of what the view reads ${fmt(r.viewRawReadMs, 0)})`
        : `raw IndexedDB read of the same stores ${fmt(r.viewRawReadMs, 0)}`,
      r.viewFloorMs ? `${x(r.viewToFloorRatio, 2)} floor` : x(r.viewToRawRatio, 1),
      `< ${r.viewTargetMs} ms`,
      yes(r.viewMet),
    ],
  ];
}

export function resultsTable(results) {
  const rows = [];
  const { weight, pageLoad, interaction, anchoring, storage } = results;
  const exported = results.export;
  if (weight)
    rows.push([
      'Weight: in-page script (gzip)',
      `${kb(weight.margin.gzip)} (${kb(weight.margin.raw)} raw)`,
      `Clarity ${kb(weight.peers.clarity.gzip)}; rrweb ${kb(weight.peers.rrweb.gzip)}`,
      `${x(weight.ratioToClarityGzip)} Clarity`,
      '≤ 25 KB gzip',
      yes(weight.met),
    ]);
  if (weight?.eager) {
    rows.push([
      'Weight: eager in-page code (loader + margin-page.js, gzip)',
      kb(weight.eager.gzip),
      Object.entries(weight.lazy ?? {})
        .map(([file, size]) => `${file} ${kb(size.gzip)}`)
        .join('; ') + ' (lazy, on first use)',
      '',
      '≤ 12 KB gzip',
      yes(weight.eagerMet),
    ]);
  }
  for (const [path, p] of Object.entries(pageLoad?.pages ?? {}))
    rows.push([
      `Page load: \`${path}\` (load event, ms)`,
      `${fmt(p.loadMs.with, 1)}; long tasks ${fmt(p.longTaskMs.with, 0)} ms`,
      `without Margin ${fmt(p.loadMs.without, 1)}; long tasks ${fmt(p.longTaskMs.without, 0)} ms`,
      `${fmt(p.loadRatio, 3)} (DOMContentLoaded ${fmt(p.dclRatio, 3)})`,
      '≤ 1.05',
      yes(p.met),
    ]);
  if (interaction) {
    const c = interaction.configs;
    const us = (name) => fmt(c[name].addedUsPerEvent, 2);
    rows.push([
      `Interaction: added µs/event, ${interaction.events.toLocaleString('en-GB')} events`,
      `capture on ${us('marginCaptureOn')}; capture off ${us('marginCaptureOff')}`,
      `floor (empty listeners) ${us('emptyListeners')}; rrweb ${us('rrweb')}; Clarity ${us('clarity')}; none ${fmt(c.none.usPerEvent, 2)} µs/event absolute`,
      `${x(interaction.comparison.captureOnVsRrwebOfMedians)} rrweb; ${x(interaction.comparison.captureOnVsFloorOfMedians)} floor`,
      '≤ 1× rrweb; ≤ 1.5× floor',
      `rrweb ${yes(interaction.targets.notMoreThanRrweb)}; floor ${yes(interaction.targets.within1_5xFloor)}`,
    ]);
  }
  const trusted = results.interactionTrusted;
  if (trusted) {
    for (const [name, p] of Object.entries(trusted.pages)) {
      const us = (config) => fmt(p.configs[config].ownEventPathUs, 2);
      rows.push([
        `Interaction, trusted input: ${name} (Margin's script in the event path, µs/event)`,
        `capture on ${us('marginCaptureOn')}; with deferred work ${fmt(p.configs.marginCaptureOn.ownTotalUs, 2)}`,
        `floor (empty listeners) ${us('emptyListeners')}; rrweb ${us('rrweb')}`,
        `${x(p.captureOnVsFloor)} floor; ${x(p.captureOnVsRrweb)} rrweb`,
        '≤ 2× floor',
        yes(p.captureOnVsFloor <= 2),
      ]);
    }
    rows.push([
      'Interaction, trusted input: median over pages',
      '',
      '',
      `${x(trusted.medianVsFloor)} floor (worst ${x(trusted.maxVsFloor)})`,
      'median ≤ 1.2× floor; none > 2×',
      `median ${yes(trusted.targets.medianWithin1_2xFloor)}; worst ${yes(trusted.targets.noPageAbove2xFloor)}`,
    ]);
  }
  if (anchoring) {
    for (const [name, cell] of Object.entries(anchoring.cells)) {
      const lib = (l) => {
        const r = cell.libs[l];
        const partial = r.attempted < cell.annotations ? ` (${r.attempted} done in budget)` : '';
        return `${fmt(r.ms, 0)} ms${partial}, ${r.counts.correct}/${r.counts.orphanCorrect}/${r.counts.missed}/${r.counts.wrong}`;
      };
      rows.push([
        `Anchoring ${name} (${cell.annotations}; ${cell.expected.orphan} should orphan, ${cell.expected.ambiguous} ambiguous)`,
        `Margin ${lib('margin')}`,
        `Apache exact ${lib('apache')}; dom-anchor-text-quote ${lib('textQuote')}`,
        `${x(cell.libs.apache.msPerAnnotation.median / cell.libs.margin.msPerAnnotation.median, 1)} / ${x(cell.libs.textQuote.msPerAnnotation.median / cell.libs.margin.msPerAnnotation.median, 1)} faster (per annotation)`,
        'faster than both, ≥ accuracy, ≤ wrong',
        '',
      ]);
    }
    const t = anchoring.targets;
    rows.push([
      'Anchoring overall',
      '',
      '',
      '',
      'faster; accuracy ≥ peers; wrong ≤ peers',
      `faster ${yes(t.faster)}; accuracy ${yes(t.accuracyAtLeastPeers)}; wrong ${yes(t.neverMoreWrong)}`,
    ]);
  }
  if (storage) {
    const o = storage.observations;
    rows.push([
      `Storage: ${o.bulk.n.toLocaleString('en-GB')} observations in bulk (Zod + bulkAdd, records/s)`,
      fmt(o.bulk.marginPerSec, 0),
      `raw IndexedDB ${fmt(o.bulk.rawPerSec, 0)}`,
      fmt(o.bulk.ratio, 3),
      '≥ 0.8',
      yes(storage.targets.observationsBulk),
    ]);
    rows.push([
      `Storage: ${o.perRecord.n.toLocaleString('en-GB')} observations one by one (createObservation, records/s)`,
      fmt(o.perRecord.marginPerSec, 0),
      `raw IndexedDB ${fmt(o.perRecord.rawPerSec, 0)}` +
        (o.perRecord.dexieNoParsePerSec
          ? `; Dexie add without Zod ${fmt(o.perRecord.dexieNoParsePerSec, 0)} (${fmt(o.perRecord.dexieNoParseRatio, 3)}× raw)`
          : ''),
      fmt(o.perRecord.ratio, 3),
      '≥ 0.8',
      yes(storage.targets.observationsPerRecord),
    ]);
    if (o.perRecord.toDexieRatio)
      rows.push([
        `Storage: ${o.perRecord.n.toLocaleString('en-GB')} observations one by one, against Dexie's own add (records/s)`,
        fmt(o.perRecord.marginPerSec, 0),
        `Dexie Table.add (plain Dexie, no Zod, no counts) ${fmt(o.perRecord.dexieNoParsePerSec, 0)}` +
          (o.perRecord.dexieCountsPerSec
            ? `; the same add with a counts row beside it in one transaction ${fmt(o.perRecord.dexieCountsPerSec, 0)} (Margin ${fmt(o.perRecord.toDexieCountsRatio, 3)}× that)`
            : ''),
        fmt(o.perRecord.toDexieRatio, 3),
        '≥ 0.95× Dexie add',
        yes(storage.targets.observationsPerRecordToDexie),
      ]);
    const f = storage.friction;
    rows.push([
      `Storage: ${f.events.toLocaleString('en-GB')} friction events in ${f.batches.toLocaleString('en-GB')} batches (applyBatch, events/s)`,
      `${fmt(f.marginEventsPerSec, 0)} (${f.rows} rows)`,
      `raw IndexedDB ${fmt(f.rawEventsPerSec, 0)}`,
      fmt(f.ratio, 3),
      '≥ 0.8',
      yes(storage.targets.friction),
    ]);
    const q = storage.queries;
    rows.push([
      `Storage queries at ${q.observations.sizes.total.toLocaleString('en-GB')} observations (ms)`,
      `by screen ${fmt(q.observations.byScreen.marginMs, 1)}; by audit ${fmt(q.observations.byAudit.marginMs, 1)}; count by kind ${fmt(q.observations.countByKind.marginMs, 0)}`,
      `raw ${fmt(q.observations.byScreen.rawMs, 1)}; ${fmt(q.observations.byAudit.rawMs, 1)}; ${fmt(q.observations.countByKind.rawMs, 0)}`,
      '',
      '(reported)',
      '',
    ]);
    rows.push([
      `Storage: screenSignals, one screen (${q.screenSignals.rows} rows, ms)`,
      fmt(q.screenSignals.marginMs, 1),
      `raw ${fmt(q.screenSignals.rawMs, 1)}`,
      '',
      '(reported)',
      '',
    ]);
  }
  if (exported?.sizes) rows.push(...exportRows(exported));
  const m = results.moderation;
  if (m?.agreementMs)
    rows.push([
      `Moderation: agreement for ${m.units.toLocaleString('en-GB')} graded sections (500 audits × 10), 2 graders, ${m.resamples.toLocaleString('en-GB')} bootstrap resamples, in the worker (ms)`,
      `${fmt(m.agreementMs, 0)}; page thread's longest stall ${fmt(m.mainThreadLongestStallMs, 0)} ms`,
      `naive bootstrap ${fmt(m.naiveMs, 0)}; point estimates alone ×${m.resamples.toLocaleString('en-GB')} ${fmt(m.singleTimesResamplesMs, 0)}; Margin on the page thread ${fmt(m.pageThreadMs, 0)}`,
      `${fmt(m.speedupOverNaive, 1)}× faster than naive; ${fmt(m.speedupOverSingle, 1)}× than the estimates alone`,
      '< 1,000 ms, off the main thread',
      yes(m.met),
    ]);
  if (results.rounds?.sampleMs) rows.push(...roundsRows(results.rounds));
  const sy = results.sync;
  if (sy?.syncMs) {
    const n = (v) => v.toLocaleString('en-GB');
    rows.push([
      `Team sync: ${sy.auditors} auditors × ${n(sy.recordsPerAuditor)} records through one CouchDB-protocol server until every device holds all ${n(sy.records)} (ms; records written per second)`,
      `${n(sy.syncMs)}; ${n(sy.recordsPerSecond)}/s; checksums ${sy.converged ? 'equal' : 'differ'}`,
      `the same documents through the protocol alone ${n(sy.floorMs)} (\`_bulk_docs\` ${n(sy.floorPushMs)} + every device reading all ${n(sy.floorPullMs)})`,
      `${x(sy.ratioToFloor, 1)} floor`,
      'converge (reported)',
      yes(sy.converged),
    ]);
  }
  const sg = results.suggestions;
  if (sg?.ms)
    rows.push([
      `Suggested findings over ${sg.audits.toLocaleString('en-GB')} audits and ${sg.observations.toLocaleString('en-GB')} observations (ms)`,
      fmt(sg.ms, 1),
      `one plain pass counting factor × section ${fmt(sg.floorMs, 2)}`,
      x(sg.ratioToFloor, 1),
      `< ${sg.targetMs} ms`,
      yes(sg.met),
    ]);
  const d = results.dashboard;
  if (d) {
    const n = d.observations.toLocaleString('en-GB');
    rows.push([
      `Dashboard at ${n} observations: first render (count and first rows, ms)`,
      fmt(d.firstRenderMs, 0) + (d.allReadMs ? `; all in memory ${fmt(d.allReadMs, 0)}` : ''),
      `raw IndexedDB getAll of all ${fmt(d.rawReadMs, 0)}`,
      `${d.renderToRawRatio}× raw read`,
      '< 300 ms',
      yes(d.firstRenderMs.median < 300),
    ]);
    rows.push([
      `Dashboard at ${n} observations: search and kind filter (ms)`,
      `search ${fmt(d.searchMs, 0)}; kind filter ${fmt(d.kindFilterMs, 0)}`,
      '',
      '',
      '< 100 ms',
      yes(d.searchMs.median < 100 && d.kindFilterMs.median < 100),
    ]);
  }
  const head = ['benchmark', 'Margin', 'baseline / peers', 'ratio', 'target', 'met'];
  const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Writes results.json and replaces the table between the markers of README.md. */
export async function writeResults({ results, jsonPath, readmePath }) {
  await writeFile(jsonPath, await pretty(JSON.stringify(results), jsonPath));
  const readme = await readFile(readmePath, 'utf8');
  const at = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (at < 0 || end < at) throw new Error(`${readmePath} has no ${START} … ${END} block`);
  const partial = (results.partialRuns ?? [])
    .map((run) => ` ${run.benches.join(' and ')} re-run alone on ${run.at} (${run.note}).`)
    .join('');
  const meta = `Run of ${results.finishedAt} on ${results.machine}, ${results.totalSeconds} s in all.${partial} Figures: median (min–max) over the repeats; anchoring counts are correct / correctly orphaned / missed / wrong.`;
  const block = `${START}\n\n${meta}\n\n${resultsTable(results)}\n\n${END}`;
  const next = readme.slice(0, at) + block + readme.slice(end + END.length);
  await writeFile(readmePath, await pretty(next, readmePath));
}
