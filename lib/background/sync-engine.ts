/**
 * The replication engine behind team sync runs: the one place that knows the engine's modules
 * (lib/sync/, the CouchDB client and one-shot replication). Until the engine is part of this build, every
 * call says so in words and sync stays idle.
 */
import type { SyncEngine } from '../team-sync/engine-port';

const NOT_BUILT = 'Team sync is not part of this build of Margin.';
const refuse = (): Promise<never> => Promise.reject(new Error(NOT_BUILT));

/** The engine the background runs with. */
export const syncEngine: SyncEngine = {
  signIn: refuse,
  signOut: refuse,
  syncOnce: refuse,
  pendingChanges: async () => 0,
  conflicts: async () => [],
  resolveConflict: refuse,
};
