// The export's files, byte for byte: a fixed data set (fixtures.ts `seedFixed`: fixed ids and times)
// exported in every format, with each privacy option and with filters, must equal the committed
// files in tests/fixtures/exports/golden/, at every page size the export reads the database in. The
// clock, the generator version, the pseudonym key and JSON-LD's ids are fixed here, so nothing else
// can change a file.
//
// A deliberate change of the files (a new field, a format fix): regenerate them with
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/export/golden.test.ts
// then read the diff of tests/fixtures/exports/golden/ before committing it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFile, type ExportFormat, type ExportRequest } from '@/lib/export/export-file';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { AppDB } from '@/lib/storage/db';
import { NAMES, REQUEST, seedFixed } from './fixtures';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DIR = new URL('../../fixtures/exports/golden/', import.meta.url);
/** Records read at a time: one, a few (pages ending inside runs of equal times), and the default. */
const PAGE_SIZES = [1, 2, 3, 5, 2000];

/** How each format's file name ends (as exportFile names it). */
const EXTENSION: Record<ExportFormat, string> = {
  'margin-json': 'margin.json',
  'json-ld': 'annotations.jsonld',
  csv: 'csv',
};

/**
 * The golden exports: each privacy option, and filters (the last with both options, so the auditor's
 * name in the filters is pseudonymised too).
 */
const CASES: Record<string, Pick<ExportRequest, 'filters' | 'options'>> = {
  everything: { filters: {}, options: { redactQuotes: false, pseudonymise: false } },
  'quotes-redacted': { filters: {}, options: { redactQuotes: true, pseudonymise: false } },
  pseudonymised: { filters: {}, options: { redactQuotes: false, pseudonymise: true } },
  'dates-filtered': {
    filters: { dateFrom: '2026-11-05', dateTo: '2026-11-10' },
    options: { redactQuotes: false, pseudonymise: false },
  },
  'auditor-filtered-redacted-pseudonymised': {
    filters: { auditor: NAMES[0] },
    options: { redactQuotes: true, pseudonymise: true },
  },
};

/** JSON-LD's collection and page ids, numbered from 0 in each file. */
const counter = () => {
  let n = 0;
  return () => `urn:test:${n++}`;
};

let db: AppDB;
let key: CryptoKey;
beforeAll(async () => {
  db = new AppDB(`export-golden-${crypto.randomUUID()}`);
  await seedFixed(db);
  key = await importPseudonymKey('5a'.repeat(32));
});
afterAll(() => db.delete());

/** The file `exportFile` makes for the case, reading `pageSize` records at a time. */
async function exported(name: string, format: ExportFormat, pageSize?: number) {
  const result = await exportFile(db, {
    ...REQUEST,
    ...CASES[name]!,
    format,
    key,
    pageSize,
    newId: counter(),
  });
  // The name says which privacy options made the file, so a shareable copy never replaces the full one.
  const { options } = { ...REQUEST, ...CASES[name]! };
  const privacy = `${options.pseudonymise ? '-pseudonymised' : ''}${options.redactQuotes ? '-without-quotes' : ''}`;
  expect(result.filename).toBe(`margin-export-2026-11-30${privacy}.${EXTENSION[format]}`);
  return new Uint8Array(await result.blob.arrayBuffer());
}

describe('golden export files', () => {
  for (const name of Object.keys(CASES)) {
    it.each(EXPORT_FORMATS)(
      `${name}, %s: the committed file, byte for byte, at every page size`,
      async (format) => {
        const file = new URL(`${name}.${EXTENSION[format]}`, DIR);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, await exported(name, format));
        }
        const golden = new Uint8Array(readFileSync(file));
        for (const pageSize of PAGE_SIZES) {
          const bytes = await exported(name, format, pageSize);
          // The text first, for a readable difference; then the bytes (the CSV's BOM and CRLFs).
          expect(new TextDecoder().decode(bytes), `page size ${pageSize}`).toBe(
            new TextDecoder().decode(golden),
          );
          expect(bytes, `page size ${pageSize}`).toEqual(golden);
        }
      },
    );
  }
});
