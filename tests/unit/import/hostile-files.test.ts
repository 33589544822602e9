// Files that are valid JSON and pass the record schemas but must still not be merged: nested past any
// export's depth, dated in the future, or made for sharing (pseudonymised, quotes left out). Each is
// refused with a message a person can act on, and nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '@/lib/export/import/import-many';
import { MAX_NESTING, nestingDepth } from '@/lib/export/import/json-text';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { previewImport } from '@/lib/export/import/preview';
import type { AppDB } from '@/lib/storage/db';
import { counts, fixtureJson, fixtureText, freshDb, snapshot } from './support';

let db: AppDB;
beforeEach(async () => {
  db = freshDb();
  await importFiles(db, [{ fileName: 'mine.json', text: fixtureText('margin-export-v1.json') }]);
});
afterEach(() => db.delete());

async function refusedWithNothingWritten(text: string, fileName: string, now = new Date()): Promise<string> {
  const before = await snapshot(db);
  const beforeCounts = await counts(db);
  const [outcome] = await importFiles(db, [{ fileName, text }], now);
  expect(outcome?.ok).toBe(false);
  expect(await counts(db)).toEqual(beforeCounts);
  expect(await snapshot(db)).toEqual(before);
  return outcome && !outcome.ok ? outcome.errors.join(' ') : '';
}

/** `{"a":{"a":…1…}}`, `depth` objects deep, written as text (building it as objects would overflow). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The fixture export with `filters` (kept as given, never interpreted) nested `depth` objects deep. */
function withDeepFilters(depth: number): string {
  const file = fixtureJson('margin-export-v1.json');
  file.filters = { deep: 'DEEP' };
  const text = JSON.stringify(file).replace('"DEEP"', nested(depth));
  expect(text).toContain('{"a":{"a":');
  return text;
}

describe('deep nesting', () => {
  it('measures any depth without recursion, stopping past the limit', () => {
    expect(nestingDepth(1)).toBe(0);
    expect(nestingDepth({ a: [{}, { b: [1] }] })).toBe(4);
    expect(nestingDepth(JSON.parse(nested(200_000)), 100)).toBe(101);
  });

  it('refuses a valid export with 100,000 nested objects in one field, and nothing throws', async () => {
    const reason = await refusedWithNothingWritten(withDeepFilters(100_000), 'deep.json');
    expect(reason).toContain(`deep.json nests objects or lists more than ${MAX_NESTING} levels deep`);
  });

  it('accepts nesting as deep as a real export goes', () => {
    expect(parseImportFile(withDeepFilters(MAX_NESTING - 3), 'fine.json')).toMatchObject({ ok: true });
  });
});

describe('dates from the future', () => {
  const now = new Date('2026-12-07T12:00:00.000Z');

  it('refuses a record dated 9999-12-31, naming the record and the field', async () => {
    const file = fixtureJson('margin-export-v1.json');
    file.observations[1]!.updatedAt = '9999-12-31T00:00:00.000Z';
    const reason = await refusedWithNothingWritten(JSON.stringify(file), 'future.json', now);
    expect(reason).toMatch(/future\.json: observations\[1\] \(id "[0-9a-f]{8}…"\): updatedAt: 9999-12-31/);
    expect(reason).toContain('more than a day after this computer');
  });

  it('refuses future export stamps, audit dates and counter days; allows a day of clock skew', async () => {
    const file = fixtureJson('margin-export-v1.json');
    const variants: [string, (f: typeof file) => void][] = [
      ['exportedAt', (f) => (f.exportedAt = '2027-01-01T00:00:00.000Z')],
      ['startedAt', (f) => (f.audits[0]!.startedAt = '2030-01-01T00:00:00.000Z')],
      ['day', (f) => (f.frictionCounters[0]!.day = '2026-12-10')],
    ];
    for (const [field, change] of variants) {
      const copy = structuredClone(file);
      change(copy);
      expect(await refusedWithNothingWritten(JSON.stringify(copy), `${field}.json`, now)).toContain(
        `${field}: `,
      );
    }
    const skewed = structuredClone(file);
    skewed.exportedAt = '2026-12-08T06:00:00.000Z'; // 18 hours ahead: another time zone or a slow clock
    expect(parseImportFile(JSON.stringify(skewed), 'skewed.json', undefined, now.getTime())).toMatchObject({
      ok: true,
    });
  });
});

describe('copies made for sharing', () => {
  for (const options of [
    { redactQuotes: false, pseudonymise: true },
    { redactQuotes: true, pseudonymise: false },
  ]) {
    it(`are refused, saying what they are (${JSON.stringify(options)})`, async () => {
      const file = fixtureJson('margin-export-v1.json');
      file.options = options;
      const reason = await refusedWithNothingWritten(JSON.stringify(file), 'shared.json');
      expect(reason).toContain('shared.json is a copy made for sharing');
      expect(reason).toContain(options.pseudonymise ? 'pseudonyms' : 'quoted record text left out');
      expect(reason).toContain('ask for a full export');
    });
  }

  it('a full export still previews and imports', async () => {
    const parsed = parseImportFile(fixtureText('margin-export-v1.json'), 'again.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect((await previewImport(db, parsed.bundle)).alreadyImported).toBe(true);
  });
});
