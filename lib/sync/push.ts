/**
 * The push half of a sync run: this device's changes after the push checkpoint (each record's latest
 * revision, with its branch) and the tombstones of resolved branches go to the server, `_revs_diff`
 * first so only what it lacks is sent, then `_bulk_docs` with `new_edits: false`. The checkpoint moves
 * only after the server took the batch it covers: stopped mid-way, the next run sends it again and the
 * server, which keeps revisions as given, ends up the same. Records the server refuses are reported.
 */
import type { AppDB } from '../storage/db';
import { kindNamed, presentKinds } from '../exchange/kinds';
import { CHANGE_TABLE, type ChangeRow } from '../storage/change-log';
import { readCheckpoint, saveCheckpoint } from '../storage/sync-state';
import type { SyncClosure, SyncReport } from '../model/sync';
import type { CouchClient } from './couch-client';
import { docId, docOf, revisionsOf } from './docs';
import { SyncError } from './errors';

/** Change rows read per batch. */
export const PUSH_BATCH = 500;

interface PushContext {
  device: string;
  owner: string;
  from: number;
  signal?: AbortSignal;
  report: SyncReport;
  batch?: number;
}

/** This device's changes after `from` as documents, and the last seq read (`from` when none). */
async function readBatch(db: AppDB, from: number, device: string, size: number) {
  const tables = [CHANGE_TABLE, ...presentKinds(db.tables.map((t) => t.name)).map((k) => k.table)];
  return db.transaction('r', tables, async () => {
    const rows = await db.changeLog.where('seq').above(from).limit(size).toArray();
    const mine = rows.filter((row) => row.device === device);
    const records = new Map<ChangeRow, unknown>();
    const byKind = new Map<string, ChangeRow[]>();
    for (const row of mine) {
      if (row.deleted) continue;
      const list = byKind.get(row.kind);
      if (list) list.push(row);
      else byKind.set(row.kind, [row]);
    }
    for (const [kind, list] of byKind) {
      const table = db.table(kindNamed(kind)!.table);
      const found = await table.bulkGet(list.map((row) => row.id));
      list.forEach((row, i) => records.set(row, found[i]));
    }
    return { rows, mine, records, last: rows.at(-1)?.seq ?? from };
  });
}

/** Sends `docs` the server lacks; returns how many were written, adding refusals to the report. */
async function send(
  client: CouchClient,
  docs: Record<string, unknown>[],
  ctx: PushContext,
): Promise<string[]> {
  if (docs.length === 0) return [];
  const asked: Record<string, string[]> = {};
  for (const doc of docs) (asked[doc._id as string] ??= []).push(doc._rev as string);
  const missing = await client.revsDiff(asked, ctx.signal);
  const wanted = docs.filter((doc) => missing[doc._id as string]?.includes(doc._rev as string));
  if (wanted.length === 0) return [];
  const refusals = await client.bulkDocs(wanted, ctx.signal);
  const refused = new Set(refusals.map((r) => r.id));
  for (const { id, reason } of refusals) {
    const colon = id.indexOf(':');
    ctx.report.refused.push({ kind: id.slice(0, colon), id: id.slice(colon + 1), reason });
  }
  const written = wanted.filter((doc) => !refused.has(doc._id as string));
  ctx.report.pushed += written.length;
  return written.map((doc) => doc._id as string);
}

function closureDoc(c: SyncClosure, device: string, owner: string): Record<string, unknown> {
  return {
    _id: docId(c.kind, c.id),
    _rev: c.rev,
    _revisions: revisionsOf(c.path),
    _deleted: true,
    resolved: true,
    kind: c.kind,
    device,
    author: c.author,
    updatedAt: c.resolvedAt,
    ...(c.kind === 'friction-counters' ? {} : { owner }),
  };
}

/** Pushes everything after `ctx.from`; returns the push checkpoint reached. */
export async function push(db: AppDB, client: CouchClient, ctx: PushContext): Promise<number> {
  const size = ctx.batch ?? PUSH_BATCH;
  const closures = await db.syncClosures.toArray();
  if (closures.length > 0) {
    await send(
      client,
      closures.map((c) => closureDoc(c, ctx.device, ctx.owner)),
      ctx,
    );
    // A refused tombstone stays refused however often it is sent: it is reported, not kept.
    await db.syncClosures.bulkDelete(closures.map((c) => [c.kind, c.id, c.rev] as [string, string, string]));
  }
  let from = ctx.from;
  for (;;) {
    if (ctx.signal?.aborted) throw new SyncError('aborted');
    const { rows, mine, records, last } = await readBatch(db, from, ctx.device, size);
    const docs = mine
      .filter((row) => row.deleted || records.get(row) !== undefined)
      .map((row) => docOf(row, records.get(row), ctx.owner));
    await send(client, docs, ctx);
    if (last !== from) {
      await db.transaction('rw', db.syncState, async () => {
        const checkpoint = await readCheckpoint(db);
        await saveCheckpoint(db, { ...checkpoint, pushedSeq: last });
      });
    }
    from = last;
    if (rows.length < size) return from;
  }
}
