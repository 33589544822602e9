/**
 * The CSV writer, for Excel and other spreadsheets: one table, one row per record, a `type` column
 * saying what each row is. The first row after the header is the "about this file" row carrying the
 * personal-data statement (a comment line would not be valid CSV). UTF-8 with a byte-order mark, CRLF
 * line ends, and every cell that a spreadsheet could run as a formula escaped (see CSV_FORMULA).
 */
import Papa from 'papaparse';
import { categoryLabel } from '../friction/categories';
import type { FrictionFlag } from '../model/friction';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';
import type { BundleHead } from './margin-json';
import { factorLabel, type Labeller } from './labels';

export const CSV_TYPE = 'text/csv;charset=utf-8';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'type',
  'id',
  'audit',
  'person ID',
  'system',
  'screen',
  'step',
  'section',
  'kind',
  'grade',
  'comment',
  'evidence source',
  'contributory factors',
  'follow-up',
  'replies',
  'category',
  'severity',
  'minutes lost',
  'work-around',
  'quote',
  'author',
  'created (UTC)',
  'updated (UTC)',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
export type Row = Partial<Record<Column, string | number>>;

/**
 * Which cells are prefixed with `'` so a spreadsheet shows them as text (OWASP CSV Injection; ASVS 5
 * 1.2.10): a cell starting with tab, CR or NUL, or whose first visible character is = + - @ or its
 * full-width form ＝ ＋ － ＠ (which Excel with East Asian input settings may read as the ASCII ones).
 * Leading whitespace (any Unicode space, line breaks, no-break and ideographic spaces, the BOM) and
 * zero-width characters are skipped first, because some spreadsheets and import tools trim them and
 * then run what follows. `|` and `%` are left alone: neither starts a formula in Excel, Calc or Sheets, and
 * a DDE payload (`=cmd|...`) needs one of the characters above in front of the `|`.
 * Papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so it misses a
 * formula followed by a line break (`=1+1\nx`); this pattern looks at the start of the cell only.
 */
export const CSV_FORMULA = /^(?:[\t\r\0]|[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** ISO timestamp as `YYYY-MM-DD HH:MM:SS`, which spreadsheets read as a date and time. */
const time = (iso: string | undefined) => iso && iso.slice(0, 19).replace('T', ' ');

const where = (page: Observation['target']['page']): Row => ({
  'person ID': page.personId,
  system: page.system,
  screen: page.formName ?? page.path,
  step: page.stepId,
});

/** An observation's row; `replies`: how many replies it has (their text is in the Margin JSON export). */
export function observationRow(o: Observation, labels: Labeller, replies = 0): Row {
  return {
    type: 'observation',
    id: o.id,
    audit: o.auditId ?? undefined,
    ...where(o.target.page),
    section: labels.section(o),
    kind: labels.kind(o.kind),
    grade: labels.grade(o),
    comment: o.comment,
    'evidence source': labels.evidenceSource(o.evidenceSource),
    'contributory factors': o.factors.map((tag) => factorLabel(tag.factor, tag.subItem)).join('; '),
    'follow-up': o.followUp,
    replies,
    quote: o.target.quote,
    author: o.author,
    'created (UTC)': time(o.createdAt),
    'updated (UTC)': time(o.updatedAt),
  };
}

export const noteRow = (n: Note): Row => ({
  type: 'note',
  id: n.id,
  ...where(n.page),
  comment: n.text,
  author: n.author,
  'created (UTC)': time(n.createdAt),
  'updated (UTC)': time(n.updatedAt),
});

export const flagRow = (f: FrictionFlag): Row => ({
  type: 'friction flag',
  id: f.id,
  ...where(f.target.page),
  category: categoryLabel(f.category),
  severity: f.severity,
  'minutes lost': f.minutesLost,
  comment: f.comment,
  'work-around': f.workaround,
  quote: f.target.quote,
  author: f.author,
  'created (UTC)': time(f.createdAt),
});

function aboutRow(bundle: BundleHead): Row {
  const filters = Object.entries(bundle.filters).map(([name, value]) => `${name} = ${value}`);
  return {
    type: 'about this file',
    comment: [
      `Margin ${bundle.generator.version} export.`,
      bundle.personalData.summary,
      `Filters: ${filters.length > 0 ? filters.join('; ') : 'none'}.`,
      'Audits, templates, friction counters and the text of replies are in the Margin JSON export only (the replies column counts them).',
    ].join(' '),
    author: bundle.exportedBy,
    'created (UTC)': time(bundle.exportedAt),
  };
}

const line = (cells: (string | number | undefined)[]) =>
  `${Papa.unparse([cells.map((cell) => cell ?? '')], { escapeFormulae: CSV_FORMULA, newline: '\r\n' })}\r\n`;

/** The text of one row. */
export const csvLine = (row: Row) => line(CSV_COLUMNS.map((column) => row[column]));

/** The file up to its first record: the BOM, the header row and the "about this file" row. */
export const csvHead = (bundle: BundleHead) => `\uFEFF${line([...CSV_COLUMNS])}${csvLine(aboutRow(bundle))}`;
