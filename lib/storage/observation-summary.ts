/**
 * Counts of observations kept on write, so the dashboard's first paint (the total and its charts) reads
 * a few small rows instead of every observation. `summaries` (AppDB version 10) holds one row per cell:
 * the total, and observations by kind, by kind and contributory factor, and by audit, template section
 * and grade. `summaryMiddleware` adds what each write to `observations` changes (creates, edits,
 * imports, merges, deletes, retention purges) as one row of `summaryDeltas`, inside the write's own
 * transaction and issued beside it, so a single save waits for no read of the counts; readers add the
 * deltas to the cells, and the dashboard folds them in when it opens (`compactSummary`). So the counts
 * always equal a recount (`recountSummary`). Without the total's row, they are rebuilt from the records.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware, Table, Transaction } from 'dexie';
import type { Observation } from '../model/observation';
import type { AppDB } from './db';

export const SUMMARY_TABLE = 'summaries';
export const DELTA_TABLE = 'summaryDeltas';

/** What one write changed: added to the cells by readers, folded into them by `compactSummary`. */
export interface SummaryDelta {
  id?: number;
  total: number;
  cells: Record<string, number>;
}

/** A cell's key: JSON of its facts, so no id can run into another. */
export function cellKey(...parts: (string | null)[]): string {
  return JSON.stringify(parts);
}
export const OBSERVATION_SUMMARY = 'observations';

/** One stored cell: its key (`cellKey`) and how many observations it counts (never 0: removed). */
export interface SummaryRow {
  key: string;
  count: number;
}

/** The total's row; its absence means the counts must be rebuilt. */
export const TOTAL = cellKey('total');

export interface ObservationSummary {
  key: string;
  total: number;
  /** Count per cell (`cellKey`); a cell that falls to 0 is removed, so equal counts compare equal. */
  cells: Record<string, number>;
}

/** The facts of an observation the summary counts. */
export type Counted = Pick<Observation, 'kind' | 'factors' | 'auditId' | 'sectionId' | 'grade'>;

/** The cells one observation adds 1 to. */
export function cellsOf(o: Counted): string[] {
  const cells = [cellKey('k', o.kind)];
  for (const factor of new Set(o.factors.map((tag) => tag.factor))) cells.push(cellKey('kf', o.kind, factor));
  if (o.sectionId && o.grade) cells.push(cellKey('sg', o.auditId ?? null, o.sectionId, o.grade));
  return cells;
}

/** Adds `sign` × each observation into `summary`, in place. */
export function fold(summary: ObservationSummary, observations: readonly Counted[], sign: 1 | -1): void {
  for (const o of observations) {
    summary.total += sign;
    for (const cell of cellsOf(o)) {
      const next = (summary.cells[cell] ?? 0) + sign;
      if (next === 0) delete summary.cells[cell];
      else summary.cells[cell] = next;
    }
  }
}

/** The summary of no observations. */
export const emptySummary = (): ObservationSummary => ({ key: OBSERVATION_SUMMARY, total: 0, cells: {} });

/** The summary a full count of `observations` gives. */
export function recountSummary(observations: Iterable<Counted>): ObservationSummary {
  const summary = emptySummary();
  for (const o of observations) fold(summary, [o], 1);
  return summary;
}

/** The rows that store `summary`. */
export function rowsOf(summary: ObservationSummary): SummaryRow[] {
  return [
    { key: TOTAL, count: summary.total },
    ...Object.entries(summary.cells).map(([key, count]) => ({ key, count })),
  ];
}

/** The summary stored rows hold (undefined without the total's row). */
export function summaryOf(rows: readonly SummaryRow[]): ObservationSummary | undefined {
  const summary = emptySummary();
  let found = false;
  for (const row of rows)
    if (row.key === TOTAL) {
      summary.total = row.count;
      found = true;
    } else summary.cells[row.key] = row.count;
  return found ? summary : undefined;
}

/** Adds a delta into `summary`, in place (a cell that falls to 0 is removed). */
function addDelta(summary: ObservationSummary, delta: SummaryDelta): void {
  summary.total += delta.total;
  for (const [cell, change] of Object.entries(delta.cells)) {
    const next = (summary.cells[cell] ?? 0) + change;
    if (next === 0) delete summary.cells[cell];
    else summary.cells[cell] = next;
  }
}

/** Builds the rows from the records, in `tx` (the version 10 upgrade, or rows gone missing). */
export async function rebuildSummary(tx: Pick<Transaction, 'table'>): Promise<ObservationSummary> {
  const summary = emptySummary();
  await (tx.table('observations') as Table<Observation>).each((o) => fold(summary, [o], 1));
  await tx.table(DELTA_TABLE).clear();
  await tx.table(SUMMARY_TABLE).clear();
  await tx.table(SUMMARY_TABLE).bulkPut(rowsOf(summary));
  return summary;
}

