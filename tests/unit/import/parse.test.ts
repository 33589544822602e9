// Reading export files: every refusal names the file, the record and the field, and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { importFiles } from '@/lib/export/import/import-many';
import type { AppDB } from '@/lib/storage/db';
import { counts, fixtureJson, fixtureText, freshDb, snapshot } from './support';

let db: AppDB;
beforeEach(async () => {
  db = freshDb();
  // Something already on the device, which a refused file must leave alone.
  await importFiles(db, [{ fileName: 'mine.json', text: fixtureText('margin-export-v1.json') }]);
});
afterEach(() => db.delete());

/** Imports one file and asserts it was refused with nothing written; returns the messages. */
async function refused(text: string, fileName = 'bad.json'): Promise<string[]> {
  const before = await snapshot(db);
  const beforeCounts = await counts(db);
  const [outcome] = await importFiles(db, [{ fileName, text }]);
  expect(outcome?.ok).toBe(false);
  expect(await counts(db)).toEqual(beforeCounts);
  expect(await snapshot(db)).toEqual(before);
  return outcome && !outcome.ok ? outcome.errors : [];
}

function v1With(change: (file: ReturnType<typeof fixtureJson>) => void): string {
  const file = fixtureJson('margin-export-v1.json');
  change(file);
  return JSON.stringify(file);
}

