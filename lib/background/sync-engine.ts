/**
 * The replication engine behind team sync runs: the one place that knows the engine's modules (lib/sync/:
 * the CouchDB client and one-shot replication) and the one place in Margin that hands out `fetch`. The
 * extension pages' CSP lets it reach only the build's sync origin (lib/team-sync/build-origin.ts), and
 * the runs call it only when policy names a database there and a person has signed in.
 */
import type { SyncEngine } from '../team-sync/engine-port';
import { getDb } from '../storage/db';
import { couchClient } from '../sync/couch-client';
import { listConflicts, pendingChanges, resolveConflict, syncOnce } from '../sync/replicate';

/** The browser's fetch, sending the session cookie; only ever called for the sync database's origin. */
const sessionFetch: typeof globalThis.fetch = (input, init) =>
  // eslint-disable-next-line no-restricted-properties -- team sync's one call site: CSP connect-src allows the built sync origin alone.
  globalThis.fetch(input, init);

const client = (database: string) => couchClient({ dbUrl: database, fetch: sessionFetch });

/** The engine the background runs with. */
export const syncEngine: SyncEngine = {
  async signIn(database, name, password) {
    const session = await client(database).signIn(name, password);
    return { name: session.name ?? name };
  },
  signOut: (database) => client(database).signOut(),
  syncOnce: (database, signal) => syncOnce(getDb(), client(database), { signal }),
  pendingChanges: () => pendingChanges(getDb()),
  conflicts: () => listConflicts(getDb()),
  resolveConflict: (kind, id, keep) => resolveConflict(getDb(), kind, id, keep),
};
