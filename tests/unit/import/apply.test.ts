// Applying a file: one transaction per file, the same file twice changes nothing, records round-trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/storage/db';
import { createNote } from '@/lib/storage/notes';
import { createObservation, updateObservation } from '@/lib/storage/observations';
import { finishAudit, startAudit, updateSection } from '@/lib/storage/audits';
import { importTemplate } from '@/lib/storage/templates';
import { createFlag } from '@/lib/storage/friction-flags';
import { applyBatch } from '@/lib/storage/friction-counters';
import { TemplateSchema } from '@/lib/model/template';
import { applyImport } from '@/lib/export/import/apply';
import { previewImport } from '@/lib/export/import/preview';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { importFiles, importParsed } from '@/lib/export/import/import-many';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';
import { bundle, counts, fixtureJson, fixtureText, freshDb, snapshot } from './support';

let source: AppDB;
let target: AppDB;
beforeEach(() => {
  source = freshDb();
  target = freshDb();
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const page = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P1/assessment',
  title: 'Maya Jones – Assessment',
  adapter: 'demo',
  personId: 'P1',
  formName: 'Assessment',
};
const { title: _title, ...notePage } = page;
const target1 = { page: notePage, selectors: [], quote: undefined };

/** Records written through lib/storage on `db`, as an exporter would gather them. */
async function exportOf(db: AppDB): Promise<IncomingBundle> {
  const { templates, frictionFlags, ...rest } = {
    audits: await db.audits.toArray(),
    observations: await db.observations.toArray(),
    notes: await db.notes.toArray(),
    templates: await db.templates.toArray(),
    frictionFlags: await db.frictionFlags.toArray(),
    frictionCounters: await db.frictionCounters.toArray(),
  };
  return bundle('Ann Auditor', new Date().toISOString(), {
    ...rest,
    templates: templates.map((stored) => stored.template),
    frictionFlags: frictionFlags.map(({ screenRef: _screenRef, ...flag }) => flag),
  });
}

async function populate(db: AppDB): Promise<void> {
  const template = await importTemplate(db, fixtureJson('margin-export-v1.json').templates[0]);
  const audit = await startAudit(db, TemplateSchema.parse(template), { personId: 'P1' }, 'Ann Auditor');
  await updateSection(db, audit.id, 'voice-of-the-child', {
    grade: 'good',
    justification: 'Seen.',
    complete: true,
  });
  await finishAudit(db, audit.id, 'good', 'Fine.', { now: new Date(Date.now() + 1000) });
  await createNote(db, {
    text: '<script>alert(1)</script> check minutes',
    context: page,
    author: 'Ann Auditor',
  });
  const fields = {
    auditId: audit.id,
    kind: 'concern' as const,
    comment: 'Analysis repeats the chronology.',
    evidenceSource: 'case-record' as const,
    factors: [{ factor: 'human-tool', subItem: 'assessment-forms' }],
  };
  const observation = await createObservation(db, { fields, target: target1, author: 'Ann Auditor' });
  await updateObservation(
    db,
    observation.id,
    { ...fields, grade: 'requires-improvement' },
    observation.updatedAt,
  );
  await createFlag(db, { category: 'duplicate-entry', severity: 'high' }, target1, 'Sam');
  const field = {
    form: 'Assessment',
    field: 'analysis',
    tag: 'textarea',
    focus: 3,
    returns: 2,
    dwellMs: 900,
  };
  const zero = { corrections: 0, pastes: 0, invalid: 0, abandoned: 1, rageClicks: 0, deadClicks: 0 };
  await applyBatch(
    db,
    {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      fields: [{ ...field, ...zero }],
      page: { errorSummaries: 1, timeoutWarnings: 0, unsavedExits: 0, submits: 2 },
    },
    { origin: page.origin, screen: 'Assessment' },
    'device-test',
  );
}

function parsed(value: IncomingBundle, name = 'ann.json'): IncomingBundle {
  const result = parseImportFile(JSON.stringify(value), name);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.bundle;
}

const DATA_TABLES = ['audits', 'notes', 'observations', 'frictionFlags', 'frictionCounters'] as const;

describe('applyImport', () => {
  it('round-trips: records written on one device arrive identical on another', async () => {
    await populate(source);
    const file = parsed(await exportOf(source));
    const result = await applyImport(target, file, 'ann.json');
    expect(result.status).toBe('imported');
    expect(result.tables.audits.new).toHaveLength(1);
    expect(result.frictionCounters.new).toHaveLength(2);
    const [from, to] = [await snapshot(source), await snapshot(target)];
    for (const table of DATA_TABLES) expect(to[table], table).toEqual(from[table]);
    expect((await target.templates.toArray()).map((t) => t.template)).toEqual(
      (await source.templates.toArray()).map((t) => t.template),
    );
    expect(await target.recordHistory.count()).toBe(0);

    // Importing it back where it came from: every record is identical.
    const home = await previewImport(source, file);
    for (const table of ['audits', 'observations', 'notes', 'frictionFlags'] as const) {
      expect(home.tables[table].identical).toHaveLength(from[table]!.length);
      expect(home.tables[table].new).toEqual([]);
    }
    expect(home.templates.identical).toEqual(['northbury-supervision@1']);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const text = fixtureText('margin-export-v1.json');
    const [first] = await importFiles(target, [{ fileName: 'v1.json', text }]);
    expect(first).toMatchObject({ ok: true, result: { status: 'imported' } });
    const before = await snapshot(target);
    const preview = await previewImport(target, parsed(JSON.parse(text) as IncomingBundle));
    expect(preview.alreadyImported).toBe(true);
    const [second] = await importFiles(target, [{ fileName: 'copy of v1.json', text }]);
    expect(second).toMatchObject({ ok: true, result: { status: 'already-imported', historyWritten: 0 } });
    expect(await snapshot(target)).toEqual(before);

    // The same records in a later export: all identical, nothing but the file's own row written.
    const again = parsed({
      ...fixtureJson('margin-export-v1.json'),
      exportedAt: '2025-03-01T00:00:00.000Z',
      frictionCounters: [],
    });
    const result = await applyImport(target, again, 'later.json');
    for (const table of ['audits', 'observations', 'notes', 'frictionFlags'] as const) {
      expect(result.tables[table].identical.length, table).toBe(before[table]!.length);
      expect(result.tables[table].new.length + result.tables[table].changed.length, table).toBe(0);
    }
    const after = await snapshot(target);
    expect({ ...after, importedFiles: [] }).toEqual({ ...before, importedFiles: [] });
  });

  it('applies the bundle the panel parsed and previewed, under the preview’s hash, as importing the text does', async () => {
    const text = fixtureText('margin-export-v1.json');
    const read = parseImportFile(text, 'v1.json');
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const preview = await previewImport(target, read.bundle);
    const [outcome] = await importParsed(target, [
      { fileName: 'v1.json', bundle: read.bundle, fileHash: preview.fileHash },
    ]);
    expect(outcome).toMatchObject({ ok: true, result: { status: 'imported', fileHash: preview.fileHash } });
    const [other] = await importFiles(source, [{ fileName: 'v1.json', text }]);
    const applied = await snapshot(target);
    const fromText = await snapshot(source);
    for (const table of ['audits', 'observations', 'notes', 'frictionFlags', 'frictionCounters'])
      expect(applied[table], table).toEqual(fromText[table]);
    const templates = (rows: unknown[] | undefined) =>
      rows!.map((row) => (row as { template: unknown }).template);
    expect(templates(applied.templates)).toEqual(templates(fromText.templates));
    expect(applied.observations!.length).toBeGreaterThan(0);
    expect(other).toMatchObject({ ok: true, result: { fileHash: preview.fileHash } });
    // Recognised as the same file afterwards, however it was applied.
    const [again] = await importFiles(target, [{ fileName: 'copy.json', text }]);
    expect(again).toMatchObject({ ok: true, result: { status: 'already-imported' } });
  });

  it('writes nothing of a file when the transaction fails part-way', async () => {
    await importFiles(target, [{ fileName: 'v0.json', text: fixtureText('margin-export-v0.json') }]);
    const before = await snapshot(target);
    const beforeCounts = await counts(target);
    const file = parsed(fixtureJson('margin-export-v1.json'), 'v1.json');
    const preview = await previewImport(target, file);
    expect(preview.tables.observations.new).toHaveLength(1);
    expect(preview.frictionCounters.new).toHaveLength(2);
    // The last write of the file (its importedFiles row) fails, after every record was put.
    target.importedFiles.hook('creating', () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    await expect(applyImport(target, file, 'v1.json')).rejects.toThrow(/disk is full/);
    expect(await counts(target)).toEqual(beforeCounts);
    expect(await snapshot(target)).toEqual(before);
    const [outcome] = await importFiles(target, [
      { fileName: 'v1.json', text: fixtureText('margin-export-v1.json') },
    ]);
    expect(outcome).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^v1\.json could not be imported \(nothing of it was written\)/)],
    });
    expect(await snapshot(target)).toEqual(before);
  });

  it('keeps a stored template and reports a different one under the same id@version', async () => {
    await applyImport(target, parsed(fixtureJson('margin-export-v1.json')), 'v1.json');
    const file = fixtureJson('margin-export-v1.json');
    const other = bundle('Ben', '2025-02-10T00:00:00.000Z', {
      templates: [{ ...file.templates[0]!, name: 'Renamed' }],
    });
    const result = await applyImport(target, parsed(other, 'ben.json'), 'ben.json');
    expect(result.templates.conflicting).toEqual(['northbury-supervision@1']);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ table: 'templates', id: 'northbury-supervision@1' }),
    ]);
    expect((await target.templates.get('northbury-supervision@1'))?.template.name).toBe(
      'Northbury supervision audit',
    );
  });

  it('keeps one row per device, field and day: overlapping and repeated exports count once', async () => {
    const file = fixtureJson('margin-export-v1.json');
    const one = file.frictionCounters[0]!;
    const counted = async () =>
      (await target.frictionCounters.toArray()).map((row) => [row.device, row.counts]);
    await applyImport(target, parsed(file), 'a.json');
    const once = await counted();
    // The same person's later export of the same days (version 1 files name no device): no change.
    const overlap = parsed({ ...file, exportedAt: '2025-02-05T00:00:00.000Z' }, 'a-later.json');
    expect((await applyImport(target, overlap, 'a-later.json')).frictionCounters.changed).toHaveLength(2);
    expect(await counted()).toEqual(once);
    // Another person's export of the same field and day: their own row, added beside.
    const ben = parsed({ ...file, exportedBy: 'Ben', exportedAt: '2025-02-04T00:00:00.000Z' }, 'b.json');
    expect((await applyImport(target, ben, 'b.json')).frictionCounters.new).toHaveLength(2);
    const rows = await target.frictionCounters
      .where('screenDay')
      .equals(`${one.day}|${one.origin}|${one.screen}`)
      .toArray();
    expect(rows.filter((row) => row.field === one.field).map((row) => row.counts.focus)).toEqual([
      one.counts.focus,
      one.counts.focus,
    ]);
    expect(rows.find((row) => row.device === 'exported-by:Ben')?.label).toBe('Analysis');
  });

  it('takes a device’s later copy of a day whatever order its exports arrive in, and again changes nothing', async () => {
    const file = fixtureJson('margin-export-v1.json');
    const at = (n: number) => `2025-02-0${n}T00:00:00.000Z`;
    const copy = (exportedAt: string, focus: number) => ({
      ...file,
      schemaVersion: 2 as const,
      exportedAt,
      frictionCounters: [{ ...file.frictionCounters[0]!, device: 'device-laptop-7', counts: { focus } }],
    });
    const earlier = parsed(copy(at(4), 5), 'monday.json');
    const later = parsed(copy(at(6), 9), 'wednesday.json');
    for (const [order, name] of [
      [[earlier, later], 'in order'],
      [[later, earlier, later, earlier], 'reversed and repeated'],
    ] as const) {
      const db = freshDb();
      for (const bundle of order) await applyImport(db, bundle, `${name}.json`);
      const rows = await db.frictionCounters.toArray();
      expect(
        rows.map((row) => [row.device, row.counts]),
        name,
      ).toEqual([['device-laptop-7', { focus: 9 }]]);
      await db.delete();
    }
  });
});
