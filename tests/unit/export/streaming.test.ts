import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { toBlob } from '@/lib/export/blob';
import type { MarginBundle } from '@/lib/export/bundle-schema';
import { EXPORT_FORMATS, prepareBundle, writeChunks } from '@/lib/export/export-file';
import { jsonLdChunks } from '@/lib/export/json-ld';
import { ObservationSchema, type Observation } from '@/lib/model/observation';
import { pageKey } from '@/lib/model/page-context';
import { fields, page, PEOPLE } from './fixtures';

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
const MAX_CHUNK = 1024 * 1024;

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
let bundle: MarginBundle;
beforeAll(async () => {
  db = new AppDB(`export-big-${crypto.randomUUID()}`);
  await db.observations.bulkAdd(Array.from({ length: COUNT }, (_, index) => observation(index)));
  bundle = await prepareBundle(db, {
    format: 'margin-json',
    filters: {},
    options: { redactQuotes: true, pseudonymise: true },
    exportedBy: 'Quinn Lead',
    generatorVersion: '0.1.0',
  });
}, 60_000);
afterAll(() => db.delete());

describe('streaming writers', () => {
  it.each(EXPORT_FORMATS)(
    '%s: 20,000 observations, no chunk over 1 MB, one record per chunk',
    async (format) => {
      let chunks = 0;
      let longest = 0;
      for (const chunk of writeChunks(bundle, format)) {
        chunks++;
        longest = Math.max(longest, chunk.length);
      }
      expect(bundle.observations).toHaveLength(COUNT);
      expect(chunks).toBeGreaterThan(COUNT);
      expect(longest).toBeLessThan(MAX_CHUNK);
      const blob = await toBlob(writeChunks(bundle, format), 'text/plain');
      expect(blob.size).toBeGreaterThan(COUNT * 300);
    },
    30_000,
  );

  it('JSON-LD splits 20,000 annotations into linked pages of 500', async () => {
    const collection = JSON.parse([...jsonLdChunks(bundle)].join(''));
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

  it('an empty export is still one valid collection with an empty page', () => {
    const empty = { ...bundle, observations: [], notes: [], frictionFlags: [] };
    const collection = JSON.parse([...jsonLdChunks(empty, { pageSize: 2 })].join(''));
    expect(collection.total).toBe(0);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', items: [], startIndex: 0 });
    const three = JSON.parse(
      [...jsonLdChunks({ ...bundle, observations: bundle.observations.slice(0, 5) }, { pageSize: 2 })].join(
        '',
      ),
    );
    expect([
      three.first.items.length,
      three.first.next.items.length,
      three.first.next.next.items.length,
    ]).toEqual([2, 2, 1]);
  });
});
