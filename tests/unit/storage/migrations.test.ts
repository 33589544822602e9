// Upgrading the database from every earlier schema version keeps every record (a fixture per version).
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
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
};

async function createAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(VERSIONS[v]!);
  await old.open();
  await old.table('notes').add(note);
  if (version >= 2) await old.table('observations').add(observation);
  if (version >= 3) await old.table('frictionFlags').add(flag);
  old.close();
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database upgrades', () => {
  it.each([1, 2, 3])('from version %i to the current one, losing nothing', async (version) => {
    const name = `upgrade-${version}-${crypto.randomUUID()}`;
    names.push(name);
    await createAtVersion(name, version);
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.notes.toArray()).toEqual([note]);
    if (version >= 2) expect(await db.observations.toArray()).toEqual([observation]);
    if (version >= 3) expect(await db.frictionFlags.toArray()).toEqual([flag]);
    expect(await db.recordHistory.count()).toBe(0);
    expect(await db.importedFiles.count()).toBe(0);
    db.close();
  });
});
