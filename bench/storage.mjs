// Storage: Margin's data layer (Dexie AppDB with Zod-validated writes, and the friction counter fold)
// against raw IndexedDB doing the same writes in the same browser, in a loopback page of a persistent
// profile. Writes alternate Margin/raw per repeat, each into a fresh database; queries and aggregates
// are then timed on the full-size databases. The in-page code is lib/storage-page.mjs, bundled here.
import { fileURLToPath } from 'node:url';
import { bundleIife } from './lib/bundle.mjs';
import { launchProfile } from './lib/browser.mjs';
import { serveBlank } from './lib/blank-page.mjs';
import { fmt, pairedRatios, rounded, summarize } from './lib/stats.mjs';

export const TARGET_THROUGHPUT_RATIO = 0.8;
/** Issue #19: createObservation one by one against Dexie's own add (Margin's work per save nearly free). */
export const TARGET_TO_DEXIE_RATIO = 0.95;
const ENTRY = fileURLToPath(new URL('./lib/storage-page.mjs', import.meta.url));

const bundle = () => bundleIife(ENTRY);

/**
 * Full-size runs (100,000 observations in bulk, 1,000,000 friction events) take `bigRepeats`; the
 * one-by-one observation writes, `repeats`.
 * @param {{ log: Function, observations?: number, perRecord?: number, batches?: number, repeats?: number, bigRepeats?: number }} options
 */
