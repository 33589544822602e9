import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { createObservation, deleteObservation, updateObservation } from '@/lib/storage/observations';
import { finishAudit, reopenAudit, startAudit, updateSection } from '@/lib/storage/audits';
import { recordHistory } from '@/lib/storage/edit-history';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';

const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
const target: ObservationTarget = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1/casenotes', adapter: 'demo', personId: 'P1' },
  selectors: [{ type: 'TextQuoteSelector', exact: 'seen alone', prefix: 'Maya was ', suffix: ' today' }],
  quote: 'seen alone',
};
const fields: ObservationFields = {
  auditId: null,
  kind: 'strength',
  comment: 'Child seen alone.',
  evidenceSource: 'case-record',
  factors: [],
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`history-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('edit history', () => {
  it('keeps every replaced version of an observation with who replaced it and when', async () => {
    const created = await createObservation(db, { fields, target, author: 'Ann' });
    const first = await updateObservation(
      db,
      created.id,
      { ...fields, comment: 'Second wording' },
      created.updatedAt,
      new Date(Date.parse(created.updatedAt) + 1000),
      'Ben',
    );
    const second = await updateObservation(
      db,
      created.id,
      { ...fields, comment: 'Third wording' },
      first.updatedAt,
      new Date(Date.parse(first.updatedAt) + 1000),
      'Cat',
    );
    const trail = await recordHistory(db, created.id);
    expect(trail.map((entry) => [entry.reason, entry.by, entry.at, entry.version])).toEqual([
      ['edited', 'Ben', first.updatedAt, created],
      ['edited', 'Cat', second.updatedAt, first],
    ]);
  });

  it('writes no history when an edit is refused (conflict)', async () => {
    const created = await createObservation(db, { fields, target, author: 'Ann' });
    await expect(
      updateObservation(db, created.id, fields, '2020-01-01T00:00:00.000Z', new Date(), 'Ben'),
    ).rejects.toThrow(/changed elsewhere/);
    expect(await db.recordHistory.count()).toBe(0);
  });

  it('deletes the trail with the record', async () => {
    const created = await createObservation(db, { fields, target, author: 'Ann' });
    await updateObservation(
      db,
      created.id,
      { ...fields, comment: 'Again' },
      created.updatedAt,
      new Date(),
      'Ben',
    );
    const other = await createObservation(db, { fields, target, author: 'Ann' });
    await updateObservation(db, other.id, { ...fields, comment: 'Kept' }, other.updatedAt, new Date(), 'Ben');
    await deleteObservation(db, created.id);
    expect(await recordHistory(db, created.id)).toEqual([]);
    expect(await recordHistory(db, other.id)).toHaveLength(1);
  });

  it('keeps every replaced version of an audit: section grades, finishing and reopening', async () => {
    const audit = await startAudit(db, template, { personId: 'P1' }, 'Ann');
    const graded = await updateSection(
      db,
      audit.id,
      template.sections[0]!.id,
      { complete: false, justification: 'Partly' },
      { by: 'Ben', now: new Date(Date.now() + 1000) },
    );
    await expect(finishAudit(db, audit.id, 'good', 'x', { by: 'Ben' })).rejects.toThrow(/Complete/);
    const trail = await recordHistory(db, audit.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ table: 'audits', reason: 'edited', by: 'Ben', version: audit });
    expect(graded.updatedAt).toBe(trail[0]!.at);
  });

  it('records a reopen in the trail with the finished version', async () => {
    const audit = await startAudit(db, template, { personId: 'P1' }, 'Ann');
    for (const section of template.sections.filter((s) => s.required))
      await updateSection(
        db,
        audit.id,
        section.id,
        {
          complete: true,
          justification: 'Read.',
          ...(section.scale?.type === 'none' ? {} : { grade: 'good' }),
        },
        { by: 'Ann' },
      );
    const finished = await finishAudit(db, audit.id, 'good', 'Done', { by: 'Ann' });
    await reopenAudit(db, audit.id, { by: 'Lead', now: new Date(Date.now() + 5000) });
    const last = (await recordHistory(db, audit.id)).at(-1)!;
    expect(last).toMatchObject({ by: 'Lead', version: finished });
  });
});
