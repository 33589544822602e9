// Property-based tests of importing Margin JSON files: any text is read or refused with a message naming
// the place; an import writes all of a file or nothing of it (also when a write fails part-way); what
// Margin exports imports back as the same records, and importing a file twice changes nothing.
import fc from 'fast-check';
import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type ParsedFile } from '@/lib/export/import/parse-file';
import { importFiles, type ImportFile } from '@/lib/export/import/import-many';
import { applyImport } from '@/lib/export/import/apply';
import { previewImport } from '@/lib/export/import/preview';
import { IncomingBundleV1Schema } from '@/lib/export/import/incoming-schema';
import { exportFile } from '@/lib/export/export-file';
import type { MarginBundle } from '@/lib/export/bundle-schema';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { bundleArb, seedArb, type Seed } from './arbitraries';
import { expectMerged, writeSeed, type Snapshot } from './merge-invariants';
import { damage, mutationArb } from './mutations';
import { AppDB } from '@/lib/storage/db';
import { bundle, fixtureJson, fixtureText, freshDb, snapshot } from './support';

/** Runs per property (each CI run); chosen so this file stays within ~10 s on two slow shared cores. */
const BYTES_RUNS = 300;
const JSON_RUNS = 300;
const MUTATION_RUNS = 400;
const IMPORT_RUNS = 80;
const FAILURE_RUNS = 50;
const ROUND_TRIP_RUNS = 30;
/** Reading one file (at most a few hundred KB here) taking longer than this counts as hanging. */
const HANG_MS = 3000;
/** A whole property may take far longer than one test usually does when the machine is busy. */
const PROPERTY_TIMEOUT_MS = 60_000;

const RECORD_ARRAYS = ['audits', 'observations', 'notes', 'templates', 'frictionFlags', 'frictionCounters'];
const FIELDS = [
  'generator',
  'exportedAt',
  'exportedBy',
  'filters',
  'options',
  'personalData',
  'redactQuotes',
];
const MORE = /^…and \d+ more problems?\.$/;

/**
 * Reads `text` and checks the outcome: a current-version bundle, or messages that each begin with the
 * file name and, when `path` says where the file was damaged, one that names that record or field.
 */
function expectReadOrRefused(text: string, fileName: string, path: (string | number)[] = []): ParsedFile {
  const started = performance.now();
  const parsed = parseImportFile(text, fileName);
  expect(performance.now() - started).toBeLessThan(HANG_MS);
  if (parsed.ok) {
    expect(IncomingBundleV1Schema.safeParse(parsed.bundle).success).toBe(true);
    return parsed;
  }
  expect(parsed.errors.length).toBeGreaterThan(0);
  expect(parsed.errors.length).toBeLessThanOrEqual(21);
  for (const error of parsed.errors) {
    expect(typeof error).toBe('string');
    expect(error.startsWith(fileName) || MORE.test(error), error).toBe(true);
  }
  const [top, index] = path;
  const place =
    typeof top === 'string' && RECORD_ARRAYS.includes(top) && typeof index === 'number'
      ? `${top}[${index}]`
      : typeof top === 'string' && (RECORD_ARRAYS.includes(top) || FIELDS.includes(top))
        ? top
        : undefined;
  if (place)
    expect(
      parsed.errors.some((error) => error.includes(place)),
      `${place}: ${parsed.errors}`,
    ).toBe(true);
  return parsed;
}

