/**
 * The change log (issue #18): every write to an exchanged table (lib/exchange/kinds.ts) leaves one row
 * in `changeLog` (AppDB version 16) for the record it touched, replacing the record's previous row:
 * its kind and id, the new revision (`N-hash`, lib/exchange/revision.ts) and its parent, when, whether
 * it was deleted (a tombstone, kept until retention purges it), the device and the author's pseudonym,
 * under a sequence number (`seq`) that only grows on this device. So the log holds each record once,
 * at its latest change, as CouchDB's changes feed does, and "everything after seq N" is one range read.
 *
 * Exchange metadata lives here, never in the records (their Zod schemas are strict and exported). The
 * middleware works inside the write's own transaction and issues its one read (the records' previous
 * rows, by the `[kind+id]` index) beside the write itself; for a new record it writes the first
 * revision in that same round trip too (so a save waits for no extra read), correcting it in the rare
 * case the record had history. The device (`exchangeDevice`: a random id
 * and the secret behind author pseudonyms) is made by the first write, never when the database is
 * created, and read once per connection after that.
 *
 * Team sync (lib/sync/) writes revisions that came from the council server: inside its transaction it
 * names them with `adoptRevisions`, and the middleware records those (remote rev, parent, history,
 * device, author) instead of minting new ones. Each row keeps a short `history` of older revisions, so a
 * record edited several times between syncs still reaches the server as one unbroken branch.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { kindOfTable, authorName, presentKinds, type ExchangeKind } from '../exchange/kinds';
import { authorPseudonym, revisionOf } from '../exchange/revision';

export const CHANGE_TABLE = 'changeLog';
export const DEVICE_TABLE = 'exchangeDevice';

/** One record's latest change. */
export interface ChangeRow {
  /** This device's sequence number of the change (grows with every change). */
  seq?: number;
  kind: string;
  /** The record's primary key as text (a UUID, or a friction counter row's key). */
  id: string;
  rev: string;
  /** The revision this one replaced; null for a record's first. */
  parentRev: string | null;
  /** The record's own `updatedAt` when it has one, else when the change was written. */
  updatedAt: string;
  deleted: boolean;
  device: string;
  /** `author-…`: the pseudonym of the name the record carries ('' when it names nobody). */
  author: string;
  /** Revisions before `parentRev`, newest first, at most HISTORY_KEPT (absent when there are none). */
  history?: string[];
}

/** How many revisions before the parent a change row keeps (CouchDB's `_revisions` of a push). */
export const HISTORY_KEPT = 48;

/** A revision received from elsewhere, to be recorded as it is (no new revision minted). */
export type AdoptedChange = Omit<ChangeRow, 'seq' | 'kind' | 'id'>;

/** Adopted revisions by transaction, then by `<kind>:<id>`. */
const adopted = new WeakMap<object, Map<string, AdoptedChange>>();

/**
 * Within `trans` (a Dexie transaction's `idbtrans`), the next writes of these records record the given
 * revisions instead of new ones. Only team sync calls this, for revisions the server already holds.
 */
export function adoptRevisions(
  trans: object,
  changes: Iterable<{ kind: string; id: string; change: AdoptedChange }>,
): void {
  const map = adopted.get(trans) ?? new Map<string, AdoptedChange>();
  for (const { kind, id, change } of changes) map.set(`${kind}:${id}`, change);
  adopted.set(trans, map);
}

/** This device as the change log names it. */
export interface DeviceRow {
  key: 'device';
  /** `device-` and 32 random hex digits. */
  device: string;
  /** 64 random hex digits: the key of author pseudonyms; never exported. */
  secret: string;
}

const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A new device row (random id and secret). */
export const newDevice = (): DeviceRow => ({
  key: 'device',
  device: `device-${randomHex(16)}`,
  secret: randomHex(32),
});

/** A record's key as the change log writes it. */
export const idText = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key));

const EQUAL = 1 as DBCoreRangeType;
const RANGE = 2 as DBCoreRangeType;
const ANY = 3 as DBCoreRangeType;

/** Author pseudonyms already worked out (an HMAC each), by secret and name: a batch names few people. */
const pseudonyms = new Map<string, string>();

function pseudonymOf(secret: string, name: string): string {
  const key = `${secret}\n${name}`;
  let known = pseudonyms.get(key);
  if (known === undefined) {
    if (pseudonyms.size >= 256) pseudonyms.clear();
    pseudonyms.set(key, (known = authorPseudonym(secret, name)));
  }
  return known;
}

