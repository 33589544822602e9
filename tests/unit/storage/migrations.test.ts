// Upgrading the database from every earlier schema version keeps every record (a fixture per version).
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { recountSummary, summaryOf, type Counted } from '@/lib/storage/observation-summary';
import { AppDB } from '@/lib/storage/db';

const at = '2026-11-27T10:00:00.000Z';
const page = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P1',
  adapter: 'demo',
  personId: 'P1',
  formName: 'Person summary',
};
const note = {
  id: crypto.randomUUID(),
  text: 'v1 note',
  page,
  pageKey: 'k',
  author: 'Sam',
  createdAt: at,
  updatedAt: at,
};
const observation = {
  id: crypto.randomUUID(),
  auditId: null,
  kind: 'strength',
  comment: 'v2 observation',
  evidenceSource: 'case-record',
  factors: [],
  target: { page, selectors: [] },
  pageKey: 'k',
  author: 'Sam',
  createdAt: at,
  updatedAt: at,
};
const flag = {
  id: crypto.randomUUID(),
  category: 'other',
  severity: 'low',
  target: { page, selectors: [] },
  pageKey: 'k',
  author: 'Sam',
  createdAt: at,
  screenRef: 'x',
};

/** The stores of each published version, as they were declared then. */
const VERSIONS: Record<number, Record<string, string>> = {
  1: { notes: 'id, pageKey, createdAt' },
  2: {
    audits: 'id, status, updatedAt, caseRef.personId',
    observations: 'id, pageKey, auditId, createdAt',
    templates: 'key',
  },
  3: {
    frictionFlags: 'id, screenRef, createdAt',
    frictionCounters: 'key, screenRef, screenDay, day',
    appliedBatches: 'id, at',
  },
  4: { recordHistory: 'id, recordId, at', importedFiles: 'hash' },
  5: {},
};

/** An edit-trail entry as version 4 and 5 kept it (no `parentId`). */
const entry = {
  id: crypto.randomUUID(),
  table: 'observations',
  recordId: observation.id,
  version: observation,
  reason: 'edited',
  at,
  source: '',
  by: 'Sam',
};

async function createAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(VERSIONS[v]!);
  await old.open();
  await old.table('notes').add(note);
  if (version >= 2) await old.table('observations').add(observation);
  if (version >= 3) await old.table('frictionFlags').add(flag);
  if (version >= 4) await old.table('recordHistory').add(entry);
  old.close();
}

/** The newest schema version in lib/storage/db.ts. */
const LATEST_VERSION = 18;

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database upgrades', () => {
  it.each([1, 2, 3, 4, 5])('from version %i to the current one, losing nothing', async (version) => {
    const name = `upgrade-${version}-${crypto.randomUUID()}`;
    names.push(name);
    await createAtVersion(name, version);
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.notes.toArray()).toEqual([note]);
    if (version >= 2) expect(await db.observations.toArray()).toEqual([observation]);
    if (version >= 3) expect(await db.frictionFlags.toArray()).toEqual([flag]);
    expect(await db.recordHistory.toArray()).toEqual(version >= 4 ? [entry] : []);
    expect(await db.importedFiles.count()).toBe(0);
    expect(await db.roundPacks.count()).toBe(0);
    expect(await db.moderations.count()).toBe(0);
    // Version 15: findings, none until the QA lead writes one.
    expect(await db.findings.count()).toBe(0);
    // Version 6: replies, and the edit trail found by observation (`parentId`); earlier entries have none.
    expect(await db.replies.count()).toBe(0);
    expect(await db.recordHistory.where('parentId').equals(observation.id).count()).toBe(0);
    expect(await db.recordHistory.where('recordId').equals(observation.id).count()).toBe(
      version >= 4 ? 1 : 0,
    );
    // Version 10: the counts the dashboard reads first are built from what was stored.
    expect(summaryOf(await db.summaries.toArray())).toEqual(
      recountSummary(version >= 2 ? [observation as Counted] : []),
    );
    db.close();
  });

  it('finds the audits of a round stored before version 17 through its roundId index', async () => {
    const name = `upgrade-round-audits-${crypto.randomUUID()}`;
    names.push(name);
    await createAtVersion(name, 2);
    const audit = (id: string, roundId?: string) => ({
      id,
      templateId: 'learning-case-file-audit',
      templateVersion: 1,
      caseRef: { personId: 'P1' },
      auditor: 'Sam',
      status: 'in-progress',
      sections: {},
      startedAt: at,
      updatedAt: at,
      ...(roundId ? { roundId } : {}),
    });
    const old = new Dexie(name);
    for (let v = 1; v <= 2; v++) old.version(v).stores(VERSIONS[v]!);
    await old.table('audits').bulkAdd([audit('a1', 'R1'), audit('a2', 'R2'), audit('a3'), audit('a4', 'R1')]);
    old.close();

    const db = new AppDB(name);
    const { roundAudits } = await import('@/lib/storage/audits');
    const found = await roundAudits(db, 'R1');
    expect(found.map((a) => a.id).sort()).toEqual(['a1', 'a4']);
    expect(await db.audits.count()).toBe(4);
    db.close();
  });

  it('sets dates from the future (let in by earlier imports) to the upgrade, so retention purges them', async () => {
    const { purgeBefore, retentionCutoff } = await import('@/lib/storage/retention');
    const name = `upgrade-future-${crypto.randomUUID()}`;
    names.push(name);
    await createAtVersion(name, 4);
    const old = new Dexie(name);
    for (let v = 1; v <= 4; v++) old.version(v).stores(VERSIONS[v]!);
    const future = { ...observation, id: crypto.randomUUID(), updatedAt: '9999-12-31T00:00:00.000Z' };
    await old.table('observations').add(future);
    old.close();

    const before = Date.now();
    const db = new AppDB(name);
    await db.open();
    const upgraded = await db.observations.get(future.id);
    expect(Date.parse(upgraded!.updatedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(upgraded!.updatedAt)).toBeLessThanOrEqual(Date.now());
    expect(upgraded!.createdAt).toBe(at); // a date in the past is left alone
    expect(await db.observations.get(observation.id)).toEqual(observation);

    // A year after the upgrade, with a year's retention, it goes; unchanged, it would have stayed for ever.
    const yearLater = new Date(Date.now() + 366 * 24 * 60 * 60 * 1000);
    await purgeBefore(db, retentionCutoff(365, yearLater));
    expect(await db.observations.get(future.id)).toBeUndefined();
    db.close();
  });
});
