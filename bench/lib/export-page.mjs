// In-page half of the export benchmark, bundled by esbuild into `window.MarginExportBench` and run in a
// loopback page: a real AppDB holding schema-valid observations (and the audits they belong to), then
// the dashboard's own calls: `exportFile` for each format (database → Blob), and for import
// `parseImportFile` + `previewImport` + `importParsed` into a fresh database, as ImportPanel does.
// Peers: JSON.stringify / JSON.parse of the same objects / text. Memory is sampled from outside (CDP).
// Observations are made by observation-gen.mjs, shared with the storage benchmark.
import { BUILTIN_TEMPLATES } from '../../lib/audit/builtin-templates.ts';
import { exportFile } from '../../lib/export/export-file.ts';
import { dateRange } from '../../lib/export/filters.ts';
import { importParsed } from '../../lib/export/import/import-many.ts';
import { parseImportFile } from '../../lib/export/import/parse-file.ts';
import { previewImport } from '../../lib/export/import/preview.ts';
import { AuditSchema } from '../../lib/model/audit.ts';
import { ObservationSchema } from '../../lib/model/observation.ts';
import { AppDB } from '../../lib/storage/db.ts';
import { AUDIT_IDS, observationInput, observationRecord } from './observation-gen.mjs';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 0, 1);
const TEMPLATE = BUILTIN_TEMPLATES[0];
/** Large enough for the biggest file here; the dashboard refuses files over 50 MB (see README). */
const MAX_BYTES = 1024 * 1024 * 1024;

const elapsed = async (fn) => {
  const started = performance.now();
  const value = await fn();
  return [performance.now() - started, value];
};

/**
 * Writes `n` observations (createdAt spread evenly over `days` days from 2026-01-01, so a date filter
 * picks a share of them) and the audits they belong to, straight into AppDB `name` in chunks.
 */
async function seed({ name, n, days }) {
  const db = new AppDB(name);
  await db.open();
  const at = new Date(FIRST_DAY).toISOString();
  const audits = AUDIT_IDS.map((id, i) =>
    AuditSchema.parse({
      id,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      caseRef: { personId: `P${100000 + i}` },
      auditor: 'Auditor',
      status: 'in-progress',
      sections: { [TEMPLATE.sections[0].id]: { grade: 'good', complete: true } },
      startedAt: at,
      updatedAt: at,
    }),
  );
  await db.audits.bulkAdd(audits);
  const [ms] = await elapsed(async () => {
    for (let start = 0; start < n; start += 5000) {
      const records = [];
      for (let i = start; i < Math.min(n, start + 5000); i++) {
        const day = Math.floor((i * days) / n);
        const created = new Date(FIRST_DAY + day * DAY_MS + (i % 1000) * 1000).toISOString();
        records.push(observationRecord(observationInput(i), created));
      }
      // Every record is schema-valid; check a few so a generator change cannot make that silently false.
      ObservationSchema.parse(records[0]);
      await db.observations.bulkAdd(records);
    }
  });
  db.close();
  return { ms };
}

const request = (format, dateTo) => ({
  format,
  filters: dateTo ? { dateTo } : {},
  options: { redactQuotes: false, pseudonymise: false },
  exportedBy: 'Bench Auditor',
  generatorVersion: '0.0.0-bench',
});

let lastJson = null;

/** `exportFile` as the dashboard's Export button calls it; with `keep`, keeps the Blob for import. */
async function exportRun({ name, format, dateTo, keep = false }) {
  const db = new AppDB(name);
  await db.open();
  const [ms, result] = await elapsed(() => exportFile(db, request(format, dateTo)));
  db.close();
  if (keep) lastJson = result.blob;
  return { ms, bytes: result.blob.size, records: result.counts.observations };
}

let objects = null;

/**
 * Reads the observations an export with `dateTo` holds (no other filter: every observation created up
 * to the end of that day, oldest first), kept in memory for `stringifyRun`.
 */
async function readObjects({ name, dateTo }) {
  const db = new AppDB(name);
  await db.open();
  const [from, to] = dateRange(dateTo ? { dateTo } : {});
  const [ms, observations] = await elapsed(() =>
    db.observations.where('createdAt').between(from, to, true, true).toArray(),
  );
  db.close();
  objects = observations;
  return { ms, records: objects.length };
}

