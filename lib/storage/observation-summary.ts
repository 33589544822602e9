/**
 * Counts of observations kept on write, so the dashboard's first paint (the total and its charts) reads
 * one small record instead of every observation. One row in `summaries` (AppDB version 10) holds the
 * total and the counts of cells: observations by kind, by kind and contributory factor, and by audit,
 * template section and grade. `summaryMiddleware` keeps it in step inside the very transaction of every
 * write to `observations` (creates, edits, imports, merges, deletes, retention purges), so it always
 * equals a recount (`recountSummary`). A missing row is rebuilt from the records by `readSummary`.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware, Table, Transaction } from 'dexie';
import type { Observation } from '../model/observation';
import type { AppDB } from './db';

export const SUMMARY_TABLE = 'summaries';
export const OBSERVATION_SUMMARY = 'observations';

export interface ObservationSummary {
  key: string;
  total: number;
  /** Count per cell (`cellKey`); a cell that falls to 0 is removed, so equal counts compare equal. */
  cells: Record<string, number>;
}

/** The facts of an observation the summary counts. */
export type Counted = Pick<Observation, 'kind' | 'factors' | 'auditId' | 'sectionId' | 'grade'>;

/** A cell's key: JSON of its facts, so no id can run into another. */
export const cellKey = (...parts: (string | null)[]): string => JSON.stringify(parts);

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

/** Builds the summary row from the records, in `tx` (the version 10 upgrade, or a missing row). */
export async function rebuildSummary(tx: Pick<Transaction, 'table'>): Promise<ObservationSummary> {
  const summary = emptySummary();
  await (tx.table('observations') as Table<Observation>).each((o) => fold(summary, [o], 1));
  await tx.table(SUMMARY_TABLE).put(summary);
  return summary;
}

/** The summary row; rebuilt (one read of every record) only when it is missing. */
export async function readSummary(db: AppDB): Promise<ObservationSummary> {
  const row = await db.summaries.get(OBSERVATION_SUMMARY);
  if (row) return row;
  return db.transaction('rw', db.observations, db.summaries, async () => {
    return (await db.summaries.get(OBSERVATION_SUMMARY)) ?? rebuildSummary(db);
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
 * Folds a finished mutation into `row`: each successful write or delete, in order, replaces what its
 * key held (a batch may name one key twice: the later write wins, as in the store).
 */
function foldMutation(
  row: ObservationSummary,
  req: DBCoreMutateRequest,
  keys: unknown[],
  before: (Counted | undefined)[],
  failures: Record<number, Error>,
): void {
  if (req.type === 'deleteRange') {
    fold(row, before as Counted[], -1);
    return;
  }
  const held = new Map<unknown, Counted | undefined>();
  keys.forEach((key, i) => held.has(key) || held.set(key, before[i]));
  keys.forEach((key, i) => {
    if (failures[i]) return;
    const old = held.get(key);
    if (old) fold(row, [old], -1);
    const next = req.type === 'delete' ? undefined : (req.values[i] as Counted);
    if (next) fold(row, [next], 1);
    held.set(key, next);
  });
}

/** Keeps the summary row in step with every write to `observations`, in the write's own transaction. */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'observationSummary',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' && stores.includes('observations') && !stores.includes(SUMMARY_TABLE);
        return down.transaction(widen ? [...stores, SUMMARY_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'observations') return table;
        return {
          ...table,
          async mutate(req) {
            // Upgrades from before version 10 run without the table; its own upgrade then counts all.
            const scope = (req.trans as unknown as IDBTransaction).objectStoreNames;
            if (!scope?.contains(SUMMARY_TABLE)) return table.mutate(req);
            const summaries = down.table(SUMMARY_TABLE);
            const keys = keysOf(table, req);
            // Issued together, without waiting: a transaction runs its requests in the order they were
            // made, so the reads see the records as they were before the write.
            const [before, row, res] = await Promise.all([
              previous(table, req, keys),
              summaries.get({ trans: req.trans, key: OBSERVATION_SUMMARY }) as Promise<
                ObservationSummary | undefined
              >,
              table.mutate(req),
            ]);
            if (!row) return res;
            foldMutation(row, req, keys, before, res.failures);
            await summaries.mutate({ trans: req.trans, type: 'put', values: [row] });
            return res;
          },
        };
      },
    };
  },
};
