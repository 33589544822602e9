// In-page half of the storage benchmark, bundled by esbuild into `window.MarginStorageBench` and run in
// a loopback page of a persistent Chromium profile (IndexedDB on disk). Margin's data layer (AppDB,
// createObservation, applyBatch, the queries) against raw IndexedDB doing the same writes and reads
// with the same stores and indexes. Inputs are generated before each timed section.
import { Dexie } from 'dexie';
import { AppDB } from '../../lib/storage/db.ts';
import {
  createObservation,
  observationsForAudit,
  observationsForPage,
} from '../../lib/storage/observations.ts';
import { applyBatch, screenSignals } from '../../lib/storage/friction-counters.ts';
import { ObservationSchema } from '../../lib/model/observation.ts';
import { pageKey } from '../../lib/model/page-context.ts';
import { AUDIT_IDS, ORIGIN, observationInput, observationRecord } from './observation-gen.mjs';

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
const committed = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

/** A raw IndexedDB database with the same stores and indexes as AppDB's observations and counters. */
async function openRaw(name) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const obs = db.createObjectStore('observations', { keyPath: 'id' });
    for (const index of ['pageKey', 'auditId', 'createdAt']) obs.createIndex(index, index);
    const counters = db.createObjectStore('frictionCounters', { keyPath: 'key' });
    for (const index of ['screenRef', 'screenDay', 'day']) counters.createIndex(index, index);
    db.createObjectStore('appliedBatches', { keyPath: 'id' }).createIndex('at', 'at');
  };
  return done(open);
}

async function deleteDb(name) {
  await done(indexedDB.deleteDatabase(name));
}

const elapsed = async (fn) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

/** Writes `n` observations; `mode`: margin-each | dexie-each | dexie-counts-each | margin-bulk | margin-bulk-noparse | raw-each | raw-bulk. */
async function writeObservations({ name, mode, n, chunk = 1000 }) {
  const inputs = Array.from({ length: n }, (_, i) => observationInput(i));
  const at = new Date().toISOString();
  if (mode.startsWith('raw')) {
    const db = await openRaw(name);
    const ms = await elapsed(async () => {
      const step = mode === 'raw-each' ? 1 : chunk;
      for (let i = 0; i < n; i += step) {
        const tx = db.transaction('observations', 'readwrite');
        const store = tx.objectStore('observations');
        for (const input of inputs.slice(i, i + step)) store.add(observationRecord(input, at));
        await committed(tx);
      }
    });
    db.close();
    return ms;
  }
  if (mode === 'dexie-each') {
    // Dexie's own Table.add with the same store and indexes, without Margin's Zod parse, counts kept on
    // write or anything else Margin adds: what Dexie alone costs per transaction (issue #19's peer).
    const plain = new Dexie(name);
    plain.version(1).stores({ observations: 'id, pageKey, auditId, createdAt' });
    await plain.open();
    const ms = await elapsed(async () => {
      for (const input of inputs) await plain.observations.add(observationRecord(input, at));
    });
    plain.close();
    return ms;
  }
  if (mode === 'dexie-counts-each') {
    // The same add, plus a row of counts beside it in the same transaction (what keeping counts on write
    // atomically needs at the least): the floor of any save that keeps the dashboard's counts in step.
    const plain = new Dexie(name);
    plain.version(1).stores({ observations: 'id, pageKey, auditId, createdAt', summaryDeltas: '++id' });
    await plain.open();
    const ms = await elapsed(async () => {
      for (const input of inputs) {
        const record = observationRecord(input, at);
        await plain.transaction('rw', plain.observations, plain.summaryDeltas, () => {
          void plain.observations.add(record);
          void plain.summaryDeltas.add({ total: 1, cells: { [record.kind]: 1 } });
        });
      }
    });
    plain.close();
    return ms;
  }
  const db = new AppDB(name);
  await db.open();
  let ms;
  if (mode === 'margin-each') {
    ms = await elapsed(async () => {
      for (const input of inputs) await createObservation(db, input);
    });
  } else {
    const parse = mode === 'margin-bulk';
    ms = await elapsed(async () => {
      for (let i = 0; i < n; i += chunk) {
        const records = inputs.slice(i, i + chunk).map((input) => observationRecord(input, at));
        await db.observations.bulkAdd(
          parse ? records.map((record) => ObservationSchema.parse(record)) : records,
        );
      }
    });
  }
  db.close();
  return ms;
}

