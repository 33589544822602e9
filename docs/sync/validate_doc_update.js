// Margin's design document function for the shared CouchDB database (docs/sync.md). CouchDB runs it on
// every write, replication included. Put it in `_design/margin` as the string value of
// `validate_doc_update`, from `function` on (scripts/lib/couch-server.mjs does this for the tests). It is
// written as a module only so that Prettier and ESLint check it; CouchDB never sees the `export`.
// Authors write only their own records: a document's `owner` is the account that wrote it and must be
// the signed-in account, on a new document and on every later revision. The QA role (`margin-qa`) may
// also write rounds, findings and moderation records. Friction counters carry no owner (they stay
// pseudonymous): any member may add them, and only the device that counted may change them.
// Reading is the `_security` object's business (members: `margin-auditor`, `margin-qa`).
export default function validateDocUpdate(newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var has = function (role) {
    return roles.indexOf(role) !== -1;
  };
  if (has('_admin')) return;
  if (!userCtx.name) throw { unauthorized: 'Sign in to write to the shared database.' };
  if (!has('margin-auditor') && !has('margin-qa'))
    throw { forbidden: 'This account has no Margin role (margin-auditor or margin-qa).' };
  var id = newDoc._id || '';
  if (id.indexOf('_design/') === 0) throw { forbidden: 'Only council IT changes the design document.' };
  var kind = id.slice(0, id.indexOf(':'));
  var kinds = [
    'audit',
    'observation',
    'conversation',
    'finding',
    'moderation',
    'round',
    'friction-flag',
    'friction-counters',
  ];
  if (kinds.indexOf(kind) === -1) throw { forbidden: 'Not a Margin record: ' + id };
  if (!newDoc._deleted && newDoc.kind !== kind) throw { forbidden: 'The record kind does not match its id.' };
  var qaKinds = ['round', 'finding', 'moderation'];
  if (kind === 'friction-counters') {
    if (newDoc.owner !== undefined) throw { forbidden: 'Friction counters carry no owner.' };
    if (oldDoc && oldDoc.device !== newDoc.device && !newDoc.resolved)
      throw { forbidden: 'Only the device that counted may change its friction counters.' };
    return;
  }
  var qa = has('margin-qa') && qaKinds.indexOf(kind) !== -1;
  if (newDoc.owner !== userCtx.name && !qa)
    throw { forbidden: 'You can only write your own records (owner must be ' + userCtx.name + ').' };
  if (oldDoc && oldDoc.owner && oldDoc.owner !== userCtx.name && !qa)
    throw { forbidden: 'This record belongs to another author.' };
}
