// Property-based tests of the CSV writer's formula escaping (OWASP CSV Injection): a cell whose first
// visible character is a formula trigger, ASCII or full-width, after any run of leading whitespace
// (spaces, tabs, line breaks, no-break and ideographic spaces, zero-width characters), or that starts
// with tab, CR or NUL, reads back from the file with `'` in front, so no spreadsheet runs it; any other
// cell reads back unchanged. The JSON formats are not spreadsheet input and are never escaped.
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvLine } from '@/lib/export/csv';
import { ObservationSchema } from '@/lib/model/observation';
import { AppDB } from '@/lib/storage/db';
import { exportAll, seed } from './fixtures';

/** A fixed seed keeps runs reproducible (a failure prints its seed and counterexample). */
const SEED = Number(process.env.CSV_SEED ?? 20260214);
const RUNS = 500;

/** Characters that start a formula in some spreadsheet, ASCII and full-width (U+FF1D, FF0B, FF0D, FF20). */
const TRIGGERS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
/** Characters a spreadsheet or import tool may trim or ignore in front of a formula. */
const BLANKS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u2003',
  '\u202f',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u2060',
];
/** Dangerous as the very first character even with nothing after them (OWASP, ASVS 5 1.2.10). */
const LEADING = ['\t', '\r', '\0'];

const blanks = fc.array(fc.constantFrom(...BLANKS), { maxLength: 6 }).map((chars) => chars.join(''));
const trigger = fc.constantFrom(...TRIGGERS);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('1+1', 'SUM(A1)', "cmd|' /C calc'!A0", 'HYPERLINK("http://x","y")', '2+3\nnext'),
);

/** The test's own reading of "starts with a formula", independent of CSV_FORMULA. */
function visibleStart(cell: string): string {
  let i = 0;
  while (i < cell.length && (BLANKS.includes(cell[i]!) || /\s/.test(cell[i]!))) i += 1;
  return cell.slice(i);
}
const looksLikeFormula = (cell: string) =>
  LEADING.includes(cell[0] ?? '') || TRIGGERS.includes(visibleStart(cell)[0] ?? '');

const COMMENT = CSV_COLUMNS.indexOf('comment');

/** Writes `cell` as a comment in one CSV row and reads the row back as a spreadsheet would split it. */
function roundTrip(cell: string): string {
  const row = csvLine({ type: 'observation', comment: cell, author: 'Sam' });
  const parsed = Papa.parse<string[]>(row, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(1);
  expect(parsed.data[0]).toHaveLength(CSV_COLUMNS.length);
  return parsed.data[0]![COMMENT]!;
}

describe('CSV formula escaping', () => {
  it.each([
    ' =1+1',
    '\n=1+1',
    '\r\n+cmd',
    '\u00a0-2+3',
    '\u3000@SUM(A1)',
    '\uff1d1+1',
    '  \uff20SUM(A1)',
    '\u200b=1',
    '\tplain',
    '\rplain',
  ])('escapes %j', (cell) => {
    expect(roundTrip(cell)).toBe(`'${cell}`);
  });

  it.each(['plain', ' plain', '\nplain', '1-2', 'a=b', "'=already quoted", '|pipe', '%percent', ''])(
    'leaves %j as it is',
    (cell) => {
      expect(roundTrip(cell)).toBe(cell);
    },
  );

  it("a cell of blanks, a trigger and any text reads back with `'` in front and nothing else changed", () => {
    fc.assert(
      fc.property(blanks, trigger, text, (before, sign, after) => {
        const cell = before + sign + after;
        const read = roundTrip(cell);
        expect(read).toBe(`'${cell}`);
        expect(TRIGGERS).not.toContain(visibleStart(read)[0]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a cell starting with tab, CR or NUL reads back with `'` in front", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEADING), text, (first, rest) => {
        expect(roundTrip(first + rest)).toBe(`'${first}${rest}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('any other cell reads back unchanged', () => {
    const harmless = fc
      .oneof(
        fc.tuple(blanks, text).map(([before, after]) => before + after),
        fc.string({ unit: 'binary' }),
      )
      .filter((cell) => !looksLikeFormula(cell));
    fc.assert(
      fc.property(harmless, (cell) => {
        expect(roundTrip(cell)).toBe(cell);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the JSON formats', () => {
  let db: AppDB;
  beforeEach(async () => {
    db = new AppDB(`csv-injection-${crypto.randomUUID()}`);
    await seed(db);
  });
  afterEach(() => db.delete());

  it('keep formula-like comments exactly as stored (they are data, not spreadsheet input)', async () => {
    const hostile = [' =1+1', '\n=1+1', '\t@SUM(A1)', '\uff1d1+1', '\u3000-2+3'];
    const stored = await db.observations.orderBy('createdAt').toArray();
    // Stored as the record schema keeps them (comments trimmed), as every write stores them.
    const observations = stored.map((o, i) =>
      ObservationSchema.parse({ ...o, comment: hostile[i % hostile.length]! }),
    );
    await db.observations.bulkPut(observations);
    const comments = observations.map((o) => o.comment);
    expect(comments.every((comment) => looksLikeFormula(comment))).toBe(true);
    const exported = await exportAll(db);

    const json = JSON.parse(exported.json);
    expect(json.observations.map((o: { comment: string }) => o.comment)).toEqual(comments);

    const values = JSON.stringify(JSON.parse(exported.jsonLd));
    for (const cell of new Set(comments)) {
      expect(values).toContain(JSON.stringify(cell));
      expect(values).not.toContain(JSON.stringify(`'${cell}`));
    }
  });
});
