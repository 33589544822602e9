/**
 * The pull half of a sync run: the server's changes after the pull checkpoint, a batch at a time. Each
 * batch's leaf revisions are fetched (`_bulk_get`, with their history) and every document is checked
 * before anything is written; one malformed document refuses the whole batch, with nothing written.
 * Then one transaction applies the batch (lib/sync/decide.ts: take a descendant revision as it is,
 * delete on a remote tombstone, keep both versions of a divergent record as a conflict) and moves the
 * checkpoint with it, so an interrupted pull loses and duplicates nothing.
 */
import { Dexie } from 'dexie';
import type { AppDB } from '../storage/db';
import { kindNamed, presentKinds } from '../exchange/kinds';
import {
  adoptRevisions,
  CHANGE_TABLE,
  DEVICE_TABLE,
  HISTORY_KEPT,
  type ChangeRow,
} from '../storage/change-log';
import { readCheckpoint, saveCheckpoint } from '../storage/sync-state';
import type { SyncReport } from '../model/sync';
import type { Changes, CouchClient } from './couch-client';
import { decide } from './decide';
import { docId, DocRefused, readDoc, type RemoteVersion } from './docs';
import { SyncError } from './errors';

/** Changes read per batch. */
export const PULL_BATCH = 500;

interface PullContext {
  since: number | string;
  signal?: AbortSignal;
  report: SyncReport;
  batch?: number;
}

type Result = Changes['results'][number];

const splitId = (id: string) => {
  const colon = id.indexOf(':');
  return colon > 0 && kindNamed(id.slice(0, colon))
    ? { kind: id.slice(0, colon), id: id.slice(colon + 1) }
    : null;
};

/** This device's change rows for the batch's records. */
async function localRows(db: AppDB, keys: { kind: string; id: string }[]): Promise<Map<string, ChangeRow>> {
  const rows = await db.changeLog
    .where('[kind+id]')
    .anyOf(keys.map((k) => [k.kind, k.id]))
    .toArray();
  return new Map(rows.map((row) => [docId(row.kind, row.id), row]));
}

/** Fetches and checks every leaf of the batch this device lacks, grouped by document id. */
async function fetchLeaves(
  client: CouchClient,
  results: Result[],
  local: Map<string, ChangeRow>,
  signal?: AbortSignal,
): Promise<Map<string, RemoteVersion[]>> {
  const refs = results.flatMap((r) =>
    r.changes.filter((c) => c.rev !== local.get(r.id)?.rev).map((c) => ({ id: r.id, rev: c.rev })),
  );
  const docs = await client.bulkGet(refs, signal);
  const leaves = new Map<string, RemoteVersion[]>();
  for (const raw of docs) {
    let version: RemoteVersion | undefined;
    try {
      version = readDoc(raw);
    } catch (error) {
      if (error instanceof DocRefused) throw new SyncError('bad-reply', error.message);
      throw error;
    }
    if (!version) continue;
    const id = docId(version.kind, version.id);
    if (!refs.some((ref) => ref.id === id && ref.rev === version!.rev))
      throw new SyncError('bad-reply', `${id}: a revision that was not asked for`);
    leaves.set(id, [...(leaves.get(id) ?? []), version]);
  }
  return leaves;
}

/** Writes a remote revision as it is (record or deletion), recording its revision, not a new one. */
export async function writeRemote(db: AppDB, version: RemoteVersion): Promise<void> {
  const [, parentRev = null, ...older] = version.path;
  const history = older.slice(0, HISTORY_KEPT);
  const trans = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans;
  adoptRevisions(trans, [
    {
      kind: version.kind,
      id: version.id,
      change: {
        rev: version.rev,
        parentRev,
        updatedAt: version.updatedAt,
        deleted: version.deleted,
        device: version.device,
        author: version.author,
        ...(history.length > 0 ? { history } : {}),
      },
    },
  ]);
  const table = db.table(kindNamed(version.kind)!.table);
  if (version.deleted) await table.delete(version.id);
  else await table.put(version.record);
}

/** The tables a pull batch writes. */
export const syncTables = (db: AppDB) => [
  ...presentKinds(db.tables.map((t) => t.name)).map((k) => k.table),
  CHANGE_TABLE,
  DEVICE_TABLE,
  'syncConflicts',
  'syncClosures',
  'syncState',
];

/** Applies one record's leaves; counts into the report. */
async function applyOne(db: AppDB, kind: string, id: string, leaves: RemoteVersion[], report: SyncReport) {
  const table = db.table(kindNamed(kind)!.table);
  const before = await db.changeLog.where('[kind+id]').equals([kind, id]).first();
  const { adopt, conflictWith } = decide(before, leaves);
  if (adopt) {
    await writeRemote(db, adopt);
    report.pulled += 1;
    if (adopt.deleted && before && !before.deleted) report.deleted += 1;
  }
  const existing = await db.syncConflicts.get([kind, id]);
  if (!conflictWith) {
    if (existing) await db.syncConflicts.delete([kind, id]);
    return;
  }
  const now = await db.changeLog.where('[kind+id]').equals([kind, id]).first();
  if (!now) return;
  if (existing && existing.localRev === now.rev && existing.remoteRev === conflictWith.rev) return;
  await db.syncConflicts.put({
    kind,
    id,
    localRev: now.rev,
    local: now.deleted ? null : ((await table.get(id)) ?? null),
    localDeleted: now.deleted,
    remoteRev: conflictWith.rev,
    remote: conflictWith.record,
    remoteDeleted: conflictWith.deleted,
    remotePath: conflictWith.path,
    remoteAuthor: conflictWith.author,
    remoteDevice: conflictWith.device,
    detectedAt: new Date().toISOString(),
  });
  report.conflicts += 1;
}

/** Pulls everything after `ctx.since`; returns the pull checkpoint reached. */
export async function pull(db: AppDB, client: CouchClient, ctx: PullContext): Promise<number | string> {
  const size = ctx.batch ?? PULL_BATCH;
  let since = ctx.since;
  for (;;) {
    if (ctx.signal?.aborted) throw new SyncError('aborted');
    const changes = await client.changes(since, size, ctx.signal);
    const results = changes.results.filter((r) => splitId(r.id));
    const keys = results.map((r) => splitId(r.id)!);
    const leaves = await fetchLeaves(client, results, await localRows(db, keys), ctx.signal);
    if (ctx.signal?.aborted) throw new SyncError('aborted');
    await db.transaction('rw', syncTables(db), async () => {
      for (const { kind, id } of keys) {
        await applyOne(db, kind, id, leaves.get(docId(kind, id)) ?? [], ctx.report);
      }
      const checkpoint = await readCheckpoint(db);
      await saveCheckpoint(db, { ...checkpoint, pulledSeq: changes.last_seq });
    });
    since = changes.last_seq;
    if (changes.results.length < size) return since;
  }
}
