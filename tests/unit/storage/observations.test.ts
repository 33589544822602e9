import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import {
  ConflictError,
  createObservation,
  deleteObservation,
  observationsForAudit,
  observationsForPage,
  restoreObservation,
  updateObservation,
} from '@/lib/storage/observations';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';
import { pageKey } from '@/lib/model/page-context';

const target: ObservationTarget = {
  page: {
    origin: 'http://127.0.0.1:4173',
    path: '/person/P1/casenotes',
    adapter: 'demo',
    personId: 'P1',
    formName: 'Case notes',
  },
  selectors: [{ type: 'TextQuoteSelector', exact: 'seen alone', prefix: 'Maya was ', suffix: ' today' }],
  quote: 'seen alone',
};
const auditId = crypto.randomUUID();
const fields: ObservationFields = {
  auditId,
  sectionId: 'voice-of-the-child',
  kind: 'strength',
  grade: 'good',
  comment: 'Child seen alone and her words recorded.',
  evidenceSource: 'case-record',
  factors: [{ factor: 'family-professional', subItem: 'child-voice' }],
  followUp: 'Share in practice week.',
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`obs-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('observations storage', () => {
  it('creates an observation findable by screen and by audit', async () => {
    const created = await createObservation(db, { fields, target, author: 'A' });
    expect(created).toMatchObject({ ...fields, target, author: 'A', pageKey: pageKey(target.page) });
    expect(await observationsForPage(db, pageKey(target.page))).toEqual([created]);
    expect(await observationsForAudit(db, auditId)).toEqual([created]);
    expect(await observationsForAudit(db, crypto.randomUUID())).toEqual([]);
  });

  it('updates with the version the editor saw, drops cleared optional fields, and refuses a stale writer', async () => {
    const created = await createObservation(db, { fields, target, author: 'A' });
    const { followUp: _f, grade: _g, ...rest } = fields;
    const updated = await updateObservation(
      db,
      created.id,
      { ...rest, comment: 'Reworded' },
      created.updatedAt,
    );
    expect(updated.comment).toBe('Reworded');
    expect(updated).not.toHaveProperty('followUp');
    expect(updated).not.toHaveProperty('grade');
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    // A second tab still holding the first version loses, and nothing changes.
    await expect(
      updateObservation(db, created.id, { ...fields, comment: 'Other tab' }, created.updatedAt),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.observations.get(created.id))?.comment).toBe('Reworded');
  });

  it('deletes and restores exactly; refuses invalid records before writing', async () => {
    const created = await createObservation(db, { fields, target, author: 'A' });
    expect(await deleteObservation(db, created.id)).toEqual({ observation: created, replies: [] });
    expect(await restoreObservation(db, created)).toBe(true);
    expect(await restoreObservation(db, created)).toBe(false);
    await expect(
      createObservation(db, { fields: { ...fields, comment: ' ' }, target, author: 'A' }),
    ).rejects.toThrow(/Write the observation/);
    await expect(
      createObservation(db, {
        fields,
        target: { ...target, selectors: [{ type: 'TextQuoteSelector', exact: '' }] },
        author: 'A',
      }),
    ).rejects.toThrow();
    expect(await db.observations.count()).toBe(1);
  });
});
