/**
 * Passive friction signals folded into per-field, per-day counters. Bound: one row per field of a
 * screen per day, at most MAX_FIELDS_PER_SCREEN_DAY fields per screen per day (further fields fold
 * into "(other fields)"), plus one "(page)" row, per device that counted; so storage grows with days ×
 * screens × fields × devices, never with the number of events. Each capture batch is applied once (its
 * id is remembered for a week).
 */
import type { AppDB } from './db';
import type { CounterRow, FrictionBatchInput } from '../model/friction';

export const MAX_FIELDS_PER_SCREEN_DAY = 500;
export const PAGE_ROW = '(page)';
export const OTHER_FIELDS = '(other fields)';
const BATCH_MEMORY_MS = 7 * 24 * 3600 * 1000;

export interface BatchScreen {
  origin: string;
  /** The adapter's form name, else the path. */
  screen: string;
}

type Counts = Record<string, number>;

function addCounts(target: Counts, source: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'number' && value > 0) target[name] = (target[name] ?? 0) + value;
  }
}

/**
 * A counter row's key: the device (when known), the day, the screen, the form and the field. One
 * device's row of a field and day is one row, however often it is imported.
 */
export function counterKey(row: { device?: string; screenDay: string; form: string; field: string }): string {
  return `${row.device === undefined ? '' : `${row.device}#`}${row.screenDay}|${row.form}|${row.field}`;
}

/**
 * Applies a capture batch counted on `device` once; resolves false (writing nothing) for a batch
 * already applied.
 */
export async function applyBatch(
  db: AppDB,
  batch: FrictionBatchInput,
  where: BatchScreen,
  device: string,
  now = new Date(),
): Promise<boolean> {
  const day = batch.at.slice(0, 10);
  const screenRef = `${where.origin}|${where.screen}`;
  const screenDay = `${day}|${screenRef}`;
  return db.transaction('rw', db.frictionCounters, db.appliedBatches, async () => {
    if (await db.appliedBatches.get(batch.id)) return false;
    const stored = await db.frictionCounters.where('screenDay').equals(screenDay).toArray();
    const existing = new Map(stored.filter((row) => row.device === device).map((row) => [row.key, row]));
    let fieldRows = [...existing.values()].filter((row) => row.field !== PAGE_ROW).length;
    const base = { device, day, origin: where.origin, screen: where.screen, screenRef, screenDay };
    const touched = new Map<string, CounterRow>();
    const rowFor = (form: string, field: string, identity: Partial<CounterRow>): CounterRow => {
      let key = counterKey({ device, screenDay, form, field });
      if (
        field !== PAGE_ROW &&
        !existing.has(key) &&
        !touched.has(key) &&
        fieldRows >= MAX_FIELDS_PER_SCREEN_DAY
      ) {
        key = counterKey({ device, screenDay, form, field: OTHER_FIELDS });
        field = OTHER_FIELDS;
        identity = {};
      }
      const row = touched.get(key) ??
        existing.get(key) ?? { ...base, key, form, field, ...identity, counts: {} };
      if (!existing.has(key) && !touched.has(key) && field !== PAGE_ROW) fieldRows++;
      touched.set(key, row);
      return row;
    };
    for (const { form, field, tag, inputType, name, id, label, css, ...counts } of batch.fields) {
      const identity = Object.fromEntries(
        Object.entries({ tag, inputType, name, id, label, css }).filter(([, v]) => v !== undefined),
      );
      addCounts(rowFor(form, field, identity).counts, counts);
    }
    if (Object.values(batch.page).some((value) => value > 0))
      addCounts(rowFor('', PAGE_ROW, {}).counts, batch.page);
    await db.frictionCounters.bulkPut([...touched.values()]);
    await db.appliedBatches.put({ id: batch.id, at: now.toISOString() });
    await db.appliedBatches
      .where('at')
      .below(new Date(now.getTime() - BATCH_MEMORY_MS).toISOString())
      .delete();
    return true;
  });
}

/**
 * Gives rows stored before devices were recorded to this device (they were counted here, plus any
 * imported counts already added to them), under their device keys. Run once the device id is known;
 * does nothing when there are none. One transaction.
 */
export async function adoptUnattributedCounters(db: AppDB, device: string): Promise<number> {
  return db.transaction('rw', db.frictionCounters, async () => {
    const rows = (await db.frictionCounters.toArray()).filter((row) => row.device === undefined);
    if (rows.length === 0) return 0;
    const adopted = rows.map((row) => ({ ...row, device, key: counterKey({ ...row, device }) }));
    await db.frictionCounters.bulkDelete(rows.map((row) => row.key));
    await db.frictionCounters.bulkPut(adopted);
    return rows.length;
  });
}

export interface FieldSummary {
  form: string;
  field: string;
  label?: string;
  css?: string;
  tag?: string;
  name?: string;
  id?: string;
  counts: Counts;
  /** One number to rank fields by: validation errors, returns, corrections, rage and dead clicks, abandonments. */
  score: number;
}

const SCORE_WEIGHTS: Counts = {
  invalid: 3,
  abandoned: 3,
  rageClicks: 3,
  deadClicks: 2,
  returns: 2,
  corrections: 0.2,
  pastes: 1,
};

export function frictionScore(counts: Counts): number {
  return Object.entries(SCORE_WEIGHTS).reduce((sum, [name, weight]) => sum + (counts[name] ?? 0) * weight, 0);
}

/** One screen's counters summed over all days: fields ranked by signal, and the page counters. */
export async function screenSignals(
  db: AppDB,
  where: BatchScreen,
): Promise<{ fields: FieldSummary[]; page: Counts; days: number }> {
  const rows = await db.frictionCounters
    .where('screenRef')
    .equals(`${where.origin}|${where.screen}`)
    .toArray();
  const fields = new Map<string, FieldSummary>();
  const page: Counts = {};
  for (const row of rows) {
    if (row.field === PAGE_ROW) {
      addCounts(page, row.counts);
      continue;
    }
    const key = `${row.form}|${row.field}`;
    const identity = { label: row.label, css: row.css, tag: row.tag, name: row.name, id: row.id };
    const summary = fields.get(key) ?? {
      form: row.form,
      field: row.field,
      ...identity,
      counts: {},
      score: 0,
    };
    addCounts(summary.counts, row.counts);
    fields.set(key, summary);
  }
  const ranked = [...fields.values()].map((summary) => ({
    ...summary,
    score: frictionScore(summary.counts),
  }));
  ranked.sort((a, b) => b.score - a.score || (a.label ?? a.field).localeCompare(b.label ?? b.field));
  return { fields: ranked, page, days: new Set(rows.map((row) => row.day)).size };
}