describe('parseImportFile', () => {
  it('accepts the version 1 fixture as it is', () => {
    const parsed = parseImportFile(fixtureText('margin-export-v1.json'), 'v1.json');
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.migratedFrom).toBeUndefined();
    expect(parsed.ok && parsed.bundle.observations).toHaveLength(3);
  });

  it('refuses a truncated file, saying it may have been cut off', async () => {
    const text = fixtureText('margin-export-v1.json');
    const [message] = await refused(text.slice(0, text.length / 2), 'cut.json');
    expect(message).toMatch(/^cut\.json is not complete JSON \(it may have been cut off/);
    expect(await refused('')).toEqual(['bad.json is empty.']);
    expect((await refused('{"schemaVersion": 1,, }'))[0]).toMatch(/^bad\.json is not valid JSON/);
  });

  it('refuses a file from a newer Margin, an unknown version, and files that are not exports', async () => {
    expect(
      await refused(
        v1With((f) => Object.assign(f, { schemaVersion: 7 })),
        'new.json',
      ),
    ).toEqual(['new.json was made by a newer Margin (schema version 7); update Margin to import it.']);
    expect((await refused(v1With((f) => Object.assign(f, { schemaVersion: 'one' }))))[0]).toMatch(
      /schemaVersion: "one" is not a schema version Margin knows/,
    );
    expect((await refused('[1, 2]'))[0]).toMatch(/not a Margin export file/);
    expect((await refused('{"id": "x", "sections": []}'))[0]).toMatch(/no schemaVersion.*template/);
  });

  it('names file, record and field for wrong types, capped at 20 messages', async () => {
    const errors = await refused(
      v1With((f) => {
        Object.assign(f.observations[1]!, { comment: 42 });
        Object.assign(f.audits[0]!, { status: 'done', surprise: true });
        Object.assign(f, { exportedAt: 'yesterday' });
      }),
    );
    expect(errors).toContain(
      'bad.json: observations[1] (id "5209a8c3…"): comment: expected text, got a number',
    );
    expect(errors).toContain(
      'bad.json: audits[0] (id "9b59bf77…"): status: expected "in-progress" or "finished", got "done"',
    );
    expect(errors).toContain('bad.json: audits[0] (id "9b59bf77…"): unexpected field "surprise"');
    expect(errors.some((e) => e.startsWith('bad.json: exportedAt: expected a date and time'))).toBe(true);

    const many = await refused(
      v1With((f) =>
        f.notes.push(...Array.from({ length: 30 }, () => ({ ...f.notes[0]!, text: 1 as never }))),
      ),
    );
    expect(many).toHaveLength(21);
    expect(many[20]).toBe('…and 10 more problems.');
  });

  it('refuses a very large file before parsing it', async () => {
    const [message] = await refused(`{"pad": "${'x'.repeat(50 * 1024 * 1024)}"}`, 'huge.json');
    expect(message).toMatch(
      /^huge\.json is very large \(50\.0 MB or more\); Margin imports files of up to 50\.0 MB/,
    );
    expect(parseImportFile(fixtureText('margin-export-v1.json'), 'small.json', 1000)).toMatchObject({
      ok: false,
      errors: [
        expect.stringMatching(
          /^small\.json is very large \(\d+ KB or more\); Margin imports files of up to 1 KB/,
        ),
      ],
    });
  });

  it('refuses strings beyond the schema limits and repeated ids', async () => {
    const long = await refused(
      v1With((f) => Object.assign(f.observations[0]!, { comment: 'a'.repeat(100_000) })),
    );
    expect(long).toEqual([
      'bad.json: observations[0] (id "6c59f7c6…"): comment: too long (100000): at most 20000 characters',
    ]);
    const counters = await refused(
      v1With((f) => Object.assign(f.frictionCounters[0]!, { counts: { focus: -5 } })),
    );
    expect(counters).toEqual([
      'bad.json: frictionCounters[0] (key "2025-01-13|https://lcs.northbury.example|Child and Family As…"): counts.focus: too small: at least 0',
    ]);
    const twice = await refused(v1With((f) => f.notes.push(f.notes[0]!)));
    expect(twice).toEqual([`bad.json: notes[1] ("cb0c6f3d-24b5-4ee4-b3dd-d733bcae3e62"): repeats notes[0]`]);
  });

  it('keeps markup and formulas as inert text, recomputes derived keys, and ignores __proto__', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const text = v1With((f) => {
      Object.assign(f.observations[0]!, { comment: hostile, pageKey: 'https://elsewhere.example/' });
      Object.assign(f.notes[0]!, { text: '=HYPERLINK("http://evil.example","click")' });
    }).replace('"sections": {', '"sections": { "__proto__": { "polluted": true },');
    const parsed = parseImportFile(text, 'hostile.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.bundle.observations[0]!.comment).toBe(hostile);
    expect(parsed.bundle.observations[0]!.pageKey).toBe(parsed.bundle.observations[1]!.pageKey);
    expect(parsed.bundle.notes[0]!.text).toBe('=HYPERLINK("http://evil.example","click")');
    expect(Object.keys(parsed.bundle.audits[0]!.sections)).toEqual(['voice-of-the-child']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Stored exactly as text, under the screen its page gives.
    const [outcome] = await importFiles(db, [{ fileName: 'hostile.json', text }]);
    expect(outcome).toMatchObject({
      ok: true,
      result: { tables: { observations: { conflicting: [parsed.bundle.observations[0]!.id] } } },
    });
    const fresh = freshDb();
    await importFiles(fresh, [{ fileName: 'hostile.json', text }]);
    expect((await fresh.observations.get(parsed.bundle.observations[0]!.id))?.comment).toBe(hostile);
    expect((await fresh.notes.toArray())[0]?.text).toBe('=HYPERLINK("http://evil.example","click")');
    await fresh.delete();
  });

  it('refuses a schemaVersion or enum value that cannot be turned into text (found by the property tests)', () => {
    expect(parseImportFile('{"schemaVersion": {"toString": 1}}', 'f.json')).toEqual({
      ok: false,
      errors: ['f.json: schemaVersion: "[object Object]" is not a schema version Margin knows (0, 1 or 2).'],
    });
    const file = fixtureJson('margin-export-v1.json');
    Object.assign(file.observations[0]!, { kind: { valueOf: 1, toString: 2 } });
    expect(parseImportFile(JSON.stringify(file), 'f.json')).toEqual({
      ok: false,
      errors: [
        'f.json: observations[0] (id "6c59f7c6…"): kind: expected "strength" or "concern" or "question" or "evidence", got "[object Object]"',
      ],
    });
  });
});
