// Three auditors' overlapping files merged into the QA lead's database: later edits win, an equal-time
// edit is a conflict the device's copy wins, and every losing version stays in the record's history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '@/lib/export/import/import-many';
import { previewImport } from '@/lib/export/import/preview';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { recordHistory } from '@/lib/storage/edit-history';
import type { HistoryEntry } from '@/lib/storage/history';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';
import type { AppDB } from '@/lib/storage/db';
import { bundle, fixtureJson, freshDb, snapshot } from './support';

let db: AppDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

const base = fixtureJson('margin-export-v1.json');
const [audit, obs, , evidence] = [
  base.audits[0]!,
  base.observations[0]!,
  base.observations[1]!,
  base.observations[2]!,
];
const [note, flag, row, template] = [
  base.notes[0]!,
  base.frictionFlags[0]!,
  base.frictionCounters[0]!,
  base.templates[0]!,
];

// Ann exported first: the audit, an observation, a note, a flag, a counter row.
const ann = bundle('Ann', '2025-02-01T09:00:00.000Z', {
  audits: [audit],
  observations: [obs],
  notes: [note],
  templates: [template],
  frictionFlags: [flag],
  frictionCounters: [row],
});
// Ben edited the observation later, and adds his own observation and counts for the same field and day.
const obsByBen = { ...obs, comment: 'Reworded by Ben.', updatedAt: '2025-01-16T11:00:00.000Z' };
const ben = bundle('Ben', '2025-02-02T09:00:00.000Z', {
  observations: [obsByBen, evidence],
  frictionFlags: [flag],
  frictionCounters: [{ ...row, counts: { focus: 1, rageClicks: 2 } }],
});
// Cat finished the audit later, still holds Ann's observation, and changed the note with the same
// updatedAt as Ann's: a conflict.
const auditByCat = { ...audit, summary: 'Summary revised by Cat.', updatedAt: '2025-01-20T08:00:00.000Z' };
const noteByCat = { ...note, text: 'Check the strategy discussion minutes AND the chronology.' };
const cat = bundle('Cat', '2025-02-03T09:00:00.000Z', {
  audits: [auditByCat],
  observations: [obs],
  notes: [noteByCat],
});

const file = (name: string, value: IncomingBundle) => ({ fileName: name, text: JSON.stringify(value) });
const strip = ({ id: _id, at: _at, ...entry }: HistoryEntry) => entry;

describe('merging three auditors’ files', () => {
  it('applies the rule file by file and keeps every losing version', async () => {
    // Picked in any order: applied by exportedAt (Ann, Ben, Cat).
    const outcomes = await importFiles(db, [
      file('cat.json', cat),
      file('ann.json', ann),
      file('ben.json', ben),
    ]);
    expect(outcomes.map((o) => o.fileName)).toEqual(['ann.json', 'ben.json', 'cat.json']);
    const [a, b, c] = outcomes.map((o) => (o.ok ? o.result : undefined));
    expect(a?.tables.audits.new).toEqual([audit.id]);
    expect(b?.tables.observations).toMatchObject({ changed: [obs.id], new: [evidence.id] });
    expect(b?.tables.frictionFlags.identical).toEqual([flag.id]);
    expect(c?.tables.audits.changed).toEqual([auditByCat.id]);
    expect(c?.tables.observations.outdated).toEqual([obs.id]);
    expect(c?.tables.notes.conflicting).toEqual([note.id]);
    expect(c?.conflicts).toEqual([expect.objectContaining({ table: 'notes', id: note.id })]);

    // Later edits won; on the tie the copy already stored (Ann's) was kept.
    expect(await db.audits.get(audit.id)).toEqual(auditByCat);
    expect((await db.observations.get(obs.id))?.comment).toBe('Reworded by Ben.');
    expect((await db.notes.get(note.id))?.text).toBe(note.text);
    // Counts of one field and day stay per device (here: per exporter, version 1 files name no device).
    const rows = await db.frictionCounters.where('screenDay').equals(row.screenDay).toArray();
    expect(
      Object.fromEntries(rows.filter((r) => r.field === row.field).map((r) => [r.device, r.counts])),
    ).toEqual({
      'exported-by:Ann': row.counts,
      'exported-by:Ben': { focus: 1, rageClicks: 2 },
    });

    // The losers, each once (Cat's copy of the observation is Ann's version, already kept).
    expect((await recordHistory(db, audit.id)).map(strip)).toEqual([
      {
        table: 'audits',
        recordId: audit.id,
        version: audit,
        reason: 'import-superseded',
        source: 'cat.json',
      },
    ]);
    expect((await recordHistory(db, obs.id)).map(strip)).toEqual([
      {
        table: 'observations',
        recordId: obs.id,
        version: obs,
        reason: 'import-superseded',
        source: 'ben.json',
      },
    ]);
    expect((await recordHistory(db, note.id)).map(strip)).toEqual([
      {
        table: 'notes',
        recordId: note.id,
        version: noteByCat,
        reason: 'import-conflict',
        source: 'cat.json',
      },
    ]);
    expect(c?.historyWritten).toBe(2);

    // All three again: recognised, nothing written.
    const before = await snapshot(db);
    const again = await importFiles(db, [
      file('ann.json', ann),
      file('ben.json', ben),
      file('cat.json', cat),
    ]);
    expect(again.map((o) => o.ok && o.result.status)).toEqual([
      'already-imported',
      'already-imported',
      'already-imported',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('shows the conflict in the preview before anything is written', async () => {
    await importFiles(db, [file('ann.json', ann)]);
    const before = await snapshot(db);
    const parsed = parseImportFile(JSON.stringify(cat), 'cat.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const preview = await previewImport(db, parsed.bundle);
    expect(preview).toMatchObject({
      alreadyImported: false,
      exportedBy: 'Cat',
      historyEntries: 2,
      tables: {
        audits: { changed: [audit.id] },
        observations: { identical: [obs.id] },
        notes: { conflicting: [note.id] },
      },
    });
    expect(preview.conflicts[0]?.message).toMatch(/same time; this device's version was kept/);
    expect(await snapshot(db)).toEqual(before);
  });
});
