/**
 * What the background's sync runs need from the replication engine (lib/sync/: the CouchDB client and
 * one-shot replication), as one small interface. The runs, the lock, the status and the screens depend on
 * this alone, so they are tested against an engine over a real local database and the wiring in
 * lib/background/sync-engine.ts is the only place that knows the engine's modules.
 */

/** What one sync run moved (the engine's SyncReport). */
export interface SyncCounts {
  pushed: number;
  pulled: number;
  conflicts: number;
  deleted: number;
  startedAt: string;
  finishedAt: string;
}

/** A Margin conflict: both versions of one record, kept until a person chooses one. */
export interface SyncConflict {
  kind: string;
  id: string;
  localRev: string;
  local: unknown;
  /** True when the record was deleted here. */
  localDeleted?: boolean;
  remoteRev: string;
  remote: unknown;
  remoteDeleted: boolean;
  detectedAt: string;
}

export interface SyncEngine {
  /** Sends name and password once to the server's `_session`; resolves to the signed-in name. */
  signIn(database: string, name: string, password: string): Promise<{ name: string }>;
  /** Ends the cookie session on the server. */
  signOut(database: string): Promise<void>;
  /** One run both ways; rejects (or reports `error`) when the run failed. */
  syncOnce(database: string, signal: AbortSignal): Promise<SyncCounts & { error?: unknown }>;
  /** How many local changes wait to be sent. */
  pendingChanges(): Promise<number>;
  conflicts(): Promise<SyncConflict[]>;
  resolveConflict(kind: string, id: string, keep: 'local' | 'remote'): Promise<void>;
}