describe('reading any file', () => {
  it('reads any bytes or text, or refuses it naming the file', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const bytes = fc.uint8Array({ maxLength: 400 }).map((data) => new TextDecoder().decode(data));
    const texts = fc.oneof(
      bytes,
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ maxLength: 400 }),
    );
    fc.assert(
      fc.property(texts, (text) => void expectReadOrRefused(text, 'bytes.json')),
      { numRuns: BYTES_RUNS },
    );
  });

  it(
    'reads any JSON value, export-shaped or not, or refuses it naming the file',
    { timeout: PROPERTY_TIMEOUT_MS },
    () => {
      const exportShaped = fc.record(
        {
          schemaVersion: fc.oneof(fc.constantFrom(0, 1), fc.jsonValue({ maxDepth: 1 })),
          generator: fc.jsonValue({ maxDepth: 1 }),
          exportedAt: fc.oneof(fc.constant('2025-01-01T00:00:00.000Z'), fc.jsonValue({ maxDepth: 1 })),
          audits: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
          observations: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
          frictionCounters: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), exportShaped), (value) => {
          expectReadOrRefused(JSON.stringify(value) ?? '', 'value.json');
        }),
        { numRuns: JSON_RUNS },
      );
    },
  );

  it(
    'reads a damaged export or refuses it naming the record or field',
    { timeout: PROPERTY_TIMEOUT_MS },
    () => {
      const bases = fc.oneof(
        bundleArb,
        fc.constant(fixtureJson('margin-export-v1.json')),
        fc.constant(fixtureJson('margin-export-v0.json')),
      );
      fc.assert(
        fc.property(bases, mutationArb, (file, mutation) => {
          const damaged = damage(file, mutation);
          expectReadOrRefused(damaged.text, 'damaged.json', damaged.path);
        }),
        { numRuns: MUTATION_RUNS },
      );
    },
  );
});

/** Files for one import: valid exports, damaged ones, noise, and repeats of earlier ones. */
const filesArb = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: bundleArb.map((bundle) => JSON.stringify(bundle)) },
        { weight: 2, arbitrary: fc.tuple(bundleArb, mutationArb).map(([file, m]) => damage(file, m).text) },
        { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            fixtureText('margin-export-v0.json'),
            fixtureText('margin-export-v1.json'),
          ),
        },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(fc.nat(), { maxLength: 1 }),
  )
  .map(([texts, repeats]): ImportFile[] =>
    [...texts, ...repeats.map((index) => texts[index % texts.length]!)].map((text, index) => ({
      fileName: `file-${index}.json`,
      text,
    })),
  );

/** The seed's records as a file would carry them. */
function exportOfSeed(seed: Seed) {
  const { templates, frictionFlags, ...records } = seed;
  return bundle('Me', '2025-01-20T00:00:00.000Z', {
    ...records,
    templates: templates.map((row) => row.template),
    frictionFlags: frictionFlags.map(({ screenRef: _screenRef, ...flag }) => flag),
  });
}

/** A database seeded with `seed`, and its snapshot. */
async function seeded<D extends AppDB>(seed: Seed, db: D): Promise<{ db: D; before: Snapshot }> {
  await writeSeed(db, seed);
  return { db, before: await snapshot(db) };
}

/** The files of `outcomes` that were applied (not refused, failed or already imported), parsed. */
function appliedFiles(files: ImportFile[], outcomes: Awaited<ReturnType<typeof importFiles>>) {
  return outcomes.flatMap((outcome) => {
    if (!outcome.ok || outcome.result.status !== 'imported') return [];
    const file = files.find((f) => f.fileName === outcome.fileName)!;
    const parsed = parseImportFile(file.text, file.fileName);
    if (!parsed.ok) throw new Error(`${file.fileName} was applied but does not parse`);
    return [{ bundle: parsed.bundle, hash: outcome.result.fileHash }];
  });
}

/** A test database whose `failAt`-th write (once armed) fails, like a full disk. */
class FailingDB extends AppDB {
  armed = false;
  writes = 0;
  failAt = 0;
  failed = false;
  constructor() {
    super(`import-failing-${crypto.randomUUID()}`);
    this.use({
      stack: 'dbcore',
      name: 'failing-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (this.armed && ++this.writes === this.failAt) {
                this.failed = true;
                return Promise.reject(new Error('QuotaExceededError: the disk is full'));
              }
              return table.mutate(request);
            },
          };
        },
      }),
    });
  }
}

