/**
 * An import preview record by record: each incoming record that would be added, changed or kept
 * back, named in words a person recognises (an observation by its kind and first words, an audit by
 * its case), and for a changed or conflicting record the fields that differ, before and after.
 */
import { KIND_LABELS } from '../../model/observation';
import { CONVERSATION_ROLE_LABELS } from '../../model/conversation';
import type { HistoryRecord, HistoryTable } from '../../storage/history';
import type { Verdict } from './merge-rule';

export interface FieldChange {
  /** The field, in words ("Observation", "Grade"). */
  field: string;
  before: string;
  after: string;
}

export interface RecordChange {
  table: HistoryTable;
  id: string;
  verdict: Exclude<Verdict, 'identical'>;
  /** The record in words: "Strength: Maya's own question is recorded…". */
  name: string;
  /** Changed, outdated or conflicting: what differs between this device's version and the file's. */
  fields: FieldChange[];
}

const TABLE_NAMES: Record<HistoryTable, string> = {
  audits: 'Audit',
  observations: 'Observation',
  notes: 'Note',
  frictionFlags: 'Friction flag',
  replies: 'Reply',
  conversations: 'Conversation record',
};

/** Field names in words; fields not listed (ids, keys, stamps Margin keeps) are not compared. */
const FIELD_NAMES: Record<string, string> = {
  comment: 'Observation',
  text: 'Text',
  kind: 'Kind',
  grade: 'Grade',
  sectionId: 'Section',
  factors: 'Systemic factors',
  evidenceSource: 'Evidence source',
  followUp: 'Follow-up',
  evidence: 'Cited evidence',
  target: 'Anchored to',
  auditId: 'Audit',
  status: 'Status',
  sections: 'Section grades and justifications',
  overallGrade: 'Overall grade',
  summary: 'Summary',
  caseRef: 'Case',
  auditor: 'Auditor',
  author: 'Written by',
  finishedAt: 'Finished',
  category: 'Category',
  severity: 'Severity',
  minutesLost: 'Time lost',
  workaround: 'Work-around',
  updatedAt: 'Last saved',
};

const short = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function words(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
    return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
  }
  if (typeof value === 'string') return short(value.replace(/\s+/g, ' ').trim());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : `${value.length} item${value.length === 1 ? '' : 's'}`;
  const record = value as Record<string, unknown>;
  if (typeof record.quote === 'string') return `“${short(record.quote, 60)}”`;
  if (typeof record.personId === 'string') return record.personId;
  return 'set';
}

/** Two versions of a text, from just before where they part (a long shared start is left out). */
function aroundChange(before: string, after: string): [string, string] {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  // Back to the start of the word where they part, keeping a few words of context.
  const cut = before.lastIndexOf(' ', Math.max(0, same - 25));
  if (cut <= 0) return [words(before), words(after)];
  return [`…${words(before.slice(cut))}`, `…${words(after.slice(cut))}`];
}

/** A record in words, for the preview's list. */
export function recordName(table: HistoryTable, record: HistoryRecord): string {
  const r = record as unknown as Record<string, unknown>;
  switch (table) {
    case 'observations':
      return `${KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? 'Observation'}: ${short(String(r.comment ?? ''), 70)}`;
    case 'audits':
      return `Audit of ${words(r.caseRef)} by ${String(r.auditor || 'an unnamed auditor')}`;
    case 'notes':
      return `Note: ${short(String(r.text ?? ''), 70)}`;
    case 'frictionFlags':
      return `Friction flag${typeof r.comment === 'string' ? `: ${short(r.comment, 60)}` : ''}`;
    case 'replies':
      return `Reply by ${String(r.author || 'someone unnamed')}: ${short(String(r.text ?? ''), 60)}`;
    case 'conversations':
      return `Conversation on ${String(r.date)} with ${ROLE_WORDS[String(r.withRole)] ?? 'someone'}`;
  }
}

/** The fields that differ between two versions of a record, in words. */
export function changedFields(before: HistoryRecord, after: HistoryRecord): FieldChange[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return Object.entries(FIELD_NAMES).flatMap(([key, field]) => {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) return [];
    const say = (value: unknown) =>
      key === 'kind' ? (KIND_LABELS[value as keyof typeof KIND_LABELS] ?? words(value)) : words(value);
    const [was, now] =
      typeof a[key] === 'string' && typeof b[key] === 'string' && !['kind', 'updatedAt'].includes(key)
        ? aroundChange(a[key], b[key])
        : [say(a[key]), say(b[key])];
    // Two different objects that read the same ("set", "2 items"): say it changed.
    return [{ field, before: was, after: was === now ? `${now} (changed)` : now }];
  });
}

export function recordChange(
  table: HistoryTable,
  verdict: RecordChange['verdict'],
  incoming: HistoryRecord,
  stored: HistoryRecord | undefined,
): RecordChange {
  return {
    table,
    id: incoming.id,
    verdict,
    name: recordName(table, incoming),
    fields: stored ? changedFields(stored, incoming) : [],
  };
}

export { TABLE_NAMES };

const ROLE_WORDS: Record<string, string> = CONVERSATION_ROLE_LABELS;
