/**
 * The statement of personal data every export carries (domain notes §8: "exports that state what
 * personal data they contain"). Computed from what the file really holds after the privacy options
 * were applied, not from the options alone: an export with no quotes does not claim to have any.
 */
import type { ExportData, ExportOptions, PersonalData, PersonalDataKind } from './bundle-schema';

const some = <T>(items: readonly T[], test: (item: T) => boolean) => items.some(test);

function counts(data: ExportData): string {
  const parts: [number, string][] = [
    [data.observations.length, 'observation'],
    [data.audits.length, 'audit'],
    [data.notes.length, 'note'],
    [data.frictionFlags.length, 'friction flag'],
    [data.frictionCounters.length, 'friction counter row'],
    [data.templates.length, 'template'],
  ];
  const listed = parts.map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  return `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}

/** What kinds of personal data `data` holds, given the options that produced it. */
export function personalDataKinds(
  data: ExportData,
  options: ExportOptions,
  exportedBy: string,
): PersonalDataKind[] {
  const targets = [...data.observations, ...data.frictionFlags].map((r) => r.target);
  const pages = [...targets.map((t) => t.page), ...data.notes.map((n) => n.page)];
  const persons =
    data.audits.length > 0 ||
    some(pages, (p) => p.personId !== undefined) ||
    data.filters.personId !== undefined;
  const authors =
    exportedBy !== '' ||
    some(data.audits, (a) => a.auditor !== '') ||
    some([...data.observations, ...data.notes, ...data.frictionFlags], (r) => r.author !== '');
  const quotes = some(
    targets,
    (t) => t.quote !== undefined || t.selectors.some((s) => s.type === 'TextQuoteSelector'),
  );
  const freeText =
    data.observations.length > 0 ||
    data.notes.length > 0 ||
    some(
      data.audits,
      (a) => a.summary !== undefined || Object.values(a.sections).some((s) => s.justification),
    ) ||
    some(data.frictionFlags, (f) => Boolean(f.comment || f.workaround));
  const kinds: (PersonalDataKind | false)[] = [
    persons && (options.pseudonymise ? 'pseudonymised person identifiers' : 'person identifiers'),
    authors && (options.pseudonymise ? 'pseudonymised author names' : 'author names'),
    quotes && 'quoted case-record text',
    (pages.length > 0 || data.frictionCounters.length > 0) && 'page addresses',
    freeText && 'free text written by auditors and practitioners',
    data.frictionFlags.length > 0 && 'friction reports by practitioners',
  ];
  return kinds.filter((kind): kind is PersonalDataKind => kind !== false);
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
    'comments and notes in the authors’ own words, which may mention people and are not pseudonymised beyond known IDs and author names',
  'friction reports by practitioners':
    'friction flags raised by practitioners about their own work (personal data about staff)',
};

/** The `personalData` statement of an export: a plain-English summary and the list of kinds. */
export function describePersonalData(
  data: ExportData,
  options: ExportOptions,
  exportedBy: string,
  subject = 'This file',
): PersonalData {
  const contains = personalDataKinds(data, options, exportedBy);
  const done = [
    options.redactQuotes && 'Quoted case-record text was removed.',
    options.pseudonymise && 'Person IDs and names were pseudonymised.',
  ].filter(Boolean);
  const body =
    contains.length === 0
      ? 'It contains no personal data.'
      : `It contains: ${contains.map((kind) => SENTENCES[kind]).join('; ')}.`;
  return { summary: [`${subject} holds ${counts(data)}.`, body, ...done].join(' '), contains };
}
