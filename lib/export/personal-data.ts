/**
 * The statement of personal data every export carries (domain notes §8: "exports that state what
 * personal data they contain"). Computed from what the file really holds after the privacy options
 * were applied, not from the options alone: an export with no quotes does not claim to have any.
 */
import type { Audit } from '../model/audit';
import type { CounterRow, FrictionFlag } from '../model/friction';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';
import type { Reply } from '../model/reply';
import type { Template } from '../model/template';
import type { ExportData, ExportOptions, PersonalData, PersonalDataKind, RECORD_KEYS } from './bundle-schema';

type RecordKey = (typeof RECORD_KEYS)[number];

/** Records of each type an export holds. */
export type RecordCounts = Record<RecordKey, number>;

/**
 * What an export holds so far, gathered record by record (see `tallyRecord`), so the statement can be
 * made without keeping the records: counts and the personal-data facts `describeTally` needs.
 */
export interface PersonalDataTally {
  counts: RecordCounts;
  personIds: boolean;
  authors: boolean;
  quotes: boolean;
  freeText: boolean;
}

export const emptyTally = (): PersonalDataTally => ({
  counts: {
    audits: 0,
    observations: 0,
    replies: 0,
    notes: 0,
    templates: 0,
    frictionFlags: 0,
    frictionCounters: 0,
  },
  personIds: false,
  authors: false,
  quotes: false,
  freeText: false,
});

/** A record of each type, as `tallyRecord` takes it. */
export interface RecordOf {
  audits: Audit;
  observations: Observation;
  replies: Reply;
  notes: Note;
  templates: Template;
  frictionFlags: FrictionFlag;
  frictionCounters: CounterRow;
}

const quoted = (t: Observation['target']) =>
  t.quote !== undefined || t.selectors.some((s) => s.type === 'TextQuoteSelector');

/** Adds one record (after the privacy options were applied) to `tally`. */
export function tallyRecord<K extends RecordKey>(
  tally: PersonalDataTally,
  key: K,
  record: RecordOf[K],
): void {
  tally.counts[key]++;
  const t = tally;
  switch (key) {
    case 'audits': {
      const a = record as Audit;
      t.personIds = true;
      t.authors ||= a.auditor !== '';
      t.freeText ||= a.summary !== undefined || Object.values(a.sections).some((s) => s.justification);
      break;
    }
    case 'observations': {
      const o = record as Observation;
      t.personIds ||= o.target.page.personId !== undefined;
      t.authors ||= o.author !== '';
      t.quotes ||= quoted(o.target);
      t.freeText = true;
      break;
    }
    case 'replies': {
      const r = record as Reply;
      t.authors ||= r.author !== '';
      t.freeText = true;
      break;
    }
    case 'notes': {
      const n = record as Note;
      t.personIds ||= n.page.personId !== undefined;
      t.authors ||= n.author !== '';
      t.freeText = true;
      break;
    }
    case 'frictionFlags': {
      const f = record as FrictionFlag;
      t.personIds ||= f.target.page.personId !== undefined;
      t.authors ||= f.author !== '';
      t.quotes ||= quoted(f.target);
      t.freeText ||= Boolean(f.comment || f.workaround);
      break;
    }
  }
}

/** The tally of every record of `data`. */
export function tallyData(data: ExportData): PersonalDataTally {
  const tally = emptyTally();
  for (const a of data.audits) tallyRecord(tally, 'audits', a);
  for (const o of data.observations) tallyRecord(tally, 'observations', o);
  for (const r of data.replies ?? []) tallyRecord(tally, 'replies', r);
  for (const n of data.notes) tallyRecord(tally, 'notes', n);
  for (const t of data.templates) tallyRecord(tally, 'templates', t);
  for (const f of data.frictionFlags) tallyRecord(tally, 'frictionFlags', f);
  for (const c of data.frictionCounters) tallyRecord(tally, 'frictionCounters', c);
  return tally;
}

