/**
 * Both versions of a conflicting record in words a person compares, never raw JSON: an observation's
 * kind, text, grade, factors and follow-up; an audit's case, grades and summary; for other kinds their
 * plain fields. Pure: the conflicts screen renders the rows. Record contents are untrusted (they came from
 * the server): only strings and numbers are shown, as text.
 */
import { factorLabel } from '../audit/factors';
import { KIND_LABELS, type ObservationKind } from '../model/observation-kinds';

export interface VersionRow {
  label: string;
  value: string;
}

const KIND_NAMES: Record<string, string> = {
  audit: 'Audit',
  observation: 'Observation',
  conversation: 'Conversation record',
  finding: 'Finding',
  moderation: 'Moderation',
  round: 'Audit round',
  'friction-flag': 'Friction flag',
  'friction-counters': 'Friction counts',
};

/** The name of a kind of record, as a person says it. */
export const kindName = (kind: string): string => KIND_NAMES[kind] ?? kind;

type Rec = Record<string, unknown>;
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
const rec = (value: unknown): Rec => (value && typeof value === 'object' ? (value as Rec) : {});

function push(rows: VersionRow[], label: string, value: unknown): void {
  const text = str(value);
  if (text !== undefined) rows.push({ label, value: text });
}

function observationRows(o: Rec): VersionRow[] {
  const rows: VersionRow[] = [];
  push(rows, 'Kind', KIND_LABELS[o.kind as ObservationKind] ?? o.kind);
  push(rows, 'Observation', o.comment);
  push(rows, 'Grade', o.grade);
  const factors = Array.isArray(o.factors)
    ? o.factors.map((f) => factorLabel(String(rec(f).factor ?? ''), str(rec(f).subItem))).filter(Boolean)
    : [];
  rows.push({ label: 'Factors', value: factors.length ? factors.join('; ') : 'none' });
  push(rows, 'Follow-up', o.followUp);
  push(rows, 'Written by', o.author);
  return rows;
}

function auditRows(a: Rec): VersionRow[] {
  const rows: VersionRow[] = [];
  push(rows, 'Case', rec(a.caseRef).personId);
  push(rows, 'Template', a.templateId);
  push(
    rows,
    'Status',
    a.status === 'finished' ? 'finished' : a.status === 'in-progress' ? 'in progress' : a.status,
  );
  for (const [id, section] of Object.entries(rec(a.sections))) {
    const s = rec(section);
    const parts = [
      str(s.grade) && `grade ${str(s.grade)}`,
      str(s.compliance) && `compliance ${str(s.compliance)}`,
    ]
      .concat(s.complete === true ? 'complete' : 'not complete')
      .filter(Boolean);
    rows.push({ label: `Section ${id}`, value: parts.join(', ') });
    push(rows, `Section ${id}: justification`, s.justification);
  }
  push(rows, 'Overall grade', a.overallGrade);
  push(rows, 'Summary', a.summary);
  push(rows, 'Auditor', a.auditor);
  return rows;
}

const SKIP = new Set([
  'id',
  'rev',
  '_rev',
  '_id',
  'deviceId',
  'seq',
  'parentRev',
  'revision',
  'updatedAt',
  'createdAt',
]);

function plainRows(r: Rec): VersionRow[] {
  const rows: VersionRow[] = [];
  for (const [key, value] of Object.entries(r)) {
    if (SKIP.has(key)) continue;
    const label = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
    push(rows, label, value);
  }
  return rows;
}

/**
 * One version's rows; a deleted version says so, and every version ends with when it was last changed
 * (written by `time`, the page's date format).
 */
export function versionRows(
  kind: string,
  record: unknown,
  deleted = false,
  time: (iso: string) => string = (iso) => new Date(iso).toLocaleString(),
): VersionRow[] {
  if (deleted || record === null || record === undefined) return [{ label: 'Status', value: 'deleted' }];
  const r = rec(record);
  const rows = kind === 'observation' ? observationRows(r) : kind === 'audit' ? auditRows(r) : plainRows(r);
  const updated = str(r.updatedAt);
  if (updated && !Number.isNaN(Date.parse(updated)))
    rows.push({ label: 'Last changed', value: time(updated) });
  return rows;
}

/** A short name for the record in a conflict (case, or the start of its text). */
export function conflictTitle(kind: string, local: unknown, remote: unknown): string {
  const r = rec(local ?? remote);
  const about = str(rec(r.caseRef).personId) ?? str(r.comment) ?? str(r.title) ?? str(r.name);
  const short = about && about.length > 60 ? `${about.slice(0, 57)}…` : about;
  return short ? `${kindName(kind)}: ${short}` : kindName(kind);
}
