// The dashboard's export reads the database a page at a time (export-stream.ts): its files must be the
// same, byte for byte, as the in-memory export (collect + privacy + bundle + writers), whatever the page
// size, and no read may return more than a page of records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { AppDB } from '@/lib/storage/db';
import { toBlob } from '@/lib/export/blob';
import { collectExport } from '@/lib/export/collect';
import {
  EXPORT_FORMATS,
  exportFile,
  prepareBundle,
  writeChunks,
  type ExportFormat,
  type ExportRequest,
} from '@/lib/export/export-file';
import { jsonLdChunks } from '@/lib/export/json-ld';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { ObservationSchema } from '@/lib/model/observation';
import { pageKey } from '@/lib/model/page-context';
import { startAudit } from '@/lib/storage/audits';
import { createFlag } from '@/lib/storage/friction-flags';
import { createNote } from '@/lib/storage/notes';
import { fields, NAMES, page, PEOPLE, seed, template } from './fixtures';

/** Observations sharing creation times three by three, some citing an audit that does not exist. */
async function addMore(db: AppDB, auditIds: string[]) {
  const audits = [...auditIds, crypto.randomUUID(), null];
  const records = Array.from({ length: 23 }, (_, index) => {
    const at = new Date(Date.UTC(2026, 10, 10, 9, Math.floor(index / 3))).toISOString();
    const target = { page: page(PEOPLE[index % 2]!), selectors: [], quote: `quoted ${index}` };
    return ObservationSchema.parse({
      ...fields({
        auditId: audits[index % audits.length],
        sectionId: index % 2 ? 'assessment' : 'voice-of-the-child',
        grade: index % 3 ? 'good' : undefined,
        kind: index % 4 ? 'strength' : 'concern',
        comment: `Seen by ${NAMES[index % 3]} with ${PEOPLE[0]} (${index})`,
      }),
      id: crypto.randomUUID(),
      target,
      pageKey: pageKey(target.page),
      author: NAMES[index % 2]!,
      createdAt: at,
      updatedAt: at,
    });
  });
  await db.observations.bulkAdd(records);
  // Another spelling of a name, on an audit started with the first: which spelling's pseudonym replaces
  // the name inside free text depends on the order names are met, and audits with equal start times
  // keep the order they were read in.
  await startAudit(
    db,
    template,
    { personId: PEOPLE[1] },
    NAMES[0].toUpperCase(),
    new Date(Date.UTC(2026, 10, 2, 10)),
  );
  const at = new Date(Date.UTC(2026, 10, 11));
  for (const person of PEOPLE) {
    await createNote(
      db,
      { text: `Note on ${person}`, context: { ...page(person), title: 'x' }, author: NAMES[2] },
      at,
    );
    await createFlag(
      db,
      { category: 'duplicate-entry', severity: 'low' },
      { page: page(person), selectors: [] },
      NAMES[2],
      at,
    );
  }
}

const counter = () => {
  let n = 0;
  return () => `urn:test:${n++}`;
};

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The file the in-memory export makes for `request` (JSON-LD ids from `newId`). */
async function oneShot(db: AppDB, request: ExportRequest) {
  const bundle = await prepareBundle(db, request);
  const chunks =
    request.format === 'json-ld'
      ? jsonLdChunks(bundle, { newId: request.newId })
      : writeChunks(bundle, request.format);
  return toBlob(chunks, 'x');
}

let db: AppDB;
let key: CryptoKey;
beforeAll(async () => {
  db = new AppDB(`export-paged-${crypto.randomUUID()}`);
  const { auditIds } = await seed(db);
  await addMore(db, auditIds);
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
    '%s: the same bytes as the in-memory export for every page size, filter and privacy option',
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
          const expected = await bytes(await oneShot(db, { ...request, newId: counter() }));
          for (const pageSize of [1, 2, 3, 5, 2000]) {
            const result = await exportFile(db, { ...request, pageSize, newId: counter() });
            const label = `${JSON.stringify(options)} ${JSON.stringify(filters)} page ${pageSize}`;
            expect(new TextDecoder().decode(await bytes(result.blob)), label).toBe(
              new TextDecoder().decode(expected),
            );
            expect(await bytes(result.blob), label).toEqual(expected);
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
    const bundle = await prepareBundle(db, request);
    const result = await exportFile(db, request);
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
    await addMore(counted, auditIds);
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
    // The in-memory export, for comparison, reads every observation at once.
    most = 0;
    await collectExport(counted, {});
    expect(most).toBeGreaterThanOrEqual(30);
    await counted.delete();
  });
});
