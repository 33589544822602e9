// A CouchDB-protocol server for tests and the bench, in memory on 127.0.0.1 (issue #18): express-pouchdb
// (PouchDB's CouchDB-compatible HTTP layer, with `_session` cookie sign-in, `_users` accounts,
// `_security` and `validate_doc_update`) over pouchdb-core with the in-memory adapter. Apache CouchDB
// itself cannot be installed on these machines; the protocol Margin speaks is the same.
// startCouch({ users, db, designDoc, security }) → { url, origin, dbUrl, admin, stop() }.
import http from 'node:http';
import os from 'node:os';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

let instance = 0;
let pouch;

/**
 * pouchdb-validation 4.2.0 replaces a written document's `_revisions` with the stored document's before
 * running validate_doc_update, which is right for ordinary writes but breaks replication writes
 * (`new_edits: false`, as CouchDB's replicator and Margin send): the new revision is then dropped without
 * an error. CouchDB itself keeps the given history. The test server loads the module with that one line
 * changed (the given `_revisions` are kept when there are any), before express-pouchdb requires it.
 */
function patchValidation() {
  const fromExpress = createRequire(require.resolve('express-pouchdb'));
  const file = fromExpress.resolve('pouchdb-validation');
  if (require.cache[file]?.loaded) return;
  const original = 'newDoc._revisions = (oldDoc || {})._revisions;';
  const source = readFileSync(file, 'utf8');
  if (!source.includes(original))
    throw new Error('pouchdb-validation changed: check the patch in couch-server.mjs');
  const patched = new Module(file);
  patched.filename = file;
  patched.paths = Module._nodeModulePaths(path.dirname(file));
  patched._compile(source.replace(original, `if (!newDoc._revisions) ${original}`), file);
  patched.loaded = true;
  require.cache[file] = patched;
}

/** PouchDB with its plugins, once per process (a plugin cannot be added to PouchDB twice). */
function pouchDB() {
  patchValidation();
  pouch ??= require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-adapter-http'));
  return pouch;
}

/** Margin's design document (docs/sync/validate_doc_update.js) as `_design/margin`. */
export function marginDesignDoc() {
  const source = readFileSync(new URL('../../docs/sync/validate_doc_update.js', import.meta.url), 'utf8');
  // The file's comments and `export default` are for people and linters; CouchDB wants the function alone.
  const fn = `function${source.slice(source.indexOf('export default function') + 'export default function'.length)}`;
  return { _id: '_design/margin', validate_doc_update: fn.trim() };
}

/** The `_security` object docs/sync.md describes: auditors and the QA role are members (they read all). */
export const MARGIN_SECURITY = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: ['margin-auditor', 'margin-qa'] },
};

/**
 * Starts a server on a free port. `users`: accounts made in `_users` ({ name, password, roles });
 * `db`: a database made at start (with `security`, a `_security` object, and `designDoc`, a design
 * document, when given). An admin account (`admin`, random password) is returned for set-up calls.
 */
export async function startCouch({ users = [], db, security, designDoc, port = 0 } = {}) {
  // Each server its own name space: two servers in one process never share databases.
  const prefix = `couch-${process.pid}-${++instance}-`;
  const Pouch = pouchDB().defaults({ adapter: 'memory', prefix });
  const expressPouch = require('express-pouchdb');
  const app = expressPouch(Pouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: os.devNull,
    overrideMode: { exclude: ['routes/fauxton', 'replicator', 'routes/replicate', 'routes/http-log'] },
  });
  const admin = { name: 'admin', password: randomBytes(12).toString('hex') };
  await new Promise((resolve, reject) =>
    app.couchConfig.set('admins', admin.name, admin.password, (err) => (err ? reject(err) : resolve())),
  );
  const server = http.createServer(app);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  for (const user of users)
    await call('PUT', `/_users/org.couchdb.user:${encodeURIComponent(user.name)}`, {
      _id: `org.couchdb.user:${user.name}`,
      name: user.name,
      password: user.password,
      roles: user.roles ?? [],
      type: 'user',
    });
  if (db) {
    await call('PUT', `/${db}`);
    if (security) await call('PUT', `/${db}/_security`, security);
    if (designDoc) await call('PUT', `/${db}/${designDoc._id}`, designDoc);
  }
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    url: origin,
    origin,
    dbUrl: db ? `${origin}/${db}` : undefined,
    admin,
    /** An admin call (set-up and checks in tests): method, path, JSON body. */
    call,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
