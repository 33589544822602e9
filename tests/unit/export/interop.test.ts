// The export writes what the importer (lib/export/import) reads, and the importer's version-1 fixture
// is a valid Margin JSON file by the published schema: the two sides agree on schemaVersion 1.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarginBundleSchema } from '@/lib/export/bundle-schema';
import { IncomingBundleV1Schema } from '@/lib/export/import/incoming-schema';
import { AppDB } from '@/lib/storage/db';
import { exportAll, seed } from './fixtures';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/exports/margin-export-v1.json', import.meta.url), 'utf8'),
);

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`export-${crypto.randomUUID()}`);
  await seed(db);
});
afterEach(() => db.delete());

describe('export and import agree on Margin JSON version 1', () => {
  it('the importer accepts what the exporter writes, with every privacy option', async () => {
    for (const options of [
      { redactQuotes: false, pseudonymise: false },
      { redactQuotes: true, pseudonymise: true },
    ]) {
      const { json } = await exportAll(db, { options });
      expect(IncomingBundleV1Schema.safeParse(JSON.parse(json)).error).toBeUndefined();
    }
  });

  it('the importer’s version-1 fixture matches MarginBundleSchema', () => {
    expect(MarginBundleSchema.safeParse(fixture).error).toBeUndefined();
  });
});
