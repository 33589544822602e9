/**
 * Helpers of the import tests: fresh databases (the real AppDB, under a unique name), snapshots of every
 * table to prove a refused or failed import wrote nothing, fixture export files, and bundles.
 */
import { readFileSync } from 'node:fs';
import { AppDB } from '@/lib/storage/db';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';

/** A fresh, empty database of its own. */
export function freshDb(): AppDB {
  return new AppDB(`import-${crypto.randomUUID()}`);
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
