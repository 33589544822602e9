// Shared pieces of the sync tests: the real CouchDB-protocol server (scripts/lib/couch-server.mjs) with
// Margin's design document and accounts, and devices (each its own fake-indexeddb database and a client
// signed in with a cookie session). Node's fetch keeps no cookies, so a device's fetch keeps its own
// jar, as a browser profile does; the requests are real HTTP to 127.0.0.1.
import { AppDB } from '@/lib/storage/db';
import { couchClient, type CouchClient } from '@/lib/sync/couch-client';
import { createObservation } from '@/lib/storage/observations';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';
import {
  MARGIN_SECURITY,
  marginDesignDoc,
  startCouch,
  type CouchServer,
} from '../../../scripts/lib/couch-server.mjs';

export const USERS = [
  { name: 'ann', password: 'ann-secret', roles: ['margin-auditor'] },
  { name: 'ben', password: 'ben-secret', roles: ['margin-auditor'] },
  { name: 'qa', password: 'qa-secret', roles: ['margin-qa'] },
];

/** The server as council IT sets it up (docs/sync.md), on a free port. */
export const startTeamServer = (): Promise<CouchServer> =>
  startCouch({ users: USERS, db: 'margin', security: MARGIN_SECURITY, designDoc: marginDesignDoc() });

/** A new empty database set up as the shared one (security and design document); its URL. */
export async function freshDatabase(server: CouchServer): Promise<string> {
  const name = `margin-${crypto.randomUUID()}`;
  await server.call('PUT', `/${name}`);
  await server.call('PUT', `/${name}/_security`, MARGIN_SECURITY);
  await server.call('PUT', `/${name}/_design/margin`, marginDesignDoc());
  return `${server.origin}/${name}`;
}

/** Called before each request; may throw (the network failing) or abort. */
export type Tap = (url: string, phase: 'before' | 'after') => void;

/** A fetch with its own cookie jar (one browser profile). */
export function profileFetch(tap?: { current?: Tap }): typeof fetch {
  let cookie = '';
  return async (input, init) => {
    const url = String(input);
    tap?.current?.(url, 'before');
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(input, { ...init, headers });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('AuthSession='));
    if (set) cookie = set.split(';')[0]!;
    tap?.current?.(url, 'after');
    return res;
  };
}

export interface Device {
  db: AppDB;
  client: CouchClient;
  tap: { current?: Tap };
}

const opened: AppDB[] = [];

/** A new device signed in as `user` (a name in USERS). */
export async function device(server: CouchServer, user = 'ann', dbUrl = server.dbUrl): Promise<Device> {
  const db = new AppDB(`sync-${crypto.randomUUID()}`);
  opened.push(db);
  const tap: { current?: Tap } = {};
  const client = couchClient({ dbUrl, fetch: profileFetch(tap) });
  const { password } = USERS.find((u) => u.name === user)!;
  await client.signIn(user, password);
  return { db, client, tap };
}

/** Deletes every device database made since the last call. */
export async function closeDevices(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

const target: ObservationTarget = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1', adapter: 'demo', personId: 'P1' },
  selectors: [],
};
export const fields = (comment: string): ObservationFields => ({
  auditId: null,
  kind: 'strength',
  comment,
  evidenceSource: 'case-record',
  factors: [],
});

/** A new observation on `db`. */
export const observe = (db: AppDB, comment: string, author = 'Ann Auditor') =>
  createObservation(db, { fields: fields(comment), target, author });

/** Everything a device holds that sync must make equal: exchanged records and their revisions. */
export async function snapshot(db: AppDB) {
  const observations = await db.observations.orderBy('id').toArray();
  const changes = (await db.changeLog.toArray())
    .map(({ kind, id, rev, deleted }) => ({ kind, id, rev, deleted }))
    .sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`));
  return { observations, changes };
}
