/**
 * The rows of the two tables that keep what was not applied (AppDB version 4). Nothing is thrown away:
 * the version of a record an edit replaced, or that lost a merge on import, goes to `recordHistory`;
 * the content hash of every applied file goes to `importedFiles`, so a file is applied (and its
 * friction counters added) once. Written by storage (edits, lib/storage/edit-history.ts) and by
 * imports (lib/export/import/apply.ts); read by the edit trail and retention.
 */
import type { StoredFlag } from './db';
import type { Audit } from '../model/audit';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';
import type { Reply } from '../model/reply';
import type { Conversation } from '../model/conversation';

/** The tables whose records carry history. */
export type HistoryTable =
  'audits' | 'observations' | 'notes' | 'frictionFlags' | 'replies' | 'conversations';

/** A record as stored in one of the history tables (flags carry their `screenRef` index). */
export type HistoryRecord = Audit | Observation | Note | StoredFlag | Reply | Conversation;

/**
 * One earlier or losing version of a record.
 * - `edited`: the version an edit replaced (`by` names who made the edit).
 * - `import-conflict`: both versions carry the same `updatedAt` but differ; the stored one was kept.
 * - `import-superseded`: the stored version was replaced by a later edit from a file.
 * - `import-outdated`: the file carried an earlier version than the stored one, which was kept.
 * - `deleted`: a reply its author deleted; who and when are kept, its text is not (`version.text` is
 *   empty): what a person deletes is gone, the thread still shows that something was said and removed.
 */
export interface HistoryEntry {
  id: string;
  table: HistoryTable;
  recordId: string;
  /** The full losing record, exactly as it was (or would have been) stored. */
  version: HistoryRecord;
  reason: 'edited' | 'deleted' | 'import-conflict' | 'import-superseded' | 'import-outdated';
  at: string;
  /** The name of the file being imported when this version lost; `''` for edits. */
  source: string;
  /** Who made the edit that replaced this version (edits and deletions only). */
  by?: string;
  /** For a reply's versions: the observation it belongs to, whose history lists them. */
  parentId?: string;
}

/** What is remembered of an applied file, keyed by the SHA-256 of its canonical content. */
export interface ImportedFile {
  hash: string;
  fileName: string;
  exportedBy: string;
  exportedAt: string;
  importedAt: string;
}