/** The change row that records `record` (null: deleted) after `parent`. */
export function changeOf(
  kind: ExchangeKind,
  id: string,
  parent: Pick<ChangeRow, 'rev' | 'author' | 'history' | 'parentRev'> | undefined,
  record: unknown,
  device: DeviceRow,
  now: string,
): ChangeRow {
  const deleted = record === null;
  const own = !deleted && typeof (record as { updatedAt?: unknown }).updatedAt === 'string';
  const history = parent?.parentRev
    ? [parent.parentRev, ...(parent.history ?? [])].slice(0, HISTORY_KEPT)
    : [];
  return {
    kind: kind.kind,
    id,
    rev: revisionOf(parent?.rev ?? null, record),
    parentRev: parent?.rev ?? null,
    updatedAt: own ? (record as { updatedAt: string }).updatedAt : now,
    deleted,
    device: device.device,
    // A tombstone keeps the author of what it deleted.
    author: deleted ? (parent?.author ?? '') : pseudonymOf(device.secret, authorName(kind, record)),
    ...(history.length > 0 ? { history } : {}),
  };
}

/** The keys a mutation touches, in order (none for `deleteRange`). */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'deleteRange') return [];
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey!(value));
}

/** The changes table's `[kind+id]` range covering `range` of a kind's primary keys. */
function kindRange(kind: string, range: DBCoreKeyRange): DBCoreKeyRange {
  if (range.type === ANY) return { type: RANGE, lower: [kind], upper: [kind, []] };
  return {
    type: RANGE,
    lower: [kind, range.lower],
    lowerOpen: range.lowerOpen,
    upper: [kind, range.upper],
    upperOpen: range.upperOpen,
  };
}

/** From this many records in one write, their previous rows are read as one span (see `spanRead`). */
export const SPAN_FROM = 64;
/** A span read stops after this many rows per record written: past that, one read per record is cheaper. */
const SPAN_ROWS_PER_RECORD = 4;

const kindIndex = (changes: DBCoreTable) => changes.schema.getIndexByKeyPath(['kind', 'id'])!;

/** Each id's own `[kind+id]` read. */
function idReads(changes: DBCoreTable, trans: DBCoreTransaction, kind: string, ids: string[]) {
  const index = kindIndex(changes);
  return [...new Set(ids)].map((id) =>
    changes.query({
      trans,
      values: true,
      query: { index, range: { type: EQUAL, lower: [kind, id], upper: [kind, id] } },
    }),
  );
}

/**
 * For a large write (an import, a bulk edit): the `[kind+id]` range from its lowest id to its highest,
 * read at once and cut off after a few rows per record, since one read replaces one read per record
 * only while the range holds little else. `complete` says whether the range was read to its end.
 */
function spanRead(changes: DBCoreTable, trans: DBCoreTransaction, kind: string, ids: string[]) {
  let lower = ids[0]!;
  let upper = lower;
  for (const id of ids) {
    if (id < lower) lower = id;
    if (id > upper) upper = id;
  }
  const limit = SPAN_ROWS_PER_RECORD * ids.length;
  const range: DBCoreKeyRange = { type: RANGE, lower: [kind, lower], upper: [kind, upper] };
  return changes
    .query({ trans, values: true, limit: limit + 1, query: { index: kindIndex(changes), range } })
    .then(({ result }) => ({ rows: result as ChangeRow[], complete: result.length <= limit }));
}

/** The previous rows of a mutation's records (by id) from their reads; `wanted`: the ids (a span holds others). */
function rowsById(rows: ChangeRow[], wanted?: ReadonlySet<string>, added?: ReadonlySet<unknown>) {
  return new Map(
    rows.filter((row) => (!wanted || wanted.has(row.id)) && !added?.has(row.seq)).map((row) => [row.id, row]),
  );
}

/** The previous rows of the records a mutation touches (by id), one read per id (or the deleted range). */
async function previousRows(
  changes: DBCoreTable,
  trans: DBCoreTransaction,
  kind: string,
  req: DBCoreMutateRequest,
  ids: string[],
): Promise<Map<string, ChangeRow>> {
  const reads =
    req.type === 'deleteRange'
      ? [
          changes.query({
            trans,
            values: true,
            query: { index: kindIndex(changes), range: kindRange(kind, req.range) },
          }),
        ]
      : idReads(changes, trans, kind, ids);
  const results = await Promise.all(reads);
  return rowsById(results.flatMap(({ result }) => result as ChangeRow[]));
}

