/**
 * The edit trail: every change of an observation, audit or reply keeps the version it replaced in
 * `recordHistory` (reason `edited`, with who made the change and when), next to the versions imports
 * did not apply; a reply's entries also name its observation (`parentId`, lib/storage/replies.ts). Deleting a record deletes its trail: what the user deletes is gone.
 */
import type { AppDB } from './db';
import type { HistoryEntry, HistoryRecord } from './history';

type EditedTable = Extract<HistoryEntry['table'], 'observations' | 'audits'>;

/** Keeps `previous` as an earlier version of its record. Call inside the writing transaction. */
export async function keepEarlierVersion(
  db: AppDB,
  table: EditedTable,
  previous: HistoryRecord,
  by: string,
  at: string,
): Promise<void> {
  await db.recordHistory.add({
    id: crypto.randomUUID(),
    table,
    recordId: previous.id,
    version: previous,
    reason: 'edited',
    at,
    source: '',
    by,
  });
}

/** Deletes every kept version of a record. Call inside the deleting transaction. */
export async function forgetHistory(db: AppDB, recordIds: readonly string[]): Promise<number> {
  if (recordIds.length === 0) return 0;
  return db.recordHistory.where('recordId').anyOf(recordIds).delete();
}

/**
 * The trail of an observation: its earlier versions and those of its replies (edits, deletions,
 * import losers), oldest first.
 */
export async function observationTrail(db: AppDB, observationId: string): Promise<HistoryEntry[]> {
  const [own, replies] = await Promise.all([
    db.recordHistory.where('recordId').equals(observationId).toArray(),
    db.recordHistory.where('parentId').equals(observationId).toArray(),
  ]);
  return [...own, ...replies].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The earlier versions of one record, oldest first (edits and import losers alike). */
export function recordHistory(db: AppDB, recordId: string): Promise<HistoryEntry[]> {
  return db.recordHistory.where('recordId').equals(recordId).sortBy('at');
}
