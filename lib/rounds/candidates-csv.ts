/**
 * Reading the QA lead's candidate list: CSV from a file, or cells pasted from a spreadsheet (tabs).
 * Parsed with Papa Parse (already Margin's CSV library: RFC 4180 quoting, quoted line breaks, the
 * delimiter detected among comma, tab, semicolon and bar). The first row is the header
 * (lib/rounds/candidate-columns.ts says which headings are understood). The list is taken whole or
 * refused whole: every problem is listed with its row numbers (as a spreadsheet numbers them, the
 * header being row 1) and what to do, and nothing is returned from a list with problems.
 */
import Papa from 'papaparse';
import { caseKey, MAX_CANDIDATE_ATTRIBUTES, type Candidate } from '../model/round';
import { formatBytes, utf8Bytes } from '../export/import/json-text';
import { capMessages } from '../export/import/issues';
import {
  COLUMN_NAMES,
  describeColumn,
  fieldOfHeading,
  listInWords,
  looseHeading,
  REQUIRED_FIELDS,
  type CandidateField,
} from './candidate-columns';

/** The most cases a list may hold: several times a large council's open caseload. */
export const MAX_CANDIDATE_ROWS = 50_000;
/** The largest list read (checked before parsing). */
export const MAX_CANDIDATE_BYTES = 20 * 1024 * 1024;
/** The longest cell and the longest heading of a further column. */
const MAX_CELL = 200;
const MAX_HEADING = 60;

export type CandidatesResult =
  | {
      ok: true;
      candidates: Candidate[];
      columns: Partial<Record<CandidateField, string>>;
      attributes: string[];
    }
  | { ok: false; problems: string[] };

/** "row 4", "rows 4 and 9", "rows 4, 9, 12 and 7 more" */
export function rowList(rows: readonly number[], shown = 10): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  if (rows.length <= shown) return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
  return `rows ${rows.slice(0, shown).join(', ')} and ${rows.length - shown} more`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Parses a candidate list (`name` is used in messages, e.g. the file's name). */
export function parseCandidates(text: string, name = 'The candidate list'): CandidatesResult {
  const refuse = (...problems: string[]): CandidatesResult => ({
    ok: false,
    problems: capMessages(problems),
  });
  const bytes = utf8Bytes(text, MAX_CANDIDATE_BYTES);
  if (bytes > MAX_CANDIDATE_BYTES) {
    return refuse(
      `${name} is too large (${formatBytes(bytes)} or more); Margin reads lists of up to ` +
        `${formatBytes(MAX_CANDIDATE_BYTES)}. Leave out columns Margin does not need, or split the list.`,
    );
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    preview: MAX_CANDIDATE_ROWS + 2,
  });
  const records = parsed.data;
  const headerIndex = records.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex < 0)
    return refuse(`${name} is empty: paste or choose a list with a header row and one row per case.`);
  const quoteErrors = parsed.errors.filter((error) => error.type === 'Quotes');
  if (quoteErrors.length > 0) {
    return refuse(
      `${name} has a quotation mark that is never closed (${rowList(quoteErrors.map((e) => (e.row ?? 0) + 1))}): ` +
        'check the quotes in that row, or save the list from the spreadsheet again as CSV.',
    );
  }
  const header = records[headerIndex]!.map((cell) => cell.trim());
  const rows = records
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !isBlankRow(cells));
  if (rows.length === 0)
    return refuse(`${name} has a header row but no cases: add one row per case under it.`);
  if (rows.length > MAX_CANDIDATE_ROWS) {
    return refuse(
      `${name} has more than ${MAX_CANDIDATE_ROWS.toLocaleString('en-GB')} cases; Margin draws from at most ` +
        `${MAX_CANDIDATE_ROWS.toLocaleString('en-GB')}. Narrow the list (for example by service) first.`,
    );
  }

  const problems: string[] = [];
  const columns: Partial<Record<CandidateField, number>> = {};
  const attributes: { heading: string; index: number }[] = [];
  const seenAttributes = new Map<string, string>();
  header.forEach((heading, index) => {
    const field = fieldOfHeading(heading);
    if (field !== undefined) {
      const earlier = columns[field];
      if (earlier !== undefined) {
        problems.push(
          `The columns "${header[earlier]}" and "${heading}" both hold the ${COLUMN_NAMES[field].label}: keep one of them.`,
        );
      } else columns[field] = index;
      return;
    }
    const inColumn = rows.some(({ cells }) => (cells[index] ?? '').trim() !== '');
    if (heading === '') {
      if (inColumn) problems.push(`Column ${index + 1} has no heading: give it one, or delete the column.`);
      return;
    }
    if (heading.length > MAX_HEADING) {
      problems.push(
        `The heading of column ${index + 1} is longer than ${MAX_HEADING} characters: shorten it.`,
      );
    } else if (seenAttributes.has(looseHeading(heading))) {
      problems.push(
        `The columns "${seenAttributes.get(looseHeading(heading))}" and "${heading}" have the same heading: rename one.`,
      );
    }
    seenAttributes.set(looseHeading(heading), heading);
    attributes.push({ heading, index });
  });
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    problems.unshift(
      `${name} has no column for ${listInWords(
        missing.map((field) => `the ${COLUMN_NAMES[field].label}`),
        'or',
      )}. Add ${missing.length === 1 ? 'a column headed' : 'columns headed'} ` +
        `${listInWords(missing.map(describeColumn))} (the header row has: ${header.filter(Boolean).join(', ') || 'nothing'}).`,
    );
  }
  if (attributes.length > MAX_CANDIDATE_ATTRIBUTES) {
    problems.push(
      `${name} has ${attributes.length} further columns; Margin keeps at most ${MAX_CANDIDATE_ATTRIBUTES}. ` +
        'Delete the columns the sample does not need.',
    );
  }
  if (problems.length > 0) return refuse(...problems);
  return readRows(header, rows, columns, attributes, refuse);
}

