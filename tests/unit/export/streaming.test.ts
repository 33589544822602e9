// Large exports: 20,000 observations go into one file in every format, written into Blob parts of
// about 1 MB (so no single string holds the file), and JSON-LD splits its annotations into linked pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { BlobParts } from '@/lib/export/blob';
import { MARGIN_BUNDLE_SCHEMA_VERSION } from '@/lib/export/bundle-schema';
import { EXPORT_FORMATS, exportFile } from '@/lib/export/export-file';
import { jsonLdWriter } from '@/lib/export/json-ld';
import type { JsonLd } from '@/lib/export/json-ld-annotation';
import type { BundleHead } from '@/lib/export/margin-json';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { ObservationSchema, type Observation } from '@/lib/model/observation';
import { pageKey } from '@/lib/model/page-context';
import { fields, page, PEOPLE, REQUEST } from './fixtures';

interface Page {
  id: string;
  type: string;
  partOf: string;
  startIndex: number;
  items: unknown[];
  prev?: string;
  next?: Page;
}

const COUNT = 20_000;
const MB = 1024 * 1024;

function observation(index: number): Observation {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const target = {
    page: page(PEOPLE[index % 2]!),
    selectors: [{ type: 'TextQuoteSelector' as const, exact: `quoted sentence number ${index}` }],
    quote: `quoted sentence number ${index}`,
  };
  return ObservationSchema.parse({
    ...fields({
      comment: `Observation ${index}: ${'analysis '.repeat(30)}`,
      grade: index % 3 ? 'good' : undefined,
    }),
    id: crypto.randomUUID(),
    target,
    pageKey: pageKey(target.page),
    author: `Auditor ${index % 7}`,
    createdAt: at,
    updatedAt: at,
  });
}

let db: AppDB;
let key: CryptoKey;
beforeAll(async () => {
  db = new AppDB(`export-big-${crypto.randomUUID()}`);
  await db.observations.bulkAdd(Array.from({ length: COUNT }, (_, index) => observation(index)));
  key = await importPseudonymKey('5a'.repeat(32));
}, 60_000);
afterAll(() => db.delete());

const request = { ...REQUEST, options: { redactQuotes: true, pseudonymise: true } };

/** The opening of a file, for the JSON-LD writer on its own. */
const HEAD: BundleHead = {
  schemaVersion: MARGIN_BUNDLE_SCHEMA_VERSION,
  generator: { name: 'Margin', version: '0.1.0' },
  exportedAt: '2026-11-30T12:00:00.000Z',
  exportedBy: 'Quinn Lead',
  filters: {},
  options: { redactQuotes: false, pseudonymise: false },
  personalData: { summary: 'Test.', contains: [] },
};

describe('large exports', () => {
  it.each(EXPORT_FORMATS)(
    '%s: 20,000 observations, every one in the file',
    async (format) => {
      const result = await exportFile(db, { ...request, format, key });
      expect(result.counts.observations).toBe(COUNT);
      expect(result.blob.size).toBeGreaterThan(COUNT * 300);
    },
    30_000,
  );

  it('JSON-LD splits 20,000 annotations into linked pages of 500', async () => {
    const { blob } = await exportFile(db, { ...request, format: 'json-ld', key });
    const collection = JSON.parse(await blob.text());
    expect(collection.total).toBe(COUNT);
    const pages: Page[] = [];
    for (let page: Page | undefined = collection.first; page; page = page.next) pages.push(page);
    expect(pages).toHaveLength(COUNT / 500);
    expect(pages.map((p) => p.items.length)).toEqual(Array(40).fill(500));
    expect(pages.map((p) => p.startIndex)).toEqual(pages.map((_, index) => index * 500));
    expect(pages.every((p) => p.type === 'AnnotationPage' && p.partOf === collection.id)).toBe(true);
    expect(pages[1]!.prev).toBe(pages[0]!.id);
    expect(collection.last).toBe(pages.at(-1)!.id);
    expect(new Set(pages.map((p) => p.id)).size).toBe(40);
  }, 30_000);

  it('an empty export is still one valid collection with an empty page', async () => {
    const empty = new AppDB(`export-empty-${crypto.randomUUID()}`);
    const { blob } = await exportFile(empty, { ...request, format: 'json-ld', key });
    await empty.delete();
    const collection = JSON.parse(await blob.text());
    expect(collection.total).toBe(0);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', items: [], startIndex: 0 });
    expect(collection.last).toBe(collection.first.id);
  });

  it('JSON-LD pages hold `pageSize` annotations each, the last the rest', () => {
    const writer = jsonLdWriter({ pageSize: 2 });
    const items = Array.from({ length: 5 }, (_, index): JsonLd => ({ id: `a${index}` }));
    const body = items.map((item) => writer.item(item)).join('') + writer.end();
    const three = JSON.parse(writer.head(HEAD) + body);
    expect(three.total).toBe(5);
    expect([
      three.first.items.length,
      three.first.next.items.length,
      three.first.next.next.items.length,
    ]).toEqual([2, 2, 1]);
    expect(three.last).toBe(three.first.next.next.id);
  });
});

describe('Blob parts', () => {
  it('hold the text in parts of about 1 MB, in order', async () => {
    const parts = new BlobParts();
    const line = `${'x'.repeat(1023)}\n`;
    for (let index = 0; index < 3 * 1024 + 10; index++) parts.write(line);
    const blobs = parts.parts();
    expect(blobs).toHaveLength(4);
    expect(blobs.every((blob) => blob.size <= MB + line.length)).toBe(true);
    const whole = new Blob(blobs);
    expect(whole.size).toBe((3 * 1024 + 10) * line.length);
    expect((await whole.text()).split('\n')).toHaveLength(3 * 1024 + 11);
  });
});
