/**
 * Team sync (issue #18): one run of two-way replication between this browser's store (Dexie, the one
 * local store) and a council's CouchDB database, over lib/sync/couch-client.ts. Push first (this
 * device's changes since the push checkpoint), then pull (the server's changes since the pull
 * checkpoint); checkpoints are kept here and in `_local/margin-<device>` on the server, and only move
 * after the writes they cover, so a run stopped at any point (the service worker killed, the signal
 * aborted) loses and duplicates nothing. MV3 workers stop when idle: the background calls this on an
 * alarm and when a page opens, never as a live feed. Nothing here runs unless called.
 */
import type { AppDB } from '../storage/db';
import { newDevice } from '../storage/change-log';
import { readCheckpoint, lastSync, saveLastSync } from '../storage/sync-state';
import type { SyncReport } from '../model/sync';
import type { CouchClient } from './couch-client';
import { asSyncError, SyncError } from './errors';
import { push } from './push';
import { pull } from './pull';

export { lastSync };
export { resolveConflict } from './resolve';
export { listConflicts } from '../storage/sync-state';

/** This device's id, making the device row when nothing has been written yet. */
async function deviceOf(db: AppDB): Promise<string> {
  return db.transaction('rw', db.exchangeDevice, async () => {
    const stored = await db.exchangeDevice.get('device');
    if (stored) return stored.device;
    const made = newDevice();
    await db.exchangeDevice.add(made);
    return made.device;
  });
}

/**
 * One sync run: push, then pull (`batch` records per request, 500 unless given). Never throws: a failure ends the run with `error` in plain words (what
 * was done before it stays done and counted). The report is also kept as the last sync (`lastSync`).
 */
export async function syncOnce(
  db: AppDB,
  client: CouchClient,
  { signal, batch }: { signal?: AbortSignal; batch?: number } = {},
): Promise<SyncReport> {
  const report: SyncReport = {
    pushed: 0,
    pulled: 0,
    conflicts: 0,
    deleted: 0,
    refused: [],
    startedAt: new Date().toISOString(),
    finishedAt: '',
  };
  try {
    const session = await client.session(signal);
    if (!session.name) throw new SyncError('signed-out');
    const device = await deviceOf(db);
    const checkpointId = `margin-${device}`;
    const local = await readCheckpoint(db);
    const remote = await client.getLocal(checkpointId, signal);
    // No checkpoint on the server: a first sync, or a database made anew; either way, everything.
    const pushFrom = remote ? Math.min(remote.pushedSeq, local.pushedSeq) : 0;
    const pullFrom = remote ? local.pulledSeq : 0;
    const pushedSeq = await push(db, client, {
      device,
      owner: session.name,
      from: pushFrom,
      signal,
      report,
      batch,
    });
    await client.putLocal(checkpointId, { pushedSeq, pulledSeq: pullFrom }, signal);
    const pulledSeq = await pull(db, client, { since: pullFrom, signal, report, batch });
    await client.putLocal(checkpointId, { pushedSeq, pulledSeq }, signal);
  } catch (error) {
    const failure = asSyncError(error, signal);
    report.error = { code: failure.code, message: failure.message };
  }
  report.finishedAt = new Date().toISOString();
  await saveLastSync(db, report);
  return report;
}

/** How many of this device's changes (and resolutions) wait for the next push. */
export async function pendingChanges(db: AppDB): Promise<number> {
  const device = (await db.exchangeDevice.get('device'))?.device;
  if (!device) return 0;
  const { pushedSeq } = await readCheckpoint(db);
  const changes = await db.changeLog
    .where('seq')
    .above(pushedSeq)
    .filter((row) => row.device === device)
    .count();
  return changes + (await db.syncClosures.count());
}