describe('importing into a database', () => {
  it(
    'writes all of each applied file and nothing of a refused one, losing no version',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(seedArb, filesArb, fc.boolean(), async (seed, picked, withOwn) => {
          const { db, before } = await seeded(seed, freshDb());
          // Sometimes also this database's own records, exported again (identical records, counters added).
          const files = withOwn
            ? [...picked, { fileName: 'own.json', text: JSON.stringify(exportOfSeed(seed)) }]
            : picked;
          try {
            const outcomes = await importFiles(db, files);
            expect(outcomes.map((o) => o.fileName).sort()).toEqual(files.map((f) => f.fileName).sort());
            for (const outcome of outcomes) if (!outcome.ok) expect(outcome.errors.length).toBeGreaterThan(0);
            const after = await snapshot(db);
            const applied = appliedFiles(files, outcomes);
            if (applied.length === 0) expect(JSON.stringify(after)).toBe(JSON.stringify(before));
            expectMerged(before, after, applied);
          } finally {
            await db.delete();
          }
        }),
        { numRuns: IMPORT_RUNS },
      );
    },
  );

  it(
    'leaves the database exactly as it was when a write fails part-way through a file',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      let failures = 0;
      await fc.assert(
        fc.asyncProperty(seedArb, bundleArb, fc.integer({ min: 1, max: 6 }), async (seed, file, failAt) => {
          const { db, before } = await seeded(seed, new FailingDB());
          const fileName = 'ann.json';
          const text = JSON.stringify(file);
          try {
            const parsed = parseImportFile(text, fileName);
            const preview = parsed.ok ? await previewImport(db, parsed.bundle) : undefined;
            db.failAt = failAt;
            db.armed = true;
            const [outcome] = await importFiles(db, [{ fileName, text }]);
            db.armed = false;
            const after = await snapshot(db);
            if (db.failed) {
              failures++;
              expect(outcome).toMatchObject({
                ok: false,
                errors: [
                  expect.stringMatching(/^ann\.json could not be imported \(nothing of it was written\)/),
                ],
              });
              expect(JSON.stringify(after)).toBe(JSON.stringify(before));
            } else {
              // What was applied is what the preview showed.
              expect(outcome).toMatchObject({
                ok: true,
                result: {
                  status: 'imported',
                  tables: preview?.tables,
                  templates: preview?.templates,
                  frictionCounters: preview?.frictionCounters,
                },
              });
              expectMerged(before, after, appliedFiles([{ fileName, text }], [outcome!]));
            }
          } finally {
            await db.delete();
          }
        }),
        { numRuns: FAILURE_RUNS },
      );
      expect(failures).toBeGreaterThan(0);
    },
  );
});

const DATA_TABLES = ['audits', 'observations', 'notes', 'frictionFlags', 'frictionCounters'] as const;
const BUILTIN_KEYS = new Set(BUILTIN_TEMPLATES.map((t) => `${t.id}@${t.version}`));

describe('export and import', () => {
  it(
    'imports what Margin exports as the same records, and a second import changes nothing',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(seedArb, async (seed) => {
          const { db: source } = await seeded(seed, freshDb());
          const target = freshDb();
          try {
            const { blob } = await exportFile(source, {
              format: 'margin-json',
              filters: {},
              options: { redactQuotes: false, pseudonymise: false },
              exportedBy: 'Quinn Lead',
              generatorVersion: '0.1.0',
              now: new Date('2025-03-01T12:00:00.000Z'),
            });
            const text = await blob.text();
            const bundle = JSON.parse(text) as MarginBundle;
            const parsed = parseImportFile(text, 'export.margin.json');
            if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
            const result = await applyImport(target, parsed.bundle, 'export.margin.json');
            expect(result.status).toBe('imported');
            const [from, to] = [await snapshot(source), await snapshot(target)];
            for (const table of DATA_TABLES) expect(to[table], table).toEqual(from[table]);
            const exported = bundle.templates
              .map((template) => ({ key: `${template.id}@${template.version}`, template }))
              .filter(({ key }) => !BUILTIN_KEYS.has(key))
              .sort((a, b) => (a.key < b.key ? -1 : 1));
            expect(to.templates).toEqual(exported.map((row) => expect.objectContaining(row)));

            // The same file again: recognised, nothing written.
            const [again] = await importFiles(target, [{ fileName: 'copy.json', text }]);
            expect(again).toMatchObject({
              ok: true,
              result: { status: 'already-imported', historyWritten: 0 },
            });
            expect(JSON.stringify(await snapshot(target))).toBe(JSON.stringify(to));
            // Back where it came from, every record is identical.
            const home = await previewImport(source, parsed.bundle);
            for (const table of ['audits', 'observations', 'notes', 'frictionFlags'] as const) {
              expect(home.tables[table].identical).toHaveLength(from[table]!.length);
            }
            expect(home.conflicts).toEqual([]);
          } finally {
            await source.delete();
            await target.delete();
          }
        }),
        { numRuns: ROUND_TRIP_RUNS },
      );
    },
  );
});