let kept = null;

/**
 * JSON.stringify of the objects `readObjects` kept (already in memory). The result stays referenced
 * until `release()`, so the heap sampler sees it even when stringifying takes less than a sample.
 */
function stringifyRun() {
  const started = performance.now();
  kept = JSON.stringify(objects);
  return { ms: performance.now() - started, chars: kept.length, records: objects.length };
}

/** Lets go of what the last peer run produced (and of the objects read for it). */
function release() {
  kept = null;
  objects = null;
}

const request$ = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The floor of an export: raw IndexedDB `getAll` of the same records (through the `createdAt` index, the
 * same range), `JSON.stringify`, and the Blob. The Blob stays referenced until `release()`.
 */
async function floorRun({ name, dateTo }) {
  const [from, to] = dateRange(dateTo ? { dateTo } : {});
  const started = performance.now();
  const db = await request$(indexedDB.open(name));
  const rows = await request$(
    db
      .transaction('observations')
      .objectStore('observations')
      .index('createdAt')
      .getAll(IDBKeyRange.bound(from, to)),
  );
  kept = new Blob([JSON.stringify(rows)], { type: 'application/json' });
  const ms = performance.now() - started;
  db.close();
  return { ms, bytes: kept.size, records: rows.length };
}

/**
 * The floor of an import: `JSON.parse` of the file's text, then a raw IndexedDB bulk write of the same
 * records (every record array of the file, into a fresh database with Margin's stores and indexes) in
 * one transaction.
 */
async function importFloorRun({ name }) {
  const schema = new AppDB(name);
  await schema.open();
  schema.close();
  const started = performance.now();
  const file = JSON.parse(text);
  const db = await request$(indexedDB.open(name));
  const stores = ['observations', 'audits'].filter((store) => Array.isArray(file[store]));
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) {
    const target = tx.objectStore(store);
    for (const record of file[store]) target.put(record);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  const stored = await request$(db.transaction('observations').objectStore('observations').count());
  db.close();
  await deleteDb(name);
  return { ms, stored };
}

let text = null;

/** Reads the kept Margin JSON export's text (what `file.text()` gives the dashboard), untimed. */
async function loadText() {
  text = await lastJson.text();
  lastJson = null;
  return { chars: text.length };
}

/**
 * The dashboard's import of the file into a fresh database `name`: parse, preview, then `importParsed`
 * of the previewed bundle (ImportPanel applies what it parsed and previewed, not the text again).
 */
async function importRun({ name }) {
  const db = new AppDB(name);
  await db.open();
  const fileName = 'bench.margin.json';
  const stages = {};
  const [ms, outcome] = await elapsed(async () => {
    const [parseMs, parsed] = await elapsed(() => parseImportFile(text, fileName, MAX_BYTES));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const [previewMs, preview] = await elapsed(() => previewImport(db, parsed.bundle));
    const [applyMs, [result]] = await elapsed(() =>
      importParsed(db, [{ fileName, bundle: parsed.bundle, fileHash: preview.fileHash }], new Date()),
    );
    Object.assign(stages, { parseMs, previewMs, applyMs });
    return { preview, result };
  });
  if (!outcome.result.ok) throw new Error(outcome.result.errors.join('\n'));
  const stored = await db.observations.count();
  db.close();
  await deleteDb(name);
  return { ms, stages, stored, newInPreview: outcome.preview.tables.observations.new.length };
}

/** JSON.parse of the same text (the peer of importRun); the value stays referenced until `release()`. */
function parseRun() {
  const started = performance.now();
  kept = JSON.parse(text);
  return { ms: performance.now() - started, records: kept.observations.length };
}

function dropText() {
  text = null;
}

async function deleteDb(name) {
  await new AppDB(name).delete();
}

window.MarginExportBench = {
  seed,
  exportRun,
  floorRun,
  importFloorRun,
  readObjects,
  stringifyRun,
  loadText,
  importRun,
  parseRun,
  release,
  dropText,
  deleteDb,
};