/** The stored cells plus the deltas not folded in yet; undefined without the total's row. */
async function storedSummary(db: AppDB): Promise<ObservationSummary | undefined> {
  const [rows, deltas] = await Promise.all([db.summaries.toArray(), db.summaryDeltas.toArray()]);
  const summary = summaryOf(rows);
  if (summary) for (const delta of deltas) addDelta(summary, delta);
  return summary;
}

/** The counts kept on write, only read; counted from the records (one read of each) only when they are missing. */
export async function readSummary(db: AppDB): Promise<ObservationSummary> {
  const stored = await storedSummary(db);
  if (stored) return stored;
  // Only reads (a live query may not write): zero for a database never written to, else a recount of
  // the records; the dashboard stores the counts (compactSummary) when it next opens.
  if (await untouched(db)) return emptySummary();
  return recountSummary(await db.observations.toArray());
}

/** True for a database no observation was ever written to (no records, no deltas). */
async function untouched(db: AppDB): Promise<boolean> {
  return (await db.observations.count()) === 0 && (await db.summaryDeltas.count()) === 0;
}

/** Folds the deltas into the cells (or rebuilds them when missing), in one transaction. */
export async function compactSummary(db: AppDB): Promise<ObservationSummary> {
  return db.transaction('rw', db.observations, db.summaries, db.summaryDeltas, async () => {
    const summary = await storedSummary(db);
    if (!summary) {
      // A new database never written to stays unwritten: a page that only reads writes nothing.
      return (await untouched(db)) ? emptySummary() : rebuildSummary(db);
    }
    if ((await db.summaryDeltas.count()) === 0) return summary;
    await db.summaryDeltas.clear();
    await db.summaries.clear();
    await db.summaries.bulkPut(rowsOf(summary));
    return summary;
  });
}

/** The keys a mutation touches, in order (none for `deleteRange`). */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'deleteRange') return [];
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey!(value));
}

/** The records a mutation replaces or removes, read before it runs (none for `add`). */
async function previous(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  keys: unknown[],
): Promise<(Counted | undefined)[]> {
  if (req.type === 'add') return [];
  if (req.type === 'deleteRange') {
    const { result } = await table.query({
      trans: req.trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return result as Counted[];
  }
  return (await table.getMany({ trans: req.trans, keys })) as (Counted | undefined)[];
}

/**
 * What a finished mutation changes, as a delta summary: each successful write or delete, in order,
 * replaces what its key held (a batch may name one key twice: the later write wins, as in the store).
 */
function deltaOf(
  req: DBCoreMutateRequest,
  keys: unknown[],
  before: (Counted | undefined)[],
  failures: Record<number, Error>,
): ObservationSummary {
  const delta = emptySummary();
  if (req.type === 'deleteRange') {
    fold(delta, before as Counted[], -1);
    return delta;
  }
  const held = new Map<unknown, Counted | undefined>();
  keys.forEach((key, i) => held.has(key) || held.set(key, before[i]));
  keys.forEach((key, i) => {
    if (failures[i]) return;
    const old = held.get(key);
    if (old) fold(delta, [old], -1);
    const next = req.type === 'delete' ? undefined : (req.values[i] as Counted);
    if (next) fold(delta, [next], 1);
    held.set(key, next);
  });
  return delta;
}

const isEmpty = (delta: ObservationSummary) => delta.total === 0 && Object.keys(delta.cells).length === 0;
const deltaRow = ({ total, cells }: ObservationSummary): SummaryDelta => ({ total, cells });

/** Keeps the counts in step with every write to `observations`, in the write's own transaction. */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'observationSummary',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' && stores.includes('observations') && !stores.includes(DELTA_TABLE);
        return down.transaction(widen ? [...stores, DELTA_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'observations') return table;
        return {
          ...table,
          async mutate(req) {
            // Upgrades from before version 10 run without the table; its own upgrade then counts all.
            const scope = (req.trans as unknown as IDBTransaction).objectStoreNames;
            if (!scope?.contains(DELTA_TABLE)) return table.mutate(req);
            const deltas = down.table(DELTA_TABLE);
            const trans = req.trans;
            const record = (delta: ObservationSummary) =>
              deltas.mutate({ trans, type: 'add', values: [deltaRow(delta)] });
            if (req.type === 'add') {
              // A new record replaces nothing: its delta is known at once and written beside it.
              const added = emptySummary();
              fold(added, req.values as Counted[], 1);
              const [res] = await Promise.all([table.mutate(req), record(added)]);
              if (res.numFailures > 0) {
                const failed = emptySummary();
                fold(failed, req.values.filter((_, i) => res.failures[i]) as Counted[], -1);
                await record(failed);
              }
              return res;
            }
            const keys = keysOf(table, req);
            // Issued together: a transaction runs its requests in order, so the read sees the records
            // as they were before the write.
            const [before, res] = await Promise.all([previous(table, req, keys), table.mutate(req)]);
            const delta = deltaOf(req, keys, before, res.failures);
            if (!isEmpty(delta)) await record(delta);
            return res;
          },
        };
      },
    };
  },
};
