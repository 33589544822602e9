// Replies travel with their observations: exported, imported and merged by id (the later edit wins,
// the loser kept in the observation's trail), counted in the preview; files without replies still
// import; a reply without its observation, repeated, or deleted on this device is never written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/storage/db';
import { createObservation } from '@/lib/storage/observations';
import { createReply, deleteReply, repliesFor, updateReply } from '@/lib/storage/replies';
import { observationTrail } from '@/lib/storage/edit-history';
import { exportFile } from '@/lib/export/export-file';
import { importFiles } from '@/lib/export/import/import-many';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { previewImport } from '@/lib/export/import/preview';
import type { ObservationFields } from '@/lib/model/observation';
import { freshDb, snapshot } from './support';

const fields: ObservationFields = {
  auditId: null,
  kind: 'question',
  comment: 'Was the child seen alone?',
  evidenceSource: 'case-record',
  factors: [],
};
const target = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1/visits', adapter: 'demo', personId: 'P1' },
  selectors: [],
};
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));

let a: AppDB;
let b: AppDB;
beforeEach(() => {
  a = freshDb();
  b = freshDb();
});
afterEach(async () => {
  await a.delete();
  await b.delete();
});

/** The Margin JSON export of `db` by `who`, as the dashboard writes it. */
async function exported(db: AppDB, who: string, minute: number): Promise<string> {
  const { blob } = await exportFile(db, {
    format: 'margin-json',
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    exportedBy: who,
    generatorVersion: '0.1.0',
    now: at(minute),
  });
  return blob.text();
}

async function started() {
  const observation = await createObservation(a, { fields, target, author: 'Sam Patel' }, at(0));
  const reply = await createReply(
    a,
    {
      observationId: observation.id,
      text: 'Asking the practitioner.',
      author: 'Sam Patel',
      authorRole: 'auditor',
    },
    at(1),
  );
  return { observation, reply };
}

describe('replies through export and import', () => {
  it('two people reply in turn; each import brings the other’s replies, in order, with authors', async () => {
    const { observation } = await started();
    const first = await exported(a, 'Sam Patel', 2);
    const preview = parseImportFile(first, 'sam.json');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect((await previewImport(b, preview.bundle)).tables.replies.new).toHaveLength(1);
    expect(await importFiles(b, [{ fileName: 'sam.json', text: first }], at(3))).toMatchObject([
      { ok: true },
    ]);

    await createReply(
      b,
      { observationId: observation.id, text: 'Yes, on 3 May.', author: 'Jo Okafor', authorRole: 'qa-lead' },
      at(4),
    );
    const second = await exported(b, 'Jo Okafor', 5);
    await importFiles(a, [{ fileName: 'jo.json', text: second }], at(6));
    const thread = await repliesFor(a, observation.id);
    expect(thread.map((r) => [r.author, r.authorRole, r.text])).toEqual([
      ['Sam Patel', 'auditor', 'Asking the practitioner.'],
      ['Jo Okafor', 'qa-lead', 'Yes, on 3 May.'],
    ]);
  });

  it('merges a reply by id: the later edit wins, the other version is kept in the observation’s trail', async () => {
    const { observation, reply } = await started();
    const before = await exported(a, 'Sam Patel', 2);
    await importFiles(b, [{ fileName: 'before.json', text: before }], at(3));
    const edited = await updateReply(
      a,
      reply.id,
      'Asking the practitioner today.',
      reply.updatedAt,
      'Sam Patel',
      at(4),
    );
    const after = await exported(a, 'Sam Patel', 5);

    const parsed = parseImportFile(after, 'after.json');
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    expect((await previewImport(b, parsed.bundle)).tables.replies.changed).toEqual([reply.id]);
    await importFiles(b, [{ fileName: 'after.json', text: after }], at(6));
    expect(await b.replies.get(reply.id)).toEqual(edited);
    const trail = await observationTrail(b, observation.id);
    expect(trail).toMatchObject([
      { table: 'replies', reason: 'import-superseded', parentId: observation.id },
    ]);

    // The older file again, renamed so it is not recognised as already imported: outdated, nothing changes.
    const older = parseImportFile(
      before.replace('"exportedBy": "Sam Patel"', '"exportedBy": "Sam"'),
      'old.json',
    );
    if (!older.ok) throw new Error(older.errors.join(' '));
    expect((await previewImport(b, older.bundle)).tables.replies.outdated).toEqual([reply.id]);
  });

  it('imports a version-2 file written before replies existed', async () => {
    await started();
    const file = JSON.parse(await exported(a, 'Sam Patel', 2)) as Record<string, unknown>;
    delete file.replies;
    const [outcome] = await importFiles(b, [{ fileName: 'old.json', text: JSON.stringify(file) }], at(3));
    expect(outcome).toMatchObject({ ok: true, result: { status: 'imported' } });
    expect(await b.observations.count()).toBe(1);
    expect(await b.replies.count()).toBe(0);
  });

  it('refuses, writing nothing, a reply whose observation is not in the file, and a repeated reply', async () => {
    await started();
    const file = JSON.parse(await exported(a, 'Sam Patel', 2)) as {
      observations: unknown[];
      replies: object[];
    };
    const orphan = { ...file, observations: [] };
    const repeated = { ...file, replies: [file.replies[0], file.replies[0]] };
    const before = await snapshot(b);
    const outcomes = await importFiles(
      b,
      [
        { fileName: 'orphan.json', text: JSON.stringify(orphan) },
        { fileName: 'repeated.json', text: JSON.stringify(repeated) },
      ],
      at(3),
    );
    expect(outcomes).toMatchObject([{ ok: false }, { ok: false }]);
    expect(outcomes[0]!.ok === false && outcomes[0]!.errors.join(' ')).toMatch(
      /replies\[0\].*replies to an observation that is not in this file/,
    );
    expect(outcomes[1]!.ok === false && outcomes[1]!.errors.join(' ')).toMatch(
      /replies\[1\].*repeats replies\[0\]/,
    );
    expect(await snapshot(b)).toEqual(before);
  });

  it('does not bring back a reply its author deleted on this device', async () => {
    const { observation, reply } = await started();
    const file = await exported(a, 'Sam Patel', 2);
    await deleteReply(a, reply.id, 'Sam Patel', at(3));
    await importFiles(a, [{ fileName: 'again.json', text: file }], at(4));
    expect(await repliesFor(a, observation.id)).toEqual([]);
    expect(JSON.stringify(await a.recordHistory.toArray())).not.toContain('Asking the practitioner');
  });
});
