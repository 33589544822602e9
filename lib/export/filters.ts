/**
 * The filters a QA lead chooses before exporting, and which records each filter keeps. A record type
 * is exported only when every filter that is set applies to it: filtering by grade leaves out friction
 * flags and notes (they have no grade) instead of exporting all of them (data minimisation).
 */
import { z } from 'zod';
import type { Audit } from '../model/audit';
import type { CounterRow, FrictionFlag } from '../model/friction';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';

const text = z.string().max(500).optional();
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'use a date such as 2026-11-27 (UTC)')
  .optional();

export const ExportFiltersSchema = z.strictObject({
  /** First day (or instant) included, UTC, compared with `createdAt` (counters: `day`). */
  dateFrom: date,
  /** Last day (or instant) included, UTC; a plain date includes that whole day. */
  dateTo: date,
  /** Author of observations, notes and flags; auditor of audits. Case-insensitive, exact. */
  auditor: text,
  personId: text,
  sectionId: text,
  grade: text,
  kind: text,
  /** A factor id or sub-item id (`family-professional` or `child-voice`). */
  factor: text,
  frictionCategory: text,
  /** The screen: the adapter's form name, the path, or `origin|screen`. */
  screen: text,
  /** Case-insensitive words searched in comments, note text, follow-ups and quotes. */
  text: text,
});

export type ExportFilters = z.infer<typeof ExportFiltersSchema>;
export type FilterName = keyof ExportFilters;
type RecordType = 'observations' | 'notes' | 'frictionFlags' | 'frictionCounters' | 'audits';

/** The filters each record type can be tested against. */
const APPLIES: Record<RecordType, readonly FilterName[]> = {
  observations: [
    'dateFrom',
    'dateTo',
    'auditor',
    'personId',
    'sectionId',
    'grade',
    'kind',
    'factor',
    'screen',
    'text',
  ],
  notes: ['dateFrom', 'dateTo', 'auditor', 'personId', 'screen', 'text'],
  frictionFlags: ['dateFrom', 'dateTo', 'auditor', 'personId', 'frictionCategory', 'screen', 'text'],
  frictionCounters: ['dateFrom', 'dateTo', 'screen'],
  audits: ['dateFrom', 'dateTo', 'auditor', 'personId', 'text'],
};

/** Filters with surrounding spaces trimmed and empty values dropped (what a form submits). */
export function normaliseFilters(filters: ExportFilters): ExportFilters {
  const entries = Object.entries(filters)
    .map(([name, value]) => [name, typeof value === 'string' ? value.trim() : value] as const)
    .filter(([, value]) => typeof value === 'string' && value !== '');
  return ExportFiltersSchema.parse(Object.fromEntries(entries));
}

/** True when every filter that is set applies to this record type. */
export function typeIncluded(type: RecordType, filters: ExportFilters): boolean {
  return (Object.keys(filters) as FilterName[]).every((name) => APPLIES[type].includes(name));
}

/** The `[lower, upper]` bounds of an index on ISO timestamps (or days, with `width` 10). */
export function dateRange(filters: ExportFilters, width?: number): [string, string] {
  const cut = (value: string) => (width ? value.slice(0, width) : value);
  return [cut(filters.dateFrom ?? ''), `${cut(filters.dateTo ?? '\uffff')}\uffff`];
}

const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
const contains = (needle: string, ...values: (string | undefined)[]) =>
  values.some((value) => value?.toLowerCase().includes(needle.toLowerCase()));

function screenMatches(screen: string, page: Observation['target']['page']): boolean {
  const name = page.formName ?? page.path;
  return screen === name || screen === page.path || screen === `${page.origin}|${name}`;
}

/** Whether an observation passes the observation filters (dates excepted: the query applies them). */
export function observationMatches(observation: Observation, f: ExportFilters): boolean {
  const { page } = observation.target;
  return (
    (f.auditor === undefined || same(observation.author, f.auditor)) &&
    (f.personId === undefined || page.personId === f.personId) &&
    (f.sectionId === undefined || observation.sectionId === f.sectionId) &&
    (f.grade === undefined || observation.grade === f.grade) &&
    (f.kind === undefined || observation.kind === f.kind) &&
    (f.factor === undefined ||
      observation.factors.some((t) => t.factor === f.factor || t.subItem === f.factor)) &&
    (f.screen === undefined || screenMatches(f.screen, page)) &&
    (f.text === undefined ||
      contains(f.text, observation.comment, observation.followUp, observation.target.quote))
  );
}

/** Whether a note passes the note filters (dates excepted). */
export function noteMatches(note: Note, f: ExportFilters): boolean {
  return (
    (f.auditor === undefined || same(note.author, f.auditor)) &&
    (f.personId === undefined || note.page.personId === f.personId) &&
    (f.screen === undefined || screenMatches(f.screen, note.page)) &&
    (f.text === undefined || contains(f.text, note.text))
  );
}

/** Whether a friction flag passes the flag filters (dates excepted). */
export function flagMatches(flag: FrictionFlag, f: ExportFilters): boolean {
  const { page } = flag.target;
  return (
    (f.auditor === undefined || same(flag.author, f.auditor)) &&
    (f.personId === undefined || page.personId === f.personId) &&
    (f.frictionCategory === undefined || flag.category === f.frictionCategory) &&
    (f.screen === undefined || screenMatches(f.screen, page)) &&
    (f.text === undefined || contains(f.text, flag.comment, flag.workaround, flag.target.quote))
  );
}

/** Whether an audit passes the audit filters, its dates included (it overlaps the chosen period). */
export function auditMatches(audit: Audit, f: ExportFilters): boolean {
  const [from, to] = dateRange(f);
  const justifications = Object.values(audit.sections).map((section) => section.justification);
  return (
    audit.updatedAt >= from &&
    audit.startedAt <= to &&
    (f.auditor === undefined || same(audit.auditor, f.auditor)) &&
    (f.personId === undefined || audit.caseRef.personId === f.personId) &&
    (f.text === undefined || contains(f.text, audit.summary, ...justifications))
  );
}

/** Whether a counter row is on the chosen screen (dates excepted). */
export function counterMatches(row: CounterRow, f: ExportFilters): boolean {
  return f.screen === undefined || f.screen === row.screen || f.screen === row.screenRef;
}
