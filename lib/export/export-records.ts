/**
 * The records of an export, read a page at a time inside the export's one read transaction: the
 * observations (each page preceded by its replies), notes, friction flags and counters oldest first,
 * then the audits, then their templates. export-stream.ts walks them twice when pseudonymising (once to
 * record the names, once to write) and once otherwise; a visitor sees each page as it is read.
 */
import type { Table } from 'dexie';
import type { Audit } from '../model/audit';
import type { CounterRow } from '../model/friction';
import type { Note } from '../model/note';
import type { Reply } from '../model/reply';
import type { Observation } from '../model/observation';
import type { Conversation } from '../model/conversation';
import type { Finding } from '../model/finding';
import type { StoredFlag } from '../storage/db';
import type { AuditIndex } from './audit-index';
import type { RECORD_KEYS } from './bundle-schema';
import {
  counterMatches,
  dateRange,
  flagMatches,
  noteMatches,
  observationMatches,
  typeIncluded,
  type ExportFilters,
} from './filters';
import { indexPages } from './paged-read';
import type { RecordOf } from './personal-data';
import type { RoundExportInput } from './round-export';

export type RecordKey = (typeof RECORD_KEYS)[number];
export type Visit = <K extends RecordKey>(key: K, records: readonly RecordOf[K][]) => void;

export interface Source {
  /** Every round and what its report is built from (round-export.ts). */
  rounds: RoundExportInput[];
  /** Every finding on this device (finding-export.ts picks the file's). */
  findings: Finding[];
  filters: ExportFilters;
  pageSize: number;
  observations: Table<Observation, string>;
  replies: Table<Reply, string>;
  notes: Table<Note, string>;
  frictionFlags: Table<StoredFlag, string>;
  frictionCounters: Table<CounterRow, string>;
  audits: Table<Audit, string>;
  conversations: Table<Conversation, string>;
  index: AuditIndex;
}

const created = (record: { createdAt: string }) => record.createdAt;

/**
 * The replies of a page of observations: by observation in the page's order, then oldest first (ties by
 * id), so the file lists them the same way whatever the page size.
 */
async function repliesOf(
  table: Table<Reply, string>,
  observations: readonly Observation[],
): Promise<Reply[]> {
  if (observations.length === 0) return [];
  const order = new Map(observations.map((o, index) => [o.id, index]));
  const replies = await table
    .where('observationId')
    .anyOf([...order.keys()])
    .toArray();
  return replies.sort(
    (a, b) =>
      order.get(a.observationId)! - order.get(b.observationId)! ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1),
  );
}

/**
 * Every exported record, a page at a time: observations (each page preceded by its replies), notes, friction flags and counters oldest
 * first (ties by primary key), then the audits, then (`withTemplates`) their templates.
 */
export async function pass(src: Source, visit: Visit, withTemplates: boolean): Promise<void> {
  const { filters: f, pageSize: size } = src;
  const range = dateRange(f);
  if (typeIncluded('observations', f)) {
    for await (const page of indexPages(src.observations, 'createdAt', range, created, size)) {
      const kept = page.filter((o) => observationMatches(o, f));
      await src.index.cite(kept);
      // Replies first: the CSV counts them on their observation's row, JSON-LD lists them after it.
      visit('replies', await repliesOf(src.replies, kept));
      visit('observations', kept);
    }
  }
  if (typeIncluded('notes', f)) {
    for await (const page of indexPages(src.notes, 'createdAt', range, created, size)) {
      visit(
        'notes',
        page.filter((n) => noteMatches(n, f)),
      );
    }
  }
  if (typeIncluded('frictionFlags', f)) {
    for await (const page of indexPages(src.frictionFlags, 'createdAt', range, created, size)) {
      const kept = page.filter((x) => flagMatches(x, f));
      visit(
        'frictionFlags',
        kept.map(({ screenRef: _screenRef, ...flag }) => flag),
      );
    }
  }
  if (typeIncluded('frictionCounters', f)) {
    const days = dateRange(f, 10);
    for await (const page of indexPages(src.frictionCounters, 'day', days, (c) => c.day, size)) {
      visit(
        'frictionCounters',
        page.filter((c) => counterMatches(c, f)),
      );
    }
  }
  const audits = await src.index.chosen();
  for (let start = 0; start < audits.length; start += size) {
    const page = await src.audits.bulkGet(audits.slice(start, start + size).map((a) => a.id));
    visit(
      'audits',
      page.filter((a): a is Audit => a !== undefined),
    );
  }
  if (withTemplates) visit('templates', await src.index.chosenTemplates());
}
