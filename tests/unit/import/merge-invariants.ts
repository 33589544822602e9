/**
 * What must hold of a database after importing files, whatever the files and the database held: the
 * import property tests check it after every random import. Stated from the merge rule's guarantees
 * (merge-rule.ts, apply.ts), not from its algorithm: no version of a record is lost, nothing is
 * invented, counters add each applied file once, and a refused or failed file leaves no trace.
 */
import { expect } from 'vitest';
import { sameContent } from '@/lib/export/import/canonical';
import type { HistoryEntry, HistoryTable } from '@/lib/storage/history';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';
import { storedFlag } from '@/lib/export/import/normalise';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { CounterRow } from '@/lib/model/friction';
import type { StoredTemplate } from '@/lib/storage/db';
import type { Seed } from './arbitraries';

export type Snapshot = Record<string, unknown[]>;

const HISTORY_TABLES: HistoryTable[] = [
  'audits',
  'observations',
  'replies',
  'notes',
  'frictionFlags',
  'conversations',
];
const BUILTIN_KEYS = new Set(BUILTIN_TEMPLATES.map((t) => `${t.id}@${t.version}`));

/** The records of a bundle as they would be stored. */
function storedRecords(bundle: IncomingBundle, table: HistoryTable): { id: string }[] {
  return table === 'frictionFlags' ? bundle.frictionFlags.map(storedFlag) : (bundle[table] ?? []);
}

/**
 * Checks `after` against `before` and the files that were applied (`imported`: status `imported`, in
 * the order applied). Files that were `already-imported`, refused or failed must have changed nothing.
 */
export function expectMerged(
  before: Snapshot,
  after: Snapshot,
  imported: { bundle: IncomingBundle; hash: string }[],
) {
  const history = after.recordHistory as HistoryEntry[];
  // The history only grows.
  for (const entry of before.recordHistory as HistoryEntry[]) expect(history).toContainEqual(entry);

  for (const table of HISTORY_TABLES) {
    const versions = [
      ...(before[table] as { id: string }[]),
      ...imported.flatMap(({ bundle }) => storedRecords(bundle, table)),
    ];
    const stored = new Map((after[table] as { id: string }[]).map((record) => [record.id, record]));
    // Every version that was stored or came in a file is stored, or kept in its record's history.
    for (const version of versions) {
      const kept =
        sameContent(stored.get(version.id), version) ||
        history.some(
          (entry) =>
            entry.table === table && entry.recordId === version.id && sameContent(entry.version, version),
        );
      expect(kept, `${table} ${version.id}: a version was lost`).toBe(true);
    }
    // Nothing else: every stored record and every history entry is one of those versions.
    for (const record of stored.values()) {
      expect(
        versions.some((version) => sameContent(version, record)),
        `${table}: unknown record`,
      ).toBe(true);
    }
    for (const entry of history.filter((e) => e.table === table)) {
      expect(
        versions.some((version) => sameContent(version, entry.version)),
        `${table}: unknown history`,
      ).toBe(true);
    }
  }

  // Templates are never replaced; new keys come from applied files.
  const templates = after.templates as StoredTemplate[];
  for (const row of before.templates as StoredTemplate[]) expect(templates).toContainEqual(row);
  const incoming = new Set(
    imported.flatMap(({ bundle }) => bundle.templates.map((t) => `${t.id}@${t.version}`)),
  );
  const known = new Set((before.templates as StoredTemplate[]).map((row) => row.key));
  for (const key of incoming)
    if (!BUILTIN_KEYS.has(key)) expect(templates.map((row) => row.key)).toContain(key);
  for (const row of templates) expect(known.has(row.key) || incoming.has(row.key), row.key).toBe(true);

  // Counters: one row per device, day and field, holding the highest of each count stored or applied.
  const expected = new Map<string, Record<string, number>>();
  for (const row of before.frictionCounters as CounterRow[]) expected.set(row.key, { ...row.counts });
  for (const { bundle } of imported) {
    for (const row of bundle.frictionCounters) {
      const counts = expected.get(row.key) ?? {};
      for (const [name, value] of Object.entries(row.counts))
        counts[name] = Math.max(counts[name] ?? 0, value);
      expected.set(row.key, counts);
    }
  }
  const counters = after.frictionCounters as CounterRow[];
  expect(new Map(counters.map((row) => [row.key, row.counts]))).toEqual(expected);

  // Applied files are remembered; nothing else changes.
  const hashes = (after.importedFiles as { hash: string }[]).map((row) => row.hash).sort();
  const expectedHashes = [
    ...(before.importedFiles as { hash: string }[]).map((row) => row.hash),
    ...imported.map(({ hash }) => hash),
  ].sort();
  expect(hashes).toEqual(expectedHashes);
  expect(after.appliedBatches).toEqual(before.appliedBatches);
}

/** Writes a seed straight into the tables (as lib/storage would have stored it). */
export async function writeSeed(
  db: { table(name: string): { bulkPut(rows: readonly unknown[]): Promise<unknown> } },
  seed: Seed,
): Promise<void> {
  for (const [table, rows] of Object.entries(seed)) if (rows.length) await db.table(table).bulkPut(rows);
  await db.table('appliedBatches').bulkPut([{ id: 'batch-1', at: '2025-01-13T09:00:00.000Z' }]);
}