/** Records every write to the exchanged tables in `changeLog`, inside the write's own transaction. */
export const changeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeLog',
  create(down) {
    // Per connection: a deleted and re-created database opens a new one, which finds no device.
    let known: DeviceRow | undefined;
    const deviceFor = async (trans: DBCoreTransaction): Promise<DeviceRow> => {
      if (known) return known;
      const table = down.table(DEVICE_TABLE);
      const stored = (await table.get({ trans, key: 'device' })) as DeviceRow | undefined;
      if (stored) return (known = stored);
      // Not cached: should this transaction fail, the next write reads again and makes its own.
      const made = newDevice();
      await table.mutate({ trans, type: 'add', values: [made] });
      return made;
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        const exchanging =
          mode === 'readwrite' &&
          stores.some((name) => kindOfTable(name)) &&
          down.schema.tables.some((t) => t.name === CHANGE_TABLE);
        const missing = exchanging
          ? [CHANGE_TABLE, DEVICE_TABLE].filter((name) => !stores.includes(name))
          : [];
        return down.transaction(missing.length > 0 ? [...stores, ...missing] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const kind = kindOfTable(name);
        if (!kind) return table;
        return {
          ...table,
          async mutate(req) {
            // Upgrades from before version 16 run without the table; its own upgrade records everything.
            const scope = (req.trans as unknown as IDBTransaction).objectStoreNames;
            if (!scope?.contains(CHANGE_TABLE)) return table.mutate(req);
            const changes = down.table(CHANGE_TABLE);
            const { trans } = req;
            const ids = keysOf(table, req).map(idText);
            const now = new Date().toISOString();
            // A new record almost never has history (a tombstone, when it is put back): its first
            // revision is written beside it, in the same round trip, and corrected below if not.
            const adopting = adopted.get(trans as object);
            const guess =
              req.type === 'add' && known && !adopting
                ? req.values.map((value, i) => changeOf(kind, ids[i]!, undefined, value, known!, now))
                : undefined;
            const addGuess = () => guess && changes.mutate({ trans, type: 'add', values: guess });
            let before: Map<string, ChangeRow>;
            let res: DBCoreMutateResponse;
            let guessed: DBCoreMutateResponse | undefined;
            if (req.type === 'deleteRange' || ids.length < SPAN_FROM) {
              // Issued together: the read sees the log as it was before the first revisions were added.
              [before, res, guessed] = await Promise.all([
                previousRows(changes, trans, kind.kind, req, ids),
                table.mutate(req),
                addGuess(),
              ]);
            } else {
              // A large write: its records' previous rows as one span read, issued before the first
              // revisions are added beside it; one read per record after it when the span holds too much.
              let span: { rows: ChangeRow[]; complete: boolean };
              [span, res, guessed] = await Promise.all([
                spanRead(changes, trans, kind.kind, ids),
                table.mutate(req),
                addGuess(),
              ]);
              if (span.complete) before = rowsById(span.rows, new Set(ids));
              else {
                const results = await Promise.all(idReads(changes, trans, kind.kind, ids));
                const rows = results.flatMap(({ result }) => result as ChangeRow[]);
                before = rowsById(rows, undefined, new Set(guessed?.results));
              }
            }
            // What each key holds after the mutation (a batch may name a key twice: the later wins).
            const after = new Map<string, unknown>();
            const undo: number[] = [];
            if (req.type === 'deleteRange') for (const id of before.keys()) after.set(id, null);
            else
              ids.forEach((id, i) => {
                const written = !res.failures[i];
                if (guessed) {
                  const placed = !guessed.failures[i];
                  if (written && placed && !before.has(id)) return;
                  // The guess was wrong (the record had history) or its record was not written.
                  if (placed) undo.push(guessed.results![i] as number);
                }
                if (written) after.set(id, req.type === 'delete' ? null : req.values[i]);
              });
            const replaced: number[] = [];
            const rows: ChangeRow[] = [];
            // Deleting what is not there, or is already a tombstone, changes nothing.
            const changed = [...after].filter(
              ([id, record]) =>
                record !== null ||
                (before.get(id) && !before.get(id)!.deleted) ||
                adopting?.has(`${kind.kind}:${id}`),
            );
            // The device is made by the first write that changes something (a write of nothing, such as
            // adopting no counters at start, must not write: the browser sizes storage on the first write).
            const device = changed.length > 0 ? await deviceFor(trans) : undefined;
            for (const [id, record] of changed) {
              const parent = before.get(id);
              if (parent) replaced.push(parent.seq!);
              // Adopted once: a later write of the record in the same transaction is a new revision.
              const remote = adopting?.get(`${kind.kind}:${id}`);
              adopting?.delete(`${kind.kind}:${id}`);
              rows.push(
                remote
                  ? { kind: kind.kind, id, ...remote }
                  : changeOf(kind, id, parent, record, device!, now),
              );
            }
            if (undo.length > 0 || replaced.length > 0)
              await changes.mutate({ trans, type: 'delete', keys: [...undo, ...replaced] });
            if (rows.length > 0) await changes.mutate({ trans, type: 'add', values: rows });
            return res;
          },
        };
      },
    };
  },
};

/**
 * Version 16's upgrade: every stored record of an exchanged kind gets its first revision, under a
 * device made for the purpose (none when there is nothing to record).
 */
export async function recordFirstRevisions(tx: Transaction): Promise<void> {
  const names = tx.storeNames;
  let device: DeviceRow | undefined;
  const now = new Date().toISOString();
  for (const kind of presentKinds(names)) {
    const rows: ChangeRow[] = [];
    await tx.table(kind.table).each((record: unknown, cursor) => {
      device ??= newDevice();
      const change = changeOf(kind, idText(cursor.primaryKey), undefined, record, device, now);
      const created = (record as { createdAt?: unknown }).createdAt;
      rows.push(
        change.updatedAt === now && typeof created === 'string' ? { ...change, updatedAt: created } : change,
      );
    });
    if (rows.length > 0) await tx.table(CHANGE_TABLE).bulkAdd(rows);
  }
  if (device) await tx.table(DEVICE_TABLE).add(device);
}