/** Time (ms) to Zod-parse `n` observation records with no storage at all: the validation share. */
function parseOnly({ n }) {
  const at = new Date().toISOString();
  const records = Array.from({ length: n }, (_, i) => observationRecord(observationInput(i), at));
  const started = performance.now();
  for (const record of records) ObservationSchema.parse(record);
  return performance.now() - started;
}

/** Query and aggregate times (ms, each run `runs` times) on a database written by writeObservations. */
async function queryObservations({ name, raw, runs = 5 }) {
  const key = pageKey(observationInput(7).target.page);
  const auditId = AUDIT_IDS[7];
  const times = { byScreen: [], byAudit: [], countByKind: [] };
  let sizes = {};
  if (raw) {
    const db = await openRaw(name);
    const index = (store, ix, value) =>
      done(db.transaction(store).objectStore(store).index(ix).getAll(value)).then((rows) =>
        rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      );
    for (let r = 0; r < runs; r++) {
      let rows;
      times.byScreen.push(await elapsed(async () => (rows = await index('observations', 'pageKey', key))));
      sizes.byScreen = rows.length;
      times.byAudit.push(await elapsed(async () => (rows = await index('observations', 'auditId', auditId))));
      sizes.byAudit = rows.length;
      times.countByKind.push(
        await elapsed(async () => {
          const all = await done(db.transaction('observations').objectStore('observations').getAll());
          const counts = {};
          for (const row of all) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
          sizes.total = all.length;
        }),
      );
    }
    db.close();
  } else {
    const db = new AppDB(name);
    await db.open();
    for (let r = 0; r < runs; r++) {
      let rows;
      times.byScreen.push(await elapsed(async () => (rows = await observationsForPage(db, key))));
      sizes.byScreen = rows.length;
      times.byAudit.push(await elapsed(async () => (rows = await observationsForAudit(db, auditId))));
      sizes.byAudit = rows.length;
      times.countByKind.push(
        await elapsed(async () => {
          const all = await db.observations.toArray();
          const counts = {};
          for (const row of all) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
          sizes.total = all.length;
        }),
      );
    }
    db.close();
  }
  return { times, sizes };
}

const FIELD_COUNT = 60;
const COUNTER_NAMES = [
  'focus',
  'returns',
  'corrections',
  'pastes',
  'invalid',
  'abandoned',
  'rageClicks',
  'deadClicks',
];

/**
 * Capture batches as the in-page script sends them: `batches` batches, each `fields` fields of one
 * screen with `eventsPerField` events folded into counters, spread over `screens` screens and `days` days.
 */
function frictionBatches({ batches, fields, eventsPerField, screens, days }) {
  return Array.from({ length: batches }, (_, b) => {
    const screen = `Screen ${b % screens}`;
    const day = new Date(Date.UTC(2025, 9, 1 + (Math.floor(b / screens) % days), 10));
    const offset = b % (FIELD_COUNT - fields + 1);
    return {
      where: { origin: ORIGIN, screen },
      batch: {
        id: crypto.randomUUID(),
        at: day.toISOString(),
        fields: Array.from({ length: fields }, (_, f) => {
          const k = offset + f;
          const counts = Object.fromEntries(COUNTER_NAMES.map((c) => [c, 0]));
          // eventsPerField events: focus visits, corrections, the odd paste or invalid.
          counts.focus = 2;
          counts.corrections = eventsPerField - 4;
          counts.pastes = 1;
          counts.invalid = 1;
          return {
            form: 'main',
            field: `field-${k}`,
            tag: 'input',
            name: `f${k}`,
            label: `Field ${k}`,
            dwellMs: 1200,
            ...counts,
          };
        }),
        page: { errorSummaries: 0, timeoutWarnings: 0, unsavedExits: 0, submits: 0 },
      },
    };
  });
}

