// Reading candidate lists: headings matched loosely, quoted fields, pasted tab-separated cells, further
// columns kept as attributes; and whole-list refusals that say what is wrong, where, and what to do.
import { describe, expect, it } from 'vitest';
import { CandidateSchema } from '@/lib/model/round';
import { MAX_CANDIDATE_ROWS, parseCandidates, rowList } from '@/lib/rounds/candidates-csv';

function problems(text: string): string[] {
  const result = parseCandidates(text, 'cases.csv');
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('parseCandidates', () => {
  it('reads a CSV with quoted fields, loose headings and further columns', () => {
    const text =
      '\uFEFFPerson ID,TEAM,Allocated worker,Legal_Status,Age band,Case Type,Locality,Notes\r\n' +
      'P1,North,W1,CP,0-4,Child protection,"Halton, east","Said ""no""\nthen yes"\r\n' +
      '\r\n' +
      ' P2 ,South,W2,,,,,\r\n';
    const result = parseCandidates(text);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.candidates).toEqual([
      {
        caseId: 'P1',
        team: 'North',
        caseHolder: 'W1',
        legalStatus: 'CP',
        ageBand: '0-4',
        caseType: 'Child protection',
        attributes: { Locality: 'Halton, east', Notes: 'Said "no"\nthen yes' },
      },
      { caseId: 'P2', team: 'South', caseHolder: 'W2', attributes: {} },
    ]);
    expect(result.columns).toEqual({
      caseId: 'Person ID',
      team: 'TEAM',
      caseHolder: 'Allocated worker',
      legalStatus: 'Legal_Status',
      ageBand: 'Age band',
      caseType: 'Case Type',
    });
    expect(result.attributes).toEqual(['Locality', 'Notes']);
    for (const candidate of result.candidates) expect(CandidateSchema.parse(candidate)).toEqual(candidate);
  });

  it('reads cells pasted from a spreadsheet (tab-separated)', () => {
    const result = parseCandidates('Case ID\tTeam\tCase holder\nP1\tNorth\tW1\nP2\tSouth\tW2');
    expect(result.ok && result.candidates.map((c) => c.caseId)).toEqual(['P1', 'P2']);
  });

  it('keeps a heading such as __proto__ as plain data', () => {
    const result = parseCandidates('case id,team,worker,__proto__\nP1,N,W,x');
    expect(result.ok && Object.getPrototypeOf(result.candidates[0]!.attributes)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.candidates[0]!.attributes)).toEqual(['__proto__']);
  });

  it('refuses an empty list, and a header without cases', () => {
    expect(problems('')).toEqual([
      'cases.csv is empty: paste or choose a list with a header row and one row per case.',
    ]);
    expect(problems('\n  \n')).toHaveLength(1);
    expect(problems('Case ID,Team,Case holder\n,,\n')).toEqual([
      'cases.csv has a header row but no cases: add one row per case under it.',
    ]);
  });

  it('names the missing columns and the headings it found', () => {
    expect(problems('Reference,Locality\nP1,North')).toEqual([
      'cases.csv has no column for the case ID, the team or the case holder. Add columns headed ' +
        'Case ID (or Person ID), Team and Case holder (or Worker, Practitioner) (the header row has: Reference, Locality).',
    ]);
    expect(problems('Team,Worker\nNorth,W1')).toEqual([
      'cases.csv has no column for the case ID. Add a column headed Case ID (or Person ID) (the header row has: Team, Worker).',
    ]);
  });

  it('names duplicate case IDs and their rows, whatever their letter case', () => {
    expect(problems('Case ID,Team,Worker\nP1,N,W\nP2,N,W\np1 ,S,W\nP2,N,W\nP3,N,W')).toEqual([
      'The case P1 is listed 2 times (rows 2 and 4): keep one row per case.',
      'The case P2 is listed 2 times (rows 3 and 5): keep one row per case.',
    ]);
  });

  it('gives the row numbers of blank required cells, counting blank lines as a spreadsheet does', () => {
    expect(problems('Case ID,Team,Worker\nP1,,W\n\nP3,N,\nP4,,W')).toEqual([
      'The team is blank in rows 2 and 5: fill it in or delete the row.',
      'The case holder is blank in row 4: fill it in or delete the row.',
    ]);
  });

  it('refuses too many rows, an unclosed quote, stray cells and unnamed or repeated columns', () => {
    const big = `Case ID,Team,Worker\n${Array.from({ length: MAX_CANDIDATE_ROWS + 1 }, (_, i) => `P${i},N,W`).join('\n')}`;
    expect(problems(big)).toEqual([
      'cases.csv has more than 50,000 cases; Margin draws from at most 50,000. Narrow the list (for example by service) first.',
    ]);
    expect(problems('Case ID,Team,Worker\nP1,"North,W1\nP2,N,W')[0]).toMatch(
      /quotation mark that is never closed/,
    );
    expect(problems('Case ID,Team,Worker\nP1,N,W,extra\nP2,N,W,')).toEqual([
      'Row 2 has more cells than the header row (3): a value may contain the separator without quotes around it.',
    ]);
    expect(problems('Case ID,Team,Worker,,Locality,locality\nP1,N,W,x,a,b')).toEqual([
      'Column 4 has no heading: give it one, or delete the column.',
      'The columns "Locality" and "locality" have the same heading: rename one.',
    ]);
    expect(problems('Case ID,Person ID,Team,Worker\nP1,P1,N,W')).toEqual([
      'The columns "Case ID" and "Person ID" both hold the case ID: keep one of them.',
    ]);
    expect(problems(`Case ID,Team,Worker\nP1,N,${'W'.repeat(201)}`)).toEqual([
      'Row 2 has a cell longer than 200 characters: shorten it.',
    ]);
  });

  it('lists rows briefly', () => {
    expect(rowList([4])).toBe('row 4');
    expect(rowList([4, 9, 12])).toBe('rows 4, 9 and 12');
    expect(rowList(Array.from({ length: 13 }, (_, i) => i + 2))).toBe(
      'rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more',
    );
  });
});
