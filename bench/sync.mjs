// Team sync at council scale (issue #18): simulated auditors, each its own device (a Margin database on
// fake-indexeddb in Node, its own cookie session and account), write their records, then every device
// syncs with one CouchDB-protocol server (scripts/lib/couch-server.mjs) until all hold the same records:
// checksums of every device's records and revisions and of the server's documents are compared. Timed
// against a floor measured in the same run on the same server: the same documents written with one
// `_bulk_docs` per auditor into a fresh database and read back whole through `_changes` + `_bulk_get`
// by every device (the requests alone, no local store).
// Default: 10 auditors × 100 records (every device ends with 1,000), about a minute here; `--full`:
// 30 auditors × 1,000 (every device ends with 30,000: 900,000 records written into fake-indexeddb, which
// takes tens of minutes on 2 cores). `node bench/sync.mjs [--full]` runs it alone and prints its figures.
import { importNodeBundle } from './lib/bundle.mjs';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCouch, marginDesignDoc, MARGIN_SECURITY } from '../scripts/lib/couch-server.mjs';

/** Margin's database and sync engine, bundled for Node on fake-indexeddb. */
async function syncCore(folder) {
  return importNodeBundle(folder, 'sync-core.mjs', [
    "import 'fake-indexeddb/auto';",
    "export { AppDB } from './lib/storage/db';",
    "export { couchClient } from './lib/sync/couch-client';",
    "export { syncOnce } from './lib/sync/replicate';",
    "export { ObservationSchema } from './lib/model/observation';",
    "export { pageKey } from './lib/model/page-context';",
  ]);
}

/** A fetch with its own cookie jar (one browser profile). */
function profileFetch() {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(input, { ...init, headers });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('AuthSession='));
    if (set) cookie = set.split(';')[0];
    return res;
  };
}

function observations(core, auditor, count) {
  const page = { origin: 'http://127.0.0.1:4173', path: '/person/P1', adapter: 'demo', personId: 'P1' };
  const at = new Date(Date.UTC(2026, 10, 1)).toISOString();
  return Array.from({ length: count }, (_, i) =>
    core.ObservationSchema.parse({
      id: crypto.randomUUID(),
      auditId: null,
      kind: i % 3 === 0 ? 'concern' : 'strength',
      comment: `Observation ${i} by auditor ${auditor}: the plan was reviewed with the family.`,
      evidenceSource: 'case-record',
      factors: [],
      target: { page: { ...page, personId: `P${i % 50}` }, selectors: [] },
      pageKey: core.pageKey({ ...page, personId: `P${i % 50}` }),
      author: `Auditor ${auditor}`,
      createdAt: at,
      updatedAt: at,
    }),
  );
}

/** SHA-256 of a device's records and revisions, in id order. */
async function checksum(db) {
  const records = await db.observations.orderBy('id').toArray();
  const revs = (await db.changeLog.toArray()).map((c) => `${c.kind}:${c.id}@${c.rev}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([records, revs]))
    .digest('hex');
}

async function serverChecksum(dbUrl, auth) {
  const res = await fetch(`${dbUrl}/_all_docs?include_docs=true`, { headers: { authorization: auth } });
  const { rows } = await res.json();
  const docs = rows.filter((r) => r.id.startsWith('observation:')).map((r) => r.doc);
  const records = docs.map((d) => d.data).sort((a, b) => a.id.localeCompare(b.id));
  const revs = docs.map((d) => `${d._id}@${d._rev}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([records, revs]))
    .digest('hex');
}

