// Two devices (two fake-indexeddb databases, two cookie sessions) replicate through a real
// CouchDB-protocol server started here: they converge, deletions travel, conflicts are kept and resolved.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deleteObservation, updateObservation } from '@/lib/storage/observations';
import { lastSync, listConflicts, pendingChanges, resolveConflict, syncOnce } from '@/lib/sync/replicate';
import type { CouchServer } from '../../../scripts/lib/couch-server.mjs';
import { closeDevices, device, fields, observe, snapshot, startTeamServer } from './kit';

let server: CouchServer;
beforeAll(async () => {
  server = await startTeamServer();
});
afterAll(() => server.stop());
afterEach(() => closeDevices());

const clean = (report: Awaited<ReturnType<typeof syncOnce>>) => {
  expect(report.error).toBeUndefined();
  expect(report.refused).toEqual([]);
  return report;
};

/** Two devices holding one observation, each having edited it differently since their last sync. */
async function editedOnBothSides() {
  const a = await device(server);
  const b = await device(server);
  const o = await observe(a.db, 'First words.');
  clean(await syncOnce(a.db, a.client));
  clean(await syncOnce(b.db, b.client));
  await updateObservation(a.db, o.id, fields('A says so.'), o.updatedAt);
  await updateObservation(b.db, o.id, fields('B says otherwise.'), o.updatedAt);
  return { a, b, o };
}

describe('team sync', () => {
  it('two devices edit, sync and converge to identical records', async () => {
    const a = await device(server);
    const b = await device(server);
    const first = await observe(a.db, 'Seen alone at home.');
    await observe(b.db, 'Plan reviewed with the family.');
    expect(await pendingChanges(a.db)).toBe(1);
    expect(clean(await syncOnce(a.db, a.client))).toMatchObject({ pushed: 1, pulled: 0 });
    expect(await pendingChanges(a.db)).toBe(0);
    expect(clean(await syncOnce(b.db, b.client))).toMatchObject({ pushed: 1, pulled: 1 });
    await updateObservation(b.db, first.id, fields('Seen alone at home, twice.'), first.updatedAt);
    clean(await syncOnce(b.db, b.client));
    expect(clean(await syncOnce(a.db, a.client))).toMatchObject({ pulled: 2, conflicts: 0 });
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
    expect((await a.db.observations.get(first.id))!.comment).toBe('Seen alone at home, twice.');
    // The remote revision was taken as it is: A's change log holds B's revision, not a new one.
    const [rowA, rowB] = await Promise.all(
      [a, b].map((d) => d.db.changeLog.where('[kind+id]').equals(['observation', first.id]).first()),
    );
    expect(rowA).toMatchObject({ rev: rowB!.rev, parentRev: rowB!.parentRev, device: rowB!.device });
    expect(await pendingChanges(a.db)).toBe(0);
    // Nothing left to do: a second run moves nothing.
    expect(clean(await syncOnce(a.db, a.client))).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await lastSync(a.db)).toMatchObject({ pushed: 0, pulled: 0 });
  });

  it('a record edited many times between syncs reaches the server as one branch, not a conflict', async () => {
    const a = await device(server);
    const b = await device(server);
    let o = await observe(a.db, 'Edit 0.');
    clean(await syncOnce(a.db, a.client));
    clean(await syncOnce(b.db, b.client));
    for (let i = 1; i <= 5; i++) o = await updateObservation(a.db, o.id, fields(`Edit ${i}.`), o.updatedAt);
    clean(await syncOnce(a.db, a.client));
    const doc = (await server.call('GET', `/margin/observation:${o.id}?conflicts=true&revs=true`)) as {
      _conflicts?: string[];
      _revisions: { start: number; ids: string[] };
    };
    expect(doc._conflicts).toBeUndefined();
    expect(doc._revisions.start).toBe(6);
    expect(doc._revisions.ids).toHaveLength(6);
    expect(clean(await syncOnce(b.db, b.client))).toMatchObject({ pulled: 1, conflicts: 0 });
    expect((await b.db.observations.get(o.id))!.comment).toBe('Edit 5.');
  });

  it('a deletion travels as a tombstone', async () => {
    const a = await device(server);
    const b = await device(server);
    const o = await observe(a.db, 'To be deleted.');
    clean(await syncOnce(a.db, a.client));
    clean(await syncOnce(b.db, b.client));
    expect(await b.db.observations.get(o.id)).toBeDefined();
    await deleteObservation(a.db, o.id);
    clean(await syncOnce(a.db, a.client));
    expect(clean(await syncOnce(b.db, b.client))).toMatchObject({ deleted: 1 });
    expect(await b.db.observations.get(o.id)).toBeUndefined();
    const tombstone = await b.db.changeLog.where('[kind+id]').equals(['observation', o.id]).first();
    expect(tombstone).toMatchObject({ deleted: true });
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
  });

  it('the same record edited on both sides is a conflict on the second to sync; resolving converges', async () => {
    const { a, b, o } = await editedOnBothSides();
    expect(clean(await syncOnce(a.db, a.client)).conflicts).toBe(0);
    expect(clean(await syncOnce(b.db, b.client)).conflicts).toBe(1);
    const [conflict] = await listConflicts(b.db);
    expect(conflict).toMatchObject({
      kind: 'observation',
      id: o.id,
      remoteDeleted: false,
      localDeleted: false,
    });
    expect((conflict!.local as { comment: string }).comment).toBe('B says otherwise.');
    expect((conflict!.remote as { comment: string }).comment).toBe('A says so.');
    // The record is left as it was until a person chooses.
    expect((await b.db.observations.get(o.id))!.comment).toBe('B says otherwise.');
    // Syncing again does not make the conflict twice.
    expect(clean(await syncOnce(b.db, b.client)).conflicts).toBe(0);
    await resolveConflict(b.db, 'observation', o.id, 'remote');
    expect(await listConflicts(b.db)).toEqual([]);
    expect(await pendingChanges(b.db)).toBe(2);
    clean(await syncOnce(b.db, b.client));
    clean(await syncOnce(a.db, a.client));
    expect(await listConflicts(a.db)).toEqual([]);
    expect((await a.db.observations.get(o.id))!.comment).toBe('A says so.');
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
    // The server holds one live branch: the kept one.
    const doc = (await server.call('GET', `/margin/observation:${o.id}?conflicts=true`)) as Record<
      string,
      unknown
    >;
    expect(doc._conflicts).toBeUndefined();
    expect((doc.data as { comment: string }).comment).toBe('A says so.');
  });

  it('keeping the local version closes the other branch on every device', async () => {
    const { a, b, o } = await editedOnBothSides();
    clean(await syncOnce(a.db, a.client));
    clean(await syncOnce(b.db, b.client));
    // A sees it too before anyone resolves.
    expect(clean(await syncOnce(a.db, a.client)).conflicts).toBe(1);
    await resolveConflict(b.db, 'observation', o.id, 'local');
    clean(await syncOnce(b.db, b.client));
    clean(await syncOnce(a.db, a.client));
    expect(await listConflicts(a.db)).toEqual([]);
    expect((await a.db.observations.get(o.id))!.comment).toBe('B says otherwise.');
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
  });
});
