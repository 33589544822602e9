/**
 * Helpers of the import tests: a database with the version-4 tables imports need (until AppDB declares
 * them), snapshots of every table to prove a refused or failed import wrote nothing, and bundles.
 */
import { readFileSync } from 'node:fs';
import { AppDB } from '@/lib/storage/db';
import { HISTORY_TABLE_SPEC } from '@/lib/export/import/history';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';

/** AppDB plus the tables of HISTORY_TABLE_SPEC, as AppDB version 4 will declare them. */
export class TestDB extends AppDB {
  constructor(name: string) {
    super(name);
    this.version(4).stores(HISTORY_TABLE_SPEC);
  }
}

/** A fresh, empty test database. */
export function freshDb(): TestDB {
  return new TestDB(`import-${crypto.randomUUID()}`);
}

/** Every table's rows, by table name. */
export async function snapshot(db: AppDB): Promise<Record<string, unknown[]>> {
  const tables = db.tables.map((table) => table.name).sort();
  return Object.fromEntries(
    await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()])),
  );
}

/** Every table's row count, by table name. */
export async function counts(db: AppDB): Promise<Record<string, number>> {
  const tables = db.tables.map((table) => table.name).sort();
  return Object.fromEntries(
    await Promise.all(tables.map(async (name) => [name, await db.table(name).count()])),
  );
}

/** The text of a fixture export file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/exports/${name}`, import.meta.url), 'utf8');
}

/** A fixture export file, parsed as plain JSON (to build variants of it). */
export function fixtureJson(name: string): Record<string, unknown> & IncomingBundle {
  return JSON.parse(fixtureText(name)) as Record<string, unknown> & IncomingBundle;
}

/** An empty version-1 bundle from `exportedBy` at `exportedAt`, with `records` filled in. */
export function bundle(
  exportedBy: string,
  exportedAt: string,
  records: Partial<IncomingBundle> = {},
): IncomingBundle {
  return {
    schemaVersion: 1,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt,
    exportedBy,
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: { summary: 'Test data.', contains: [] },
    audits: [],
    observations: [],
    notes: [],
    templates: [],
    frictionFlags: [],
    frictionCounters: [],
    ...records,
  };
}
