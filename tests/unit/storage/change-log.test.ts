// Every write to an exchanged table leaves its record's latest change in the change log, in the same transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import {
  createObservation,
  deleteObservation,
  restoreObservation,
  updateObservation,
} from '@/lib/storage/observations';
import { createFlag } from '@/lib/storage/friction-flags';
import { REVISION_PATTERN, revisionOf } from '@/lib/exchange/revision';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';

const target: ObservationTarget = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1', adapter: 'demo', personId: 'P1' },
  selectors: [],
};
const fields: ObservationFields = {
  auditId: null,
  kind: 'strength',
  comment: 'Seen alone.',
  evidenceSource: 'case-record',
  factors: [],
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`changes-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const changeOf = (kind: string, id: string) => db.changeLog.where('[kind+id]').equals([kind, id]).first();

describe('the change log', () => {
  it('writes nothing, not even a device, until a record is written', async () => {
    await db.open();
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.exchangeDevice.count()).toBe(0);
  });

  it('makes no device for writes that change nothing (the browser sizes storage on the first write)', async () => {
    await db.observations.delete(crypto.randomUUID());
    await db.frictionCounters.bulkPut([]);
    await db.audits.clear();
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.exchangeDevice.count()).toBe(0);
  });

  it('gives a new record its first revision, with device, author pseudonym and sequence number', async () => {
    const o = await createObservation(db, { fields, target, author: 'Sam Auditor' });
    const [device] = await db.exchangeDevice.toArray();
    expect(device!.device).toMatch(/^device-[0-9a-f]{32}$/);
    const change = await changeOf('observation', o.id);
    expect(change).toEqual({
      seq: 1,
      kind: 'observation',
      id: o.id,
      rev: revisionOf(null, o),
      parentRev: null,
      updatedAt: o.updatedAt,
      deleted: false,
      device: device!.device,
      author: expect.stringMatching(/^author-[0-9a-f]{12}$/),
    });
    expect(change!.rev).toMatch(REVISION_PATTERN);
    expect(change!.rev.startsWith('1-')).toBe(true);
    expect(JSON.stringify(change)).not.toContain('Sam');
  });

  it('keeps one row per record: an edit replaces it under a higher sequence number, naming its parent', async () => {
    const o = await createObservation(db, { fields, target, author: 'Sam' });
    const other = await createObservation(db, { fields, target, author: 'Sam' });
    const first = (await changeOf('observation', o.id))!;
    const edited = await updateObservation(
      db,
      o.id,
      { ...fields, comment: 'Seen alone twice.' },
      o.updatedAt,
      new Date(),
      'Sam',
    );
    const second = (await changeOf('observation', o.id))!;
    expect(second.parentRev).toBe(first.rev);
    expect(second.rev).toBe(revisionOf(first.rev, await db.observations.get(o.id)));
    expect(second.rev.startsWith('2-')).toBe(true);
    expect(second.seq).toBeGreaterThan((await changeOf('observation', other.id))!.seq!);
    expect(second.updatedAt).toBe(edited.updatedAt);
    expect(await db.changeLog.count()).toBe(2);
  });

  it('keeps a deletion as a tombstone, and a restore continues from it', async () => {
    const o = await createObservation(db, { fields, target, author: 'Sam' });
    const created = (await changeOf('observation', o.id))!;
    const deleted = await deleteObservation(db, o.id);
    const tombstone = (await changeOf('observation', o.id))!;
    expect(tombstone).toMatchObject({ deleted: true, parentRev: created.rev, author: created.author });
    expect(tombstone.rev.startsWith('2-')).toBe(true);
    await restoreObservation(db, deleted!.observation);
    const back = (await changeOf('observation', o.id))!;
    expect(back).toMatchObject({ deleted: false, parentRev: tombstone.rev });
    expect(await db.changeLog.count()).toBe(1);
  });

  it('gives the same revision for the same content and parent on any device, another for other content', async () => {
    const record = { id: 'x', b: 1, a: [1, { d: 2, c: 3 }] };
    expect(revisionOf(null, record)).toBe(revisionOf(null, { a: [1, { c: 3, d: 2 }], b: 1, id: 'x' }));
    expect(revisionOf(null, record)).not.toBe(revisionOf(null, { ...record, b: 2 }));
    expect(revisionOf('1-abc', record)).not.toBe(revisionOf(null, record));
    expect(revisionOf('1-abc', null)).toMatch(/^2-/);
  });

  it('records friction flags and counters, and a cleared table as tombstones', async () => {
    const flag = await createFlag(db, { category: 'other', severity: 'low' }, target, 'Pat');
    expect((await changeOf('friction-flag', flag.id))!.deleted).toBe(false);
    await db.frictionFlags.clear();
    expect((await changeOf('friction-flag', flag.id))!.deleted).toBe(true);
  });

  it('records nothing when the write fails, and nothing for a deletion of what is not there', async () => {
    const o = await createObservation(db, { fields, target, author: 'Sam' });
    await expect(db.observations.add({ ...o })).rejects.toThrow();
    await db.observations.delete(crypto.randomUUID());
    expect(await db.changeLog.count()).toBe(1);
    expect((await changeOf('observation', o.id))!.rev.startsWith('1-')).toBe(true);
  });

  it('retention deletes records as tombstones and purges tombstones older than the period', async () => {
    const { purgeBefore, DAY_MS } = await import('@/lib/storage/retention');
    const old = await createObservation(
      db,
      { fields, target, author: 'Sam' },
      new Date(Date.now() - 400 * DAY_MS),
    );
    const kept = await createObservation(db, { fields, target, author: 'Sam' });
    const counts = await purgeBefore(db, new Date(Date.now() - 365 * DAY_MS));
    expect(counts.observations).toBe(1);
    expect(counts.changeLog).toBe(0);
    // The purge is a deletion like any other: a copy pooled elsewhere learns of it.
    expect((await changeOf('observation', old.id))!.deleted).toBe(true);
    expect((await changeOf('observation', kept.id))!.deleted).toBe(false);
    // A year on, the tombstone goes; the live record's change stays.
    const later = await purgeBefore(db, new Date(Date.now() + DAY_MS));
    expect(later.changeLog).toBe(1);
    expect(await changeOf('observation', old.id)).toBeUndefined();
    expect(await changeOf('observation', kept.id)).toBeDefined();
  });

  it('gives every record of a large write (an import) the right parent: new, edited, and put back after deletion', async () => {
    const first = await createObservation(db, { fields, target, author: 'Sam' });
    const many = Array.from({ length: 100 }, (_, i) => ({
      ...first,
      id: crypto.randomUUID(),
      comment: `n${i}`,
    }));
    await db.observations.bulkAdd(many);
    const created = new Map((await db.changeLog.toArray()).map((c) => [c.id, c]));
    const gone = many.slice(0, 10).map((o) => o.id);
    await db.observations.bulkDelete(gone);
    const rowsOf = async (ids: string[]) => (await db.changeLog.toArray()).filter((c) => ids.includes(c.id));
    const tombstones = new Map((await rowsOf(gone)).map((c) => [c.id, c]));
    // Edited and put back in one write: the deleted ten continue from their tombstones.
    const edited = many.map((o) => ({ ...o, comment: `${o.comment} edited` }));
    await db.observations.bulkPut(edited);
    const rows = await db.changeLog.toArray();
    expect(rows).toHaveLength(101);
    for (const o of edited) {
      const row = rows.find((c) => c.id === o.id)!;
      const parent = tombstones.get(o.id) ?? created.get(o.id)!;
      expect(row).toMatchObject({ parentRev: parent.rev, rev: revisionOf(parent.rev, o), deleted: false });
    }
    // Added again (new records beside ones with a tombstone): the first revisions written beside the
    // records are corrected where a record had history.
    await db.observations.bulkDelete(gone);
    const again = (await rowsOf(gone)).map((c) => [c.id, c] as const);
    const fresh = Array.from({ length: 60 }, (_, i) => ({
      ...first,
      id: crypto.randomUUID(),
      comment: `f${i}`,
    }));
    const back = [...edited.slice(0, 10), ...fresh];
    await db.observations.bulkAdd(back);
    const after = new Map((await db.changeLog.toArray()).map((c) => [c.id, c]));
    expect(after.size).toBe(await db.changeLog.count());
    for (const [id, tombstone] of again) {
      expect(after.get(id)).toMatchObject({ parentRev: tombstone.rev, deleted: false });
      expect(after.get(id)!.rev.startsWith('5-')).toBe(true);
    }
    for (const o of fresh)
      expect(after.get(o.id)).toMatchObject({ parentRev: null, rev: revisionOf(null, o) });
  });

  it('reads a large write’s previous rows one by one when the log holds many others between its ids', async () => {
    const first = await createObservation(db, { fields, target, author: 'Sam' });
    const stored = Array.from({ length: 400 }, (_, i) => ({
      ...first,
      id: crypto.randomUUID(),
      comment: `s${i}`,
    }));
    await db.observations.bulkAdd(stored);
    const gone = stored.slice(0, 5).map((o) => o.id);
    await db.observations.bulkDelete(gone);
    const before = new Map((await db.changeLog.toArray()).map((c) => [c.id, c]));
    // 64 records written at once among 400 in the log: 5 put back after deletion, 59 new.
    const fresh = Array.from({ length: 59 }, (_, i) => ({
      ...first,
      id: crypto.randomUUID(),
      comment: `f${i}`,
    }));
    await db.observations.bulkAdd([...stored.slice(0, 5), ...fresh]);
    const after = new Map((await db.changeLog.toArray()).map((c) => [c.id, c]));
    expect(after.size).toBe(401 + 59);
    for (const id of gone)
      expect(after.get(id)).toMatchObject({ parentRev: before.get(id)!.rev, deleted: false });
    for (const o of fresh)
      expect(after.get(o.id)).toMatchObject({ parentRev: null, rev: revisionOf(null, o) });
    const edited = stored.slice(100, 164).map((o) => ({ ...o, comment: 'edited' }));
    await db.observations.bulkPut(edited);
    for (const o of edited) {
      const row = (await changeOf('observation', o.id))!;
      expect(row).toMatchObject({
        parentRev: before.get(o.id)!.rev,
        rev: revisionOf(before.get(o.id)!.rev, o),
      });
    }
  });

  it('keeps the device it made when the database is opened again', async () => {
    await createObservation(db, { fields, target, author: 'Sam' });
    const [device] = await db.exchangeDevice.toArray();
    db.close();
    const again = new AppDB(db.name);
    await createObservation(again, { fields, target, author: 'Sam' });
    expect((await again.changeLog.toArray()).map((c) => c.device)).toEqual([device!.device, device!.device]);
    again.close();
  });
});
