// What an export holds under each filter, read from the Margin JSON file the dashboard's export makes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import type { MarginBundle } from '@/lib/export/bundle-schema';
import { exportFile } from '@/lib/export/export-file';
import type { ExportFilters } from '@/lib/export/filters';
import { COUNTER_ONLY_PERSON, NAMES, PEOPLE, REQUEST, seed } from './fixtures';

/** The Margin JSON export of the records matching `filters`, parsed. */
async function exported(db: AppDB, filters: ExportFilters): Promise<MarginBundle> {
  const { blob } = await exportFile(db, { ...REQUEST, filters });
  return JSON.parse(await blob.text()) as MarginBundle;
}

let db: AppDB;
let auditIds: string[];
beforeEach(async () => {
  db = new AppDB(`export-${crypto.randomUUID()}`);
  ({ auditIds } = await seed(db));
});
afterEach(() => db.delete());

describe('export filters', () => {
  it('exports everything without filters, oldest first, templates of the audits included', async () => {
    const data = await exported(db, {});
    expect(data.observations).toHaveLength(7);
    expect(data.observations.map((o) => o.createdAt)).toEqual(
      data.observations.map((o) => o.createdAt).sort(),
    );
    expect(data.audits.map((a) => a.id)).toEqual(auditIds);
    expect(data.templates.map((t) => `${t.id}@${t.version}`)).toEqual(['learning-case-file-audit@1']);
    expect(data.notes).toHaveLength(1);
    expect(data.frictionFlags).toHaveLength(2);
    expect(data.frictionFlags[0]).not.toHaveProperty('screenRef');
    expect(data.frictionCounters.map((c) => c.field).sort()).toEqual(['(page)', 'reason']);
    expect(data.filters).toEqual({});
  });

  it('filters observations by person, kind, grade, section, factor and text; audits follow', async () => {
    const concern = await exported(db, { kind: 'concern', personId: PEOPLE[1] });
    expect(concern.observations.map((o) => o.kind)).toEqual(['concern']);
    expect(concern.audits.map((a) => a.id)).toEqual([auditIds[1]]);
    // Observation-only filters leave out the record types they cannot apply to.
    expect([concern.notes, concern.frictionFlags, concern.frictionCounters]).toEqual([[], [], []]);
    expect((await exported(db, { grade: 'good' })).observations).toHaveLength(1);
    expect((await exported(db, { sectionId: 'assessment' })).observations).toHaveLength(1);
    expect((await exported(db, { factor: 'judgement' })).observations).toHaveLength(1);
    expect((await exported(db, { factor: 'child-voice' })).observations).toHaveLength(6);
    expect((await exported(db, { text: 'LATER: "MAYBE"' })).observations).toHaveLength(1);
  });

  it('filters by date (UTC days, inclusive), auditor and screen across record types', async () => {
    const days = await exported(db, { dateFrom: '2026-11-05', dateTo: '2026-11-08' });
    expect(days.observations.map((o) => o.createdAt.slice(0, 10))).toEqual([
      '2026-11-05',
      ...Array(5).fill('2026-11-06'),
    ]);
    expect(days.notes).toHaveLength(1);
    expect(days.frictionFlags.map((f) => f.createdAt.slice(0, 10))).toEqual(['2026-11-08']);
    expect(days.frictionCounters).toHaveLength(2);
    const alex = await exported(db, { auditor: ` ${NAMES[1].toUpperCase()} ` });
    expect(alex.observations).toHaveLength(1);
    expect(alex.audits.map((a) => a.auditor)).toEqual([NAMES[1]]);
    expect(alex.filters.auditor).toBe(NAMES[1].toUpperCase());
    const screen = await exported(db, { screen: `/person/${COUNTER_ONLY_PERSON}/contacts` });
    expect(screen.frictionCounters).toHaveLength(2);
    expect(screen.observations).toEqual([]);
    const flags = await exported(db, { frictionCategory: 'duplicate-entry', kind: '' });
    expect(flags.frictionFlags.map((f) => f.category)).toEqual(['duplicate-entry']);
    expect(flags.observations).toEqual([]);
  });

  it('refuses a malformed date filter', async () => {
    await expect(exported(db, { dateFrom: '27/11/2026' })).rejects.toThrow(/YYYY|2026-11-27/);
  });
});