/** The floor: the same documents through `_bulk_docs`, then read back whole by every device. */
async function floor(server, auth, docsByAuditor, devices) {
  const dbUrl = `${server.origin}/floor-${Date.now()}`;
  const call = (url, method = 'GET', body) =>
    fetch(url, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    }).then((r) => r.json());
  await call(dbUrl, 'PUT');
  const t0 = performance.now();
  for (const docs of docsByAuditor) await call(`${dbUrl}/_bulk_docs`, 'POST', { docs, new_edits: false });
  const pushMs = performance.now() - t0;
  const t1 = performance.now();
  for (let d = 0; d < devices; d++) {
    let since = 0;
    for (;;) {
      const changes = await call(`${dbUrl}/_changes?style=all_docs&limit=500&since=${since}`);
      if (changes.results.length === 0) break;
      const refs = changes.results.flatMap((r) => r.changes.map((c) => ({ id: r.id, rev: c.rev })));
      await call(`${dbUrl}/_bulk_get?revs=true`, 'POST', { docs: refs });
      since = changes.last_seq;
      if (changes.results.length < 500) break;
    }
  }
  return { pushMs, pullMs: performance.now() - t1 };
}

export async function runSync({ log = console.log, full = process.argv.includes('--full') } = {}) {
  const auditors = full ? 30 : 10;
  const perAuditor = full ? 1000 : 100;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-sync-bench-'));
  const users = Array.from({ length: auditors }, (_, i) => ({
    name: `auditor-${i + 1}`,
    password: `secret-${i + 1}`,
    roles: ['margin-auditor'],
  }));
  const server = await startCouch({
    users,
    db: 'margin',
    security: MARGIN_SECURITY,
    designDoc: marginDesignDoc(),
  });
  try {
    const core = await syncCore(folder);
    const auth = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
    const devices = [];
    for (const [i, user] of users.entries()) {
      const db = new core.AppDB(`bench-sync-${i}`);
      const client = core.couchClient({ dbUrl: server.dbUrl, fetch: profileFetch() });
      await client.signIn(user.name, user.password);
      await db.observations.bulkAdd(observations(core, i + 1, perAuditor));
      devices.push({ db, client, user });
    }
    log(`sync: ${auditors} auditors × ${perAuditor} records written`);
    // Round 1: each pushes (and pulls what those before it pushed); round 2: everyone pulls the rest.
    const t0 = performance.now();
    let pushed = 0;
    let pulled = 0;
    for (const round of [1, 2]) {
      for (const d of devices) {
        const report = await core.syncOnce(d.db, d.client);
        if (report.error || report.refused.length) throw new Error(`sync failed: ${JSON.stringify(report)}`);
        pushed += report.pushed;
        pulled += report.pulled;
      }
      log(`sync: round ${round} done at ${Math.round(performance.now() - t0)} ms`);
    }
    const syncMs = performance.now() - t0;
    const sums = new Set(await Promise.all(devices.map((d) => checksum(d.db))));
    const serverSum = await serverChecksum(server.dbUrl, auth);
    const records = auditors * perAuditor;
    const converged = sums.size === 1 && records === (await devices[0].db.observations.count());
    // The floor: the same documents (as Margin wrote them) straight through the protocol.
    const all = await fetch(`${server.dbUrl}/_all_docs?include_docs=true`, {
      headers: { authorization: auth },
    });
    const byAuthor = new Map();
    for (const { doc } of (await all.json()).rows)
      if (doc.kind === 'observation')
        byAuthor.set(doc.data.author, [...(byAuthor.get(doc.data.author) ?? []), doc]);
    const docs = [...byAuthor.values()];
    const f = await floor(server, auth, docs, auditors);
    const floorMs = f.pushMs + f.pullMs;
    for (const d of devices) await d.db.delete();
    const result = {
      auditors,
      recordsPerAuditor: perAuditor,
      records,
      full,
      pushed,
      pulled,
      converged: converged && [...sums][0] === serverSum,
      checksum: serverSum.slice(0, 16),
      syncMs: Math.round(syncMs),
      recordsPerSecond: Math.round((pushed + pulled) / (syncMs / 1000)),
      floorMs: Math.round(floorMs),
      floorPushMs: Math.round(f.pushMs),
      floorPullMs: Math.round(f.pullMs),
      ratioToFloor: Math.round((syncMs / floorMs) * 10) / 10,
      loadAverage: os.loadavg()[0].toFixed(1),
    };
    log(`sync: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

// `node bench/sync.mjs [--full]` runs this benchmark alone and prints its figures (writes nothing).
if (process.argv[1] === fileURLToPath(import.meta.url)) await runSync();
