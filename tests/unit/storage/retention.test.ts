import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB } from '@/lib/storage/db';
import { createObservation, updateObservation } from '@/lib/storage/observations';
import { startAudit } from '@/lib/storage/audits';
import { createNote } from '@/lib/storage/notes';
import { createFlag } from '@/lib/storage/friction-flags';
import { countPurgeable, purgeBefore, retentionCutoff, totalOf, DAY_MS } from '@/lib/storage/retention';
import { loadRetention, saveRetentionDays, DEFAULT_RETENTION_DAYS } from '@/lib/settings/retention';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';
import type { CounterRow } from '@/lib/model/friction';

const template = BUILTIN_TEMPLATES[0]!;
const NOW = new Date('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const page = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P1/casenotes',
  adapter: 'demo',
  personId: 'P1',
};
const target: ObservationTarget = { page, selectors: [{ type: 'TextQuoteSelector', exact: 'seen alone' }] };
const fields = (auditId: string | null): ObservationFields => ({
  auditId,
  kind: 'strength',
  comment: 'Seen alone.',
  evidenceSource: 'case-record',
  factors: [],
});
const counter = (day: string): CounterRow => ({
  key: `${day}|f`,
  day,
  origin: page.origin,
  screen: 'Assessment',
  form: 'Assessment',
  field: 'f',
  screenRef: `${page.origin}|Assessment`,
  screenDay: `${day}|${page.origin}|Assessment`,
  counts: { focus: 1 },
});

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`retention-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** One record of every kind 400 days old and one 10 days old; an old audit kept alive by a recent observation. */
async function seed() {
  const oldAudit = await startAudit(db, template, { personId: 'P1' }, 'Ann', daysAgo(400));
  const liveAudit = await startAudit(db, template, { personId: 'P2' }, 'Ann', daysAgo(400));
  const oldInOldAudit = await createObservation(
    db,
    { fields: fields(oldAudit.id), target, author: 'Ann' },
    daysAgo(400),
  );
  // Recent observation: the old audit it belongs to is still in use, so both stay.
  await createObservation(db, { fields: fields(liveAudit.id), target, author: 'Ann' }, daysAgo(10));
  const oldInLiveAudit = await createObservation(
    db,
    { fields: fields(liveAudit.id), target, author: 'Ann' },
    daysAgo(400),
  );
  const oldLoose = await createObservation(db, { fields: fields(null), target, author: 'Ann' }, daysAgo(400));
  // Created long ago but edited recently: its last change counts.
  const editedLately = await createObservation(
    db,
    { fields: fields(null), target, author: 'Ann' },
    daysAgo(400),
  );
  await updateObservation(
    db,
    editedLately.id,
    { ...fields(null), comment: 'Edited' },
    editedLately.updatedAt,
    daysAgo(5),
    'Ben',
  );
  await createNote(
    db,
    { text: 'old', context: { ...page, title: 'Case notes' }, author: 'Ann' },
    daysAgo(400),
  );
  await createNote(db, { text: 'new', context: { ...page, title: 'Case notes' }, author: 'Ann' }, daysAgo(1));
  await createFlag(db, { category: 'irrelevant-mandatory', severity: 'low' }, target, 'Pat', daysAgo(400));
  await createFlag(db, { category: 'irrelevant-mandatory', severity: 'low' }, target, 'Pat', daysAgo(2));
  await db.frictionCounters.bulkAdd([
    counter(daysAgo(400).toISOString().slice(0, 10)),
    counter('2026-06-29'),
  ]);
  await db.appliedBatches.bulkAdd([
    { id: 'b-old', at: daysAgo(400).toISOString() },
    { id: 'b-new', at: daysAgo(1).toISOString() },
  ]);
  await db.importedFiles.bulkAdd([
    {
      hash: 'h-old',
      fileName: 'a.json',
      exportedBy: '',
      exportedAt: '',
      importedAt: daysAgo(400).toISOString(),
    },
    {
      hash: 'h-new',
      fileName: 'b.json',
      exportedBy: '',
      exportedAt: '',
      importedAt: daysAgo(3).toISOString(),
    },
  ]);
  return { oldAudit, liveAudit, oldInOldAudit, oldInLiveAudit, oldLoose, editedLately };
}

describe('retention purge', () => {
  it('deletes exactly the records last changed before the cutoff, in one go, and counts them first', async () => {
    const seeded = await seed();
    const cutoff = retentionCutoff(365, NOW);
    const expected = {
      observations: 2,
      replies: 0,
      audits: 1,
      notes: 1,
      frictionFlags: 1,
      frictionCounters: 1,
      recordHistory: 0,
      appliedBatches: 1,
      importedFiles: 1,
      changeLog: 0,
      conversations: 0,
      rounds: 0,
      roundPlans: 0,
      roundCandidates: 0,
      roundAuditors: 0,
      roundAssignments: 0,
      roundPacks: 0,
    };
    expect(await countPurgeable(db, cutoff)).toEqual(expected);
    expect(await db.observations.count()).toBe(5);

    expect(await purgeBefore(db, cutoff)).toEqual(expected);
    expect(await db.audits.get(seeded.oldAudit.id)).toBeUndefined();
    expect(await db.audits.get(seeded.liveAudit.id)).toBeDefined();
    expect(await db.observations.get(seeded.oldInOldAudit.id)).toBeUndefined();
    expect(await db.observations.get(seeded.oldLoose.id)).toBeUndefined();
    expect(await db.observations.get(seeded.oldInLiveAudit.id)).toBeDefined();
    expect(await db.observations.get(seeded.editedLately.id)).toBeDefined();
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['new']);
    expect(await db.frictionFlags.count()).toBe(1);
    expect((await db.frictionCounters.toArray()).map((r) => r.day)).toEqual(['2026-06-29']);
    expect(await db.appliedBatches.toCollection().primaryKeys()).toEqual(['b-new']);
    expect(await db.importedFiles.toCollection().primaryKeys()).toEqual(['h-new']);
    expect(totalOf(await countPurgeable(db, cutoff))).toBe(0);
  });

  it('takes the edit history of purged records with them, and old history entries by their date', async () => {
    const seeded = await seed();
    // A history entry of a kept record, older than the cutoff, and one of a purged record, recent.
    await db.recordHistory.bulkAdd([
      {
        id: 'h1',
        table: 'observations',
        recordId: seeded.oldInLiveAudit.id,
        version: seeded.oldInLiveAudit,
        reason: 'edited',
        at: daysAgo(380).toISOString(),
        source: '',
      },
      {
        id: 'h2',
        table: 'observations',
        recordId: seeded.oldLoose.id,
        version: seeded.oldLoose,
        reason: 'import-conflict',
        at: daysAgo(1).toISOString(),
        source: 'x.json',
      },
    ]);
    const counts = await purgeBefore(db, retentionCutoff(365, NOW));
    expect(counts.recordHistory).toBe(2);
    expect((await db.recordHistory.toArray()).map((h) => h.recordId)).toEqual([seeded.editedLately.id]);
  });

  it('deletes nothing when one delete fails (one transaction)', async () => {
    await seed();
    const before = await db.observations.count();
    vi.spyOn(db.table('importedFiles'), 'bulkDelete').mockRejectedValueOnce(new Error('disk error'));
    await expect(purgeBefore(db, retentionCutoff(365, NOW))).rejects.toThrow('disk error');
    expect(await db.observations.count()).toBe(before);
    expect(await db.audits.count()).toBe(2);
  });
});

describe('retention setting', () => {
  it('defaults to a year, keeps the user choice, refuses nonsense with a readable message', async () => {
    expect(await loadRetention()).toEqual({ days: DEFAULT_RETENTION_DAYS, locked: false });
    await saveRetentionDays(90);
    expect(await loadRetention()).toEqual({ days: 90, locked: false });
    await expect(saveRetentionDays(0)).rejects.toThrow(/at least 1 day/);
    await expect(saveRetentionDays(2.5)).rejects.toThrow(/whole number/);
    expect((await loadRetention()).days).toBe(90);
  });

  it('follows and locks to the organisation policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ retentionDays: 30 });
    expect(await loadRetention()).toEqual({ days: 30, locked: true });
    await expect(saveRetentionDays(90)).rejects.toThrow(/organisation/);
  });
});

describe('daily purge schedule', () => {
  it('catches up when the last purge is over a day old, and not before', async () => {
    const { purgeIfDue } = await import('@/lib/background/retention-schedule');
    const { loadLastPurge } = await import('@/lib/settings/retention');
    expect(await purgeIfDue(NOW)).toBe(true);
    expect(await loadLastPurge()).toMatchObject({ at: NOW.toISOString(), trigger: 'automatic' });
    expect(await purgeIfDue(new Date(NOW.getTime() + DAY_MS - 1))).toBe(false);
    expect(await purgeIfDue(new Date(NOW.getTime() + DAY_MS))).toBe(true);
  });
});