/** The same fold as applyBatch, written against raw IndexedDB: one transaction per batch, get + put per field. */
async function rawApplyBatch(db, { batch, where }) {
  const day = batch.at.slice(0, 10);
  const screenRef = `${where.origin}|${where.screen}`;
  const screenDay = `${day}|${screenRef}`;
  const tx = db.transaction(['frictionCounters', 'appliedBatches'], 'readwrite');
  const counters = tx.objectStore('frictionCounters');
  const applied = tx.objectStore('appliedBatches');
  if (await done(applied.get(batch.id))) return committed(tx);
  const gets = batch.fields.map(({ form, field }) => done(counters.get(`${screenDay}|${form}|${field}`)));
  const rows = await Promise.all(gets);
  batch.fields.forEach(({ form, field, tag, name, label, dwellMs: _dwell, ...counts }, i) => {
    const key = `${screenDay}|${form}|${field}`;
    const row = rows[i] ?? {
      key,
      day,
      origin: where.origin,
      screen: where.screen,
      screenRef,
      screenDay,
      form,
      field,
      tag,
      name,
      label,
      counts: {},
    };
    for (const [c, v] of Object.entries(counts)) if (v > 0) row.counts[c] = (row.counts[c] ?? 0) + v;
    counters.put(row);
  });
  applied.put({ id: batch.id, at: new Date().toISOString() });
  return committed(tx);
}

/** Applies the batches through Margin's applyBatch or raw IndexedDB, one batch at a time as the background does. */
async function writeFriction({ name, raw, ...shape }) {
  const batches = frictionBatches(shape);
  if (raw) {
    const db = await openRaw(name);
    const ms = await elapsed(async () => {
      for (const item of batches) await rawApplyBatch(db, item);
    });
    const rows = await done(db.transaction('frictionCounters').objectStore('frictionCounters').count());
    db.close();
    return { ms, rows };
  }
  const db = new AppDB(name);
  await db.open();
  const ms = await elapsed(async () => {
    for (const { batch, where } of batches)
      await applyBatch(db, batch, where, 'device-bench', new Date(batch.at));
  });
  const rows = await db.frictionCounters.count();
  db.close();
  return { ms, rows };
}

/** screenSignals (one screen over all days) vs the same index read and fold on raw IndexedDB. */
async function queryFriction({ name, raw, runs = 5 }) {
  const where = { origin: ORIGIN, screen: 'Screen 3' };
  const times = [];
  let rowsRead = 0;
  if (raw) {
    const db = await openRaw(name);
    for (let r = 0; r < runs; r++) {
      times.push(
        await elapsed(async () => {
          const rows = await done(
            db
              .transaction('frictionCounters')
              .objectStore('frictionCounters')
              .index('screenRef')
              .getAll(`${where.origin}|${where.screen}`),
          );
          const fields = new Map();
          for (const row of rows) {
            const sum = fields.get(row.field) ?? {};
            for (const [c, v] of Object.entries(row.counts)) sum[c] = (sum[c] ?? 0) + v;
            fields.set(row.field, sum);
          }
          rowsRead = rows.length;
        }),
      );
    }
    db.close();
  } else {
    const db = new AppDB(name);
    await db.open();
    for (let r = 0; r < runs; r++) times.push(await elapsed(() => screenSignals(db, where)));
    rowsRead = await db.frictionCounters.where('screenRef').equals(`${where.origin}|${where.screen}`).count();
    db.close();
  }
  return { times, rowsRead };
}

window.MarginStorageBench = {
  writeObservations,
  parseOnly,
  queryObservations,
  writeFriction,
  queryFriction,
  deleteDb,
};
