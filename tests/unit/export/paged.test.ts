// The dashboard's export reads the database a page at a time (export-stream.ts): its files must not
// depend on the page size, whatever the filters and privacy options (golden.test.ts holds a few of them
// to committed files), it must report the counts and statement of the file it wrote, and no read may
// return more than a page of records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { AppDB } from '@/lib/storage/db';
import type { MarginBundle } from '@/lib/export/bundle-schema';
import { EXPORT_FORMATS, exportFile, type ExportFormat, type ExportRequest } from '@/lib/export/export-file';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { addTies, NAMES, PEOPLE, seed } from './fixtures';

const counter = () => {
  let n = 0;
  return () => `urn:test:${n++}`;
};

const bytes = async (result: { blob: Blob }) => new Uint8Array(await result.blob.arrayBuffer());
const text = async (result: { blob: Blob }) => new TextDecoder().decode(await bytes(result));

let db: AppDB;
let key: CryptoKey;
beforeAll(async () => {
  db = new AppDB(`export-paged-${crypto.randomUUID()}`);
  const { auditIds } = await seed(db);
  await addTies(db, auditIds);
  key = await importPseudonymKey('5a'.repeat(32));
});
afterAll(() => db.delete());

const OPTIONS = [
  { redactQuotes: false, pseudonymise: false },
  { redactQuotes: true, pseudonymise: false },
  { redactQuotes: false, pseudonymise: true },
  { redactQuotes: true, pseudonymise: true },
];
const FILTERS = [
  {},
  { dateFrom: '2026-11-05', dateTo: '2026-11-10' },
  { personId: PEOPLE[0] },
  { auditor: NAMES[0] },
  { kind: 'concern', grade: 'good' },
];

describe('paged export', () => {
  it.each(EXPORT_FORMATS)(
    '%s: the same bytes at every page size, for every filter and privacy option',
    async (format: ExportFormat) => {
      for (const options of OPTIONS) {
        for (const filters of FILTERS) {
          const request: ExportRequest = {
            format,
            filters,
            options,
            exportedBy: NAMES[3],
            generatorVersion: '0.1.0',
            key,
            now: new Date('2026-11-30T12:00:00.000Z'),
          };
          const expected = await exportFile(db, { ...request, newId: counter() });
          for (const pageSize of [1, 2, 3, 5]) {
            const result = await exportFile(db, { ...request, pageSize, newId: counter() });
            const label = `${JSON.stringify(options)} ${JSON.stringify(filters)} page ${pageSize}`;
            expect(await text(result), label).toBe(await text(expected));
            expect(await bytes(result), label).toEqual(await bytes(expected));
          }
        }
      }
    },
    60_000,
  );

  it('reports the counts and the statement of the file it wrote', async () => {
    const request: ExportRequest = {
      format: 'csv',
      filters: { personId: PEOPLE[1] },
      options: { redactQuotes: true, pseudonymise: true },
      exportedBy: NAMES[3],
      generatorVersion: '0.1.0',
      key,
      pageSize: 4,
    };
    const result = await exportFile(db, request);
    const file = await exportFile(db, { ...request, format: 'margin-json' });
    const bundle = JSON.parse(await text(file)) as MarginBundle;
    expect(result.personalData).toEqual(bundle.personalData);
    expect(result.counts.observations).toBe(bundle.observations.length);
    expect(result.counts.audits).toBe(bundle.audits.length);
    expect(result.counts.frictionFlags).toBe(bundle.frictionFlags.length);
  });

  it('never reads more than a page of records at once (plus those sharing the last one’s time)', async () => {
    let most = 0;
    let reads = 0;
    const counted = new AppDB(`export-paged-count-${crypto.randomUUID()}`);
    counted.use({
      stack: 'dbcore',
      name: 'count-records',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const table = down.table(name);
          const seen = (n: number) => {
            reads++;
            most = Math.max(most, n);
          };
          return {
            ...table,
            query: async (req) => {
              const res = await table.query(req);
              seen(res.result.length);
              return res;
            },
            getMany: async (req) => {
              const res = await table.getMany(req);
              seen(res.length);
              return res;
            },
          };
        },
      }),
    });
    const { auditIds } = await seed(counted);
    await addTies(counted, auditIds);
    most = 0;
    const pageSize = 4;
    for (const format of EXPORT_FORMATS) {
      for (const options of [OPTIONS[0]!, OPTIONS[3]!]) {
        await exportFile(counted, {
          format,
          filters: {},
          options,
          exportedBy: NAMES[3],
          generatorVersion: '0.1.0',
          key,
          pageSize,
        });
      }
    }
    expect(reads).toBeGreaterThan(30 / pageSize);
    expect(most).toBeLessThanOrEqual(pageSize + 3);
    // The count sees a read of a whole table, for comparison.
    most = 0;
    await counted.observations.toArray();
    expect(most).toBeGreaterThanOrEqual(30);
    await counted.delete();
  });
});