export async function runStorage({
  log,
  observations = 100_000,
  perRecord = 2_000,
  batches = 1_000,
  fieldsPerBatch = 50,
  eventsPerField = 10,
  repeats = 3,
  bigRepeats = 2,
}) {
  const code = await bundle();
  const server = await serveBlank('Margin storage bench');
  const browser = await launchProfile();
  const out = { repeats, bigRepeats, observations: {}, friction: {}, queries: {} };
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: code });
    const call = (fn, arg) => page.evaluate(([f, a]) => window.MarginStorageBench[f](a), [fn, arg]);
    let db = 0;
    const fresh = (tag) => `bench-${tag}-${db++}`;

    /** Alternates two writers over `repeats`, deleting each database unless it is the last of its kind. */
    const alternate = async (label, writers, keepLast, times = repeats) => {
      const ms = Object.fromEntries(Object.keys(writers).map((k) => [k, []]));
      const kept = {};
      for (let r = 0; r < times; r++) {
        const order = Object.keys(writers);
        if (r % 2) order.reverse();
        for (const key of order) {
          const name = fresh(key);
          const result = await writers[key](name);
          ms[key].push(typeof result === 'number' ? result : result.ms);
          if (keepLast && r === times - 1) kept[key] = { name, result };
          else await call('deleteDb', name);
        }
        log(
          `storage ${label} repeat ${r + 1}/${times}: ${Object.keys(ms)
            .map((k) => `${k} ${ms[k][r].toFixed(0)} ms`)
            .join(', ')}`,
        );
      }
      return { ms, kept };
    };

    // 1. Observations one at a time, each in its own transaction (what the background does per message).
    // Dexie's own Table.add (a plain Dexie database, no Zod, no counts kept on write) is the peer of
    // issue #19: Margin's own work per save should be nearly free against it.
    const each = await alternate('observations one by one', {
      'margin-each': (name) => call('writeObservations', { name, mode: 'margin-each', n: perRecord }),
      'dexie-each': (name) => call('writeObservations', { name, mode: 'dexie-each', n: perRecord }),
      'dexie-counts-each': (name) =>
        call('writeObservations', { name, mode: 'dexie-counts-each', n: perRecord }),
      'raw-each': (name) => call('writeObservations', { name, mode: 'raw-each', n: perRecord }),
    });
    // 2. Observations in bulk, 1,000 per transaction (Margin: Zod-parse every record, then bulkAdd).
    const bulk = await alternate(
      'observations in bulk',
      {
        'margin-bulk': (name) => call('writeObservations', { name, mode: 'margin-bulk', n: observations }),
        'raw-bulk': (name) => call('writeObservations', { name, mode: 'raw-bulk', n: observations }),
      },
      true,
      bigRepeats,
    );
    const zodMs = await call('parseOnly', { n: 20_000 });
    const throughput = (n, list) => summarize(list.map((ms) => (n / ms) * 1000));
    const ratio = (a, b) => summarize(pairedRatios(b, a)); // time raw / time Margin = throughput ratio
    out.observations = {
      perRecord: {
        n: perRecord,
        marginPerSec: rounded(throughput(perRecord, each.ms['margin-each']), 0),
        rawPerSec: rounded(throughput(perRecord, each.ms['raw-each']), 0),
        ratio: rounded(ratio(each.ms['margin-each'], each.ms['raw-each'])),
        dexieNoParsePerSec: rounded(throughput(perRecord, each.ms['dexie-each']), 0),
        dexieNoParseRatio: rounded(ratio(each.ms['dexie-each'], each.ms['raw-each'])),
        toDexieRatio: rounded(ratio(each.ms['margin-each'], each.ms['dexie-each'])),
        dexieCountsPerSec: rounded(throughput(perRecord, each.ms['dexie-counts-each']), 0),
        toDexieCountsRatio: rounded(ratio(each.ms['margin-each'], each.ms['dexie-counts-each'])),
      },
      bulk: {
        n: observations,
        marginPerSec: rounded(throughput(observations, bulk.ms['margin-bulk']), 0),
        rawPerSec: rounded(throughput(observations, bulk.ms['raw-bulk']), 0),
        ratio: rounded(ratio(bulk.ms['margin-bulk'], bulk.ms['raw-bulk'])),
        zodParseUsPerRecord: rounded({ v: (zodMs / 20_000) * 1000 }).v,
      },
    };
    for (const [label, o] of Object.entries(out.observations))
      log(
        `storage observations ${label} (${o.n}): Margin ${fmt(o.marginPerSec, 0)}/s, raw ${fmt(o.rawPerSec, 0)}/s, ` +
          `ratio ${fmt(o.ratio, 3)}${o.zodParseUsPerRecord ? `; of which Zod parsing alone ${o.zodParseUsPerRecord} µs/record` : ''}` +
          (o.dexieNoParsePerSec
            ? `; Dexie add without Zod ${fmt(o.dexieNoParsePerSec, 0)}/s, ratio ${fmt(o.dexieNoParseRatio, 3)}`
            : ''),
      );

    // 3. Queries and aggregates on the full-size databases.
    const qMargin = await call('queryObservations', { name: bulk.kept['margin-bulk'].name, raw: false });
    const qRaw = await call('queryObservations', { name: bulk.kept['raw-bulk'].name, raw: true });
    out.queries.observations = { sizes: qMargin.sizes };
    for (const key of Object.keys(qMargin.times)) {
      out.queries.observations[key] = {
        marginMs: rounded(summarize(qMargin.times[key])),
        rawMs: rounded(summarize(qRaw.times[key])),
      };
      log(
        `storage query ${key} at ${qMargin.sizes.total} observations (${qMargin.sizes[key] ?? qMargin.sizes.total} rows): ` +
          `Margin ${fmt(out.queries.observations[key].marginMs)} ms, raw ${fmt(out.queries.observations[key].rawMs)} ms`,
      );
    }
    for (const { name } of Object.values(bulk.kept)) await call('deleteDb', name);

    // 4. Friction: batches of per-field counters, one batch at a time.
    const shape = { batches, fields: fieldsPerBatch, eventsPerField, screens: 10, days: 20 };
    const events = batches * fieldsPerBatch * eventsPerField;
    const friction = await alternate(
      `friction (${events} events)`,
      {
        'margin-applyBatch': (name) => call('writeFriction', { name, raw: false, ...shape }),
        'raw-counters': (name) => call('writeFriction', { name, raw: true, ...shape }),
      },
      true,
      bigRepeats,
    );
    const fm = friction.ms['margin-applyBatch'];
    const fr = friction.ms['raw-counters'];
    out.friction = {
      ...shape,
      events,
      rows: friction.kept['margin-applyBatch'].result.rows,
      rawRows: friction.kept['raw-counters'].result.rows,
      marginEventsPerSec: rounded(throughput(events, fm), 0),
      rawEventsPerSec: rounded(throughput(events, fr), 0),
      marginBatchesPerSec: rounded(throughput(batches, fm), 1),
      ratio: rounded(ratio(fm, fr)),
    };
    log(
      `storage friction ${events} events in ${batches} batches → ${out.friction.rows} rows: Margin ${fmt(out.friction.marginEventsPerSec, 0)} events/s, ` +
        `raw ${fmt(out.friction.rawEventsPerSec, 0)} events/s, ratio ${fmt(out.friction.ratio, 3)}`,
    );
    const sm = await call('queryFriction', { name: friction.kept['margin-applyBatch'].name, raw: false });
    const sr = await call('queryFriction', { name: friction.kept['raw-counters'].name, raw: true });
    out.queries.screenSignals = {
      rows: sm.rowsRead,
      marginMs: rounded(summarize(sm.times)),
      rawMs: rounded(summarize(sr.times)),
    };
    log(
      `storage query screenSignals (${sm.rowsRead} rows of one screen): Margin ${fmt(out.queries.screenSignals.marginMs)} ms, raw ${fmt(out.queries.screenSignals.rawMs)} ms`,
    );
    for (const { name } of Object.values(friction.kept)) await call('deleteDb', name);
  } finally {
    out.egress = browser.egress;
    await browser.close();
    server.close();
  }
  out.targets = {
    observationsPerRecord: out.observations.perRecord.ratio.median >= TARGET_THROUGHPUT_RATIO,
    observationsPerRecordToDexie: out.observations.perRecord.toDexieRatio.median >= TARGET_TO_DEXIE_RATIO,
    observationsBulk: out.observations.bulk.ratio.median >= TARGET_THROUGHPUT_RATIO,
    friction: out.friction.ratio.median >= TARGET_THROUGHPUT_RATIO,
  };
  out.met = out.targets.observationsBulk && out.targets.friction;
  return out;
}
