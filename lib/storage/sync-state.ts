/**
 * Team sync's own rows (AppDB version 18): the checkpoints (the last change-log `seq` pushed, the
 * server's last change pulled), the last run's report, and the conflicts awaiting a person. Written only
 * by lib/sync/; the status and conflict screens read them.
 */
import type { AppDB } from './db';
import type { SyncConflict, SyncReport } from '../model/sync';

export interface Checkpoint {
  pushedSeq: number;
  pulledSeq: number | string;
}

/** Where the last sync left off (nothing pushed or pulled yet: zeros). */
export async function readCheckpoint(db: AppDB): Promise<Checkpoint> {
  const row = await db.syncState.get('checkpoint');
  return row?.key === 'checkpoint'
    ? { pushedSeq: row.pushedSeq, pulledSeq: row.pulledSeq }
    : { pushedSeq: 0, pulledSeq: 0 };
}

/** Moves the checkpoint (call inside the transaction that wrote what it covers). */
export async function saveCheckpoint(db: AppDB, checkpoint: Checkpoint): Promise<void> {
  await db.syncState.put({ key: 'checkpoint', ...checkpoint });
}

/** The last sync run's report, or null before the first. */
export async function lastSync(db: AppDB): Promise<SyncReport | null> {
  const row = await db.syncState.get('last');
  return row?.key === 'last' ? row.report : null;
}

export async function saveLastSync(db: AppDB, report: SyncReport): Promise<void> {
  await db.syncState.put({ key: 'last', report });
}

/** The conflicts awaiting a person, oldest first. */
export async function listConflicts(db: AppDB): Promise<SyncConflict[]> {
  const rows = await db.syncConflicts.toArray();
  return rows.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}
