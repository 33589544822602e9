// The export writes what the importer (lib/export/import) reads, and the importer's version-1 fixture
// has the shape of the published schema (version 2 only adds an optional device to counter rows).
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

describe('export and import agree on Margin JSON', () => {
  it('the importer accepts what the exporter writes, with every privacy option', async () => {
    for (const options of [
      { redactQuotes: false, pseudonymise: false },
      { redactQuotes: true, pseudonymise: true },
    ]) {
      const { json } = await exportAll(db, { options });
      expect(IncomingBundleV1Schema.safeParse(JSON.parse(json)).error).toBeUndefined();
    }
  });

  it('the importer’s version-1 fixture has the shape of version 2 (which only adds counter devices)', () => {
    expect(MarginBundleSchema.safeParse({ ...fixture, schemaVersion: 2 }).error).toBeUndefined();
  });
});
