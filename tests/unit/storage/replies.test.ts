// Replies on observations: written under a name, changed only by their author, every edit and deletion
// in the observation's trail, gone with their observation, and purged with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { createObservation, deleteObservation, restoreObservation } from '@/lib/storage/observations';
import { createReply, deleteReply, replyCounts, repliesFor, updateReply } from '@/lib/storage/replies';
import { observationTrail } from '@/lib/storage/edit-history';
import { countPurgeable, purgeBefore, retentionCutoff, DAY_MS } from '@/lib/storage/retention';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';

const NOW = new Date('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const target: ObservationTarget = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1/casenotes', adapter: 'demo', personId: 'P1' },
  selectors: [],
};
const fields: ObservationFields = {
  auditId: null,
  kind: 'concern',
  comment: 'No record of the child being seen alone.',
  evidenceSource: 'case-record',
  factors: [],
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`replies-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const observe = (at = NOW) => createObservation(db, { fields, target, author: 'Sam Patel' }, at);

describe('replies storage', () => {
  it('keeps a thread in the order it was written, with author and role', async () => {
    const o = await observe();
    const first = await createReply(
      db,
      { observationId: o.id, text: 'Was she seen at school?', author: 'Sam Patel', authorRole: 'auditor' },
      new Date('2026-06-30T12:01:00.000Z'),
    );
    const second = await createReply(
      db,
      { observationId: o.id, text: '  Yes, on 3 May: recorded in the visit note.  ', author: 'Jo Okafor' },
      new Date('2026-06-30T12:02:00.000Z'),
    );
    expect(first).toMatchObject({ author: 'Sam Patel', authorRole: 'auditor', observationId: o.id });
    expect(second.text).toBe('Yes, on 3 May: recorded in the visit note.');
    expect(second).not.toHaveProperty('authorRole');
    expect((await repliesFor(db, o.id)).map((r) => r.id)).toEqual([first.id, second.id]);
    expect(await replyCounts(db, [o.id, crypto.randomUUID()])).toMatchObject({ [o.id]: 2 });
  });

  it('refuses, writing nothing, an empty or overlong reply, one without a name, or one on no observation', async () => {
    const o = await observe();
    const base = { observationId: o.id, author: 'Sam Patel' };
    await expect(createReply(db, { ...base, text: '   ' })).rejects.toThrow('Write your reply first.');
    await expect(createReply(db, { ...base, text: 'x'.repeat(5001) })).rejects.toThrow(
      'A reply can be at most 5,000 characters.',
    );
    await expect(createReply(db, { ...base, text: 'Hello', author: ' ' })).rejects.toThrow(
      /Enter your name first/,
    );
    await expect(
      createReply(db, { ...base, observationId: crypto.randomUUID(), text: 'Hello' }),
    ).rejects.toThrow(/no longer exists/);
    expect(await db.replies.count()).toBe(0);
  });

  it('lets only the author edit, keeps the replaced version in the observation’s trail, and sees conflicts', async () => {
    const o = await observe();
    const reply = await createReply(
      db,
      { observationId: o.id, text: 'First words.', author: 'Sam Patel' },
      NOW,
    );
    await expect(updateReply(db, reply.id, 'Mine now.', reply.updatedAt, 'Jo Okafor')).rejects.toThrow(
      'Only Sam Patel can change or delete this reply.',
    );
    const edited = await updateReply(db, reply.id, 'Better words.', reply.updatedAt, 'Sam Patel', NOW);
    expect(edited.text).toBe('Better words.');
    expect(edited.updatedAt > reply.updatedAt).toBe(true);
    await expect(updateReply(db, reply.id, 'Stale.', reply.updatedAt, 'Sam Patel')).rejects.toMatchObject({
      name: 'ConflictError',
    });
    const trail = await observationTrail(db, o.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      table: 'replies',
      recordId: reply.id,
      parentId: o.id,
      reason: 'edited',
      by: 'Sam Patel',
      version: reply,
    });
  });

  it('deletes a reply for its author only; the trail keeps who and when, not the text', async () => {
    const o = await observe();
    const reply = await createReply(db, {
      observationId: o.id,
      text: 'Named the wrong child.',
      author: 'Sam Patel',
    });
    await updateReply(db, reply.id, 'Still the wrong child.', reply.updatedAt, 'Sam Patel');
    await expect(deleteReply(db, reply.id, 'Jo Okafor')).rejects.toThrow(/Only Sam Patel/);
    await expect(deleteReply(db, reply.id, 'Sam Patel')).resolves.toMatchObject({ id: reply.id });
    expect(await db.replies.count()).toBe(0);
    const trail = await observationTrail(db, o.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      reason: 'deleted',
      by: 'Sam Patel',
      recordId: reply.id,
      parentId: o.id,
    });
    expect(JSON.stringify(trail)).not.toContain('wrong child');
  });

  it('deleting an observation deletes its replies and their trail; undo puts both back', async () => {
    const o = await observe();
    const other = await observe();
    const reply = await createReply(db, { observationId: o.id, text: 'Agreed.', author: 'Jo Okafor' });
    await updateReply(db, reply.id, 'Agreed, see the plan.', reply.updatedAt, 'Jo Okafor');
    const kept = await createReply(db, {
      observationId: other.id,
      text: 'Other thread.',
      author: 'Jo Okafor',
    });
    const deleted = await deleteObservation(db, o.id);
    expect(deleted?.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(await db.replies.toArray()).toEqual([kept]);
    expect(await db.recordHistory.count()).toBe(0);
    expect(await restoreObservation(db, deleted!.observation, deleted!.replies)).toBe(true);
    expect(await repliesFor(db, o.id)).toEqual(deleted!.replies);
    // A reply of another observation is not restored with this one.
    await deleteObservation(db, o.id);
    expect(await restoreObservation(db, deleted!.observation, [kept])).toBe(false);
    expect(await db.observations.get(o.id)).toBeUndefined();
  });
});

describe('replies and retention', () => {
  it('replies go with their observation; a recent reply keeps an old observation', async () => {
    const old = await observe(daysAgo(400));
    const oldReply = await createReply(
      db,
      { observationId: old.id, text: 'Old.', author: 'Jo' },
      daysAgo(399),
    );
    await updateReply(db, oldReply.id, 'Old, edited.', oldReply.updatedAt, 'Jo', daysAgo(398));
    const discussed = await observe(daysAgo(400));
    await createReply(db, { observationId: discussed.id, text: 'Still talking.', author: 'Jo' }, daysAgo(5));
    const cutoff = retentionCutoff(365, NOW);
    const counts = await countPurgeable(db, cutoff);
    expect(counts).toMatchObject({ observations: 1, replies: 1, recordHistory: 1 });
    expect(await purgeBefore(db, cutoff)).toEqual(counts);
    expect(await db.observations.get(old.id)).toBeUndefined();
    expect(await db.observations.get(discussed.id)).toBeDefined();
    expect((await db.replies.toArray()).map((r) => r.observationId)).toEqual([discussed.id]);
    expect(await db.recordHistory.count()).toBe(0);
  });
});
