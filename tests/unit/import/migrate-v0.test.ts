// Schema version 0 (the earlier export shape) migrates forward to version 1 with nothing lost.
import { afterEach, describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/export/import/parse-file';
import { applyImport } from '@/lib/export/import/apply';
import { factorFromPath, splitGenerator } from '@/lib/export/import/migrate-v0';
import type { IncomingBundleV0 } from '@/lib/export/import/incoming-schema';
import type { AppDB } from '@/lib/storage/db';
import { fixtureJson, fixtureText, freshDb } from './support';

let db: AppDB | undefined;
afterEach(() => db?.delete());

function parsedFixture(name: string) {
  const parsed = parseImportFile(fixtureText(name), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed;
}

describe('migrating schema version 0', () => {
  it('reads the v0 fixture as a version 1 bundle', () => {
    const parsed = parsedFixture('margin-export-v0.json');
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.bundle.schemaVersion).toBe(1);
    expect(parsed.bundle.frictionCounters).toEqual([]);
    expect(parsed.bundle.options).toEqual({ redactQuotes: false, pseudonymise: false });
    expect(parsed.bundle.personalData.contains).toContain('quoted case-record text');
  });

  it('loses nothing: every v0 field is in the migrated bundle', () => {
    const v0 = fixtureJson('margin-export-v0.json') as unknown as IncomingBundleV0;
    const { bundle } = parsedFixture('margin-export-v0.json');
    const { name, version } = bundle.generator;
    expect(`${name} ${version}`).toBe(v0.generator);
    expect(bundle).toMatchObject({ exportedAt: v0.exportedAt, exportedBy: v0.exportedBy });
    expect(bundle.options.redactQuotes).toBe(v0.redactQuotes);
    expect(bundle.audits).toEqual(v0.audits);
    expect(bundle.notes).toEqual(v0.notes);
    expect(bundle.templates).toEqual(v0.templates);
    expect(bundle.frictionFlags).toEqual(v0.frictionFlags);
    expect(bundle.observations).toHaveLength(v0.observations.length);
    v0.observations.forEach((old, index) => {
      const { comment, factors, ...rest } = bundle.observations[index]!;
      const { text, factors: paths, ...oldRest } = old;
      expect(comment).toBe(text);
      expect(factors.map((tag) => [tag.factor, tag.subItem].filter(Boolean).join('/'))).toEqual(paths);
      expect(rest).toEqual(oldRest);
    });
  });

  it('gives the same records as the v1 fixture holds for them', () => {
    const migrated = parsedFixture('margin-export-v0.json').bundle;
    const current = parsedFixture('margin-export-v1.json').bundle;
    for (const table of ['audits', 'notes', 'templates', 'frictionFlags'] as const) {
      expect(migrated[table]).toEqual(current[table]);
    }
    const ids = new Set(migrated.observations.map((o) => o.id));
    expect(migrated.observations).toEqual(current.observations.filter((o) => ids.has(o.id)));
  });

  it('imports a migrated file like any other', async () => {
    db = freshDb();
    const result = await applyImport(db, parsedFixture('margin-export-v0.json').bundle, 'v0.json');
    expect(result.status).toBe('imported');
    expect(result.tables.observations.new).toHaveLength(2);
    expect((await db.observations.toArray()).map((o) => o.comment).sort()).toHaveLength(2);
  });

  it('splits generator strings and factor paths', () => {
    expect(splitGenerator('Margin 0.0.9')).toEqual({ name: 'Margin', version: '0.0.9' });
    expect(splitGenerator('Margin')).toEqual({ name: 'Margin', version: 'unknown' });
    expect(factorFromPath('human-tool/ict-systems')).toEqual({
      factor: 'human-tool',
      subItem: 'ict-systems',
    });
    expect(factorFromPath('judgement')).toEqual({ factor: 'judgement' });
  });

  it('names v0 records and fields in its refusals', () => {
    const v0 = fixtureJson('margin-export-v0.json') as unknown as IncomingBundleV0;
    v0.observations[0]!.factors = ['human-tool/ict systems/extra'];
    const parsed = parseImportFile(JSON.stringify(v0), 'old.json');
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'old.json: observations[0] (id "6c59f7c6…"): factors[0]: not a valid regex: expected "factor" or "factor/sub-item"',
      ],
    });
  });
});