function readRows(
  header: readonly string[],
  rows: readonly { cells: string[]; row: number }[],
  columns: Partial<Record<CandidateField, number>>,
  attributes: readonly { heading: string; index: number }[],
  refuse: (...problems: string[]) => CandidatesResult,
): CandidatesResult {
  const blank = new Map<CandidateField, number[]>();
  const tooLong: number[] = [];
  const tooManyCells: number[] = [];
  const rowsOf = new Map<string, { id: string; rows: number[] }>();
  const candidates: Candidate[] = [];
  for (const { cells, row } of rows) {
    if (cells.slice(header.length).some((cell) => cell.trim() !== '')) tooManyCells.push(row);
    if (cells.some((cell) => cell.trim().length > MAX_CELL)) tooLong.push(row);
    const value = (field: CandidateField) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    for (const field of REQUIRED_FIELDS) {
      if (value(field) !== '') continue;
      const list = blank.get(field);
      if (list) list.push(row);
      else blank.set(field, [row]);
    }
    const id = value('caseId');
    if (id !== '') {
      const seen = rowsOf.get(caseKey(id)) ?? { id, rows: [] };
      seen.rows.push(row);
      rowsOf.set(caseKey(id), seen);
    }
    const candidate: Candidate = {
      caseId: id,
      team: value('team'),
      caseHolder: value('caseHolder'),
      attributes: {},
    };
    for (const field of ['legalStatus', 'ageBand', 'caseType'] as const) {
      if (value(field) !== '') candidate[field] = value(field);
    }
    // fromEntries defines own properties, so even a heading such as "__proto__" stays plain data.
    candidate.attributes = Object.fromEntries(
      attributes
        .map(({ heading, index }) => [heading, (cells[index] ?? '').trim()] as const)
        .filter(([, cell]) => cell !== ''),
    );
    candidates.push(candidate);
  }
  const problems: string[] = [];
  for (const [field, list] of blank) {
    problems.push(
      `The ${COLUMN_NAMES[field].label} is blank in ${rowList(list)}: fill it in or delete the row.`,
    );
  }
  const duplicates = [...rowsOf.values()].filter((seen) => seen.rows.length > 1);
  for (const { id, rows: where } of duplicates.slice(0, 10)) {
    problems.push(
      `The case ${id} is listed ${where.length} times (${rowList(where)}): keep one row per case.`,
    );
  }
  if (duplicates.length > 10) {
    problems.push(`${duplicates.length - 10} more cases are listed more than once: keep one row per case.`);
  }
  if (tooManyCells.length > 0) {
    problems.push(
      `${capitalise(rowList(tooManyCells))} ${tooManyCells.length === 1 ? 'has' : 'have'} more cells than the header row ` +
        `(${header.length}): a value may contain the separator without quotes around it.`,
    );
  }
  if (tooLong.length > 0) {
    problems.push(
      `${capitalise(rowList(tooLong))} ${tooLong.length === 1 ? 'has a cell' : 'have cells'} longer than ${MAX_CELL} characters: shorten ${tooLong.length === 1 ? 'it' : 'them'}.`,
    );
  }
  if (problems.length > 0) return refuse(...problems);
  const named: Partial<Record<CandidateField, string>> = {};
  for (const [field, index] of Object.entries(columns)) named[field as CandidateField] = header[index];
  return { ok: true, candidates, columns: named, attributes: attributes.map((a) => a.heading) };
}
