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
    author: deleted ? (parent?.author ?? '') : authorPseudonym(device.secret, authorName(kind, record)),
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

/** The previous rows of the records a mutation touches (by id). */
async function previousRows(
  changes: DBCoreTable,
  trans: DBCoreTransaction,
  kind: string,
  req: DBCoreMutateRequest,
  ids: string[],
): Promise<Map<string, ChangeRow>> {
  const index = changes.schema.getIndexByKeyPath(['kind', 'id'])!;
  const ranges =
    req.type === 'deleteRange'
      ? [kindRange(kind, req.range)]
      : [...new Set(ids)].map((id) => ({ type: EQUAL, lower: [kind, id], upper: [kind, id] }));
  const results = await Promise.all(
    ranges.map((range) => changes.query({ trans, values: true, query: { index, range } })),
  );
  return new Map(results.flatMap(({ result }) => (result as ChangeRow[]).map((row) => [row.id, row])));
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
            const [before, res, guessed] = await Promise.all([
              previousRows(changes, trans, kind.kind, req, ids),
              table.mutate(req),
              guess && changes.mutate({ trans, type: 'add', values: guess }),
            ]);
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