function countsText(counts: RecordCounts): string {
  const parts: [number, string][] = [
    [counts.observations, 'observation'],
    [counts.audits, 'audit'],
    [counts.notes, 'note'],
    [counts.frictionFlags, 'friction flag'],
    [counts.frictionCounters, 'friction counter row'],
    [counts.templates, 'template'],
  ];
  const listed = parts.map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  // Replies are named with their observations, and only when there are any.
  const replies = counts.replies;
  if (replies > 0) listed[0] += ` (with ${replies} ${replies === 1 ? 'reply' : 'replies'})`;
  return `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}

/** The kinds of personal data an export with `tally` holds, given its filters and options. */
function tallyKinds(
  tally: PersonalDataTally,
  filters: ExportData['filters'],
  options: ExportOptions,
  exportedBy: string,
): PersonalDataKind[] {
  const { counts } = tally;
  const pages = counts.observations + counts.frictionFlags + counts.notes;
  const persons = tally.personIds || filters.personId !== undefined;
  const authors = exportedBy !== '' || tally.authors;
  const kinds: (PersonalDataKind | false)[] = [
    persons && (options.pseudonymise ? 'pseudonymised person identifiers' : 'person identifiers'),
    authors && (options.pseudonymise ? 'pseudonymised author names' : 'author names'),
    tally.quotes && 'quoted case-record text',
    (pages > 0 || counts.frictionCounters > 0) && 'page addresses',
    tally.freeText && 'free text written by auditors and practitioners',
    counts.frictionFlags > 0 && 'friction reports by practitioners',
  ];
  return kinds.filter((kind): kind is PersonalDataKind => kind !== false);
}

/** What kinds of personal data `data` holds, given the options that produced it. */
export function personalDataKinds(
  data: ExportData,
  options: ExportOptions,
  exportedBy: string,
): PersonalDataKind[] {
  return tallyKinds(tallyData(data), data.filters, options, exportedBy);
}

const SENTENCES: Record<PersonalDataKind, string> = {
  'person identifiers':
    'the person or case IDs of the children whose records were audited (special-category data: handle as case records)',
  'pseudonymised person identifiers':
    'person and case IDs replaced by keyed pseudonyms (person-…, id-…): still personal data, since the browser profile that made this file can re-link them',
  'author names': 'the names of the auditors and practitioners who wrote the records',
  'pseudonymised author names': 'author names replaced by keyed pseudonyms (author-…)',
  'quoted case-record text': 'text quoted from the case records, which may name children and family members',
  'page addresses': 'addresses (origin and path) of case-system screens',
  'free text written by auditors and practitioners':
    'comments, replies and notes in the authors’ own words, which may mention people and are not pseudonymised beyond known IDs and author names',
  'friction reports by practitioners':
    'friction flags raised by practitioners about their own work (personal data about staff)',
  'conversation records with practitioners and families':
    'records of conversations with practitioners, the child and the family, in the auditor’s words and theirs',
};

/** The `personalData` statement of an export: a plain-English summary and the list of kinds. */
export function describePersonalData(
  data: ExportData,
  options: ExportOptions,
  exportedBy: string,
  subject = 'This file',
): PersonalData {
  return describeTally(tallyData(data), data.filters, options, exportedBy, subject);
}

/** The `personalData` statement of an export whose records were gathered into `tally`. */
export function describeTally(
  tally: PersonalDataTally,
  filters: ExportData['filters'],
  options: ExportOptions,
  exportedBy: string,
  subject = 'This file',
): PersonalData {
  const contains = tallyKinds(tally, filters, options, exportedBy);
  const done = [
    options.redactQuotes && 'Quoted case-record text was removed.',
    options.pseudonymise && 'Person IDs and names were pseudonymised.',
  ].filter(Boolean);
  const body =
    contains.length === 0
      ? 'It contains no personal data.'
      : `It contains: ${contains.map((kind) => SENTENCES[kind]).join('; ')}.`;
  return { summary: [`${subject} holds ${countsText(tally.counts)}.`, body, ...done].join(' '), contains };
}
