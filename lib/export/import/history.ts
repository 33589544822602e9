/**
 * Where imports keep what they did not apply. Merging files never throws a version of a record away: the
 * version that loses (the stored one an import replaced, or the incoming one the database kept) goes to
 * `recordHistory`; the content hash of every applied file goes to `importedFiles`, so a file is applied
 * (and its friction counters added) once.
 *
 * Edits keep the version they replace here too (lib/storage/edit-history.ts). AppDB declares both tables
 * from version 4 on; the code reaches them through `db.table(...)`.
 */
import type { AppDB, StoredFlag } from '../../storage/db';
import type { Audit } from '../../model/audit';
import type { Note } from '../../model/note';
import type { Observation } from '../../model/observation';

/** Dexie `stores()` spec of the tables imports add (database version 4). */
export const HISTORY_TABLE_SPEC = {
  /** Losing versions of records, found by the record they belong to and listed by date. */
  recordHistory: 'id, recordId, at',
  /** One row per applied file, keyed by the SHA-256 of its canonical content. */
  importedFiles: 'hash',
} as const;

/** The tables whose records carry history. */
export type HistoryTable = 'audits' | 'observations' | 'notes' | 'frictionFlags';

/** A record as stored in one of the history tables (flags carry their `screenRef` index). */
export type HistoryRecord = Audit | Observation | Note | StoredFlag;

/**
 * One earlier or losing version of a record.
 * - `edited`: the version an edit replaced (`by` names who made the edit).
 * - `import-conflict`: both versions carry the same `updatedAt` but differ; the stored one was kept.
 * - `import-superseded`: the stored version was replaced by a later edit from a file.
 * - `import-outdated`: the file carried an earlier version than the stored one, which was kept.
 */
export interface HistoryEntry {
  id: string;
  table: HistoryTable;
  recordId: string;
  /** The full losing record, exactly as it was (or would have been) stored. */
  version: HistoryRecord;
  reason: 'edited' | 'import-conflict' | 'import-superseded' | 'import-outdated';
  at: string;
  /** The name of the file being imported when this version lost; `''` for edits. */
  source: string;
  /** Who made the edit that replaced this version (edits only). */
  by?: string;
}

/** What is remembered of an applied file. */
export interface ImportedFile {
  hash: string;
  fileName: string;
  exportedBy: string;
  exportedAt: string;
  importedAt: string;
}

/** The history table (declared by AppDB version 4). */
export function historyTable(db: AppDB) {
  return db.table<HistoryEntry, string>('recordHistory');
}

/** The applied-files table (declared by AppDB version 4). */
export function importedFilesTable(db: AppDB) {
  return db.table<ImportedFile, string>('importedFiles');
}

/** Every kept version of one record, oldest first. */
export function historyOf(db: AppDB, recordId: string): Promise<HistoryEntry[]> {
  return historyTable(db).where('recordId').equals(recordId).sortBy('at');
}
