/**
 * Which column of a candidate list holds what. Headings are matched loosely (letter case, spaces,
 * punctuation ignored: `Case ID`, `case_id` and `CASE-ID` are one heading) against the names below;
 * any other heading becomes a further attribute of each case under the heading as written. The
 * accepted names are listed in docs/rounds.md.
 */

export type CandidateField = 'caseId' | 'team' | 'caseHolder' | 'legalStatus' | 'ageBand' | 'caseType';

/** The fields a candidate list must have a column for. */
export const REQUIRED_FIELDS: readonly CandidateField[] = ['caseId', 'team', 'caseHolder'];

/** Each field's name in messages (as in "the case holder"), and the headings (in their loose form) that name its column. */
export const COLUMN_NAMES: Record<CandidateField, { label: string; headings: readonly string[] }> = {
  caseId: {
    label: 'case ID',
    headings: [
      'caseid',
      'personid',
      'case',
      'person',
      'caseref',
      'casereference',
      'casenumber',
      'childid',
      'clientid',
      'id',
    ],
  },
  team: { label: 'team', headings: ['team', 'teamname', 'caseholderteam', 'allocatedteam'] },
  caseHolder: {
    label: 'case holder',
    headings: [
      'caseholder',
      'caseholderref',
      'caseholderreference',
      'caseworker',
      'allocatedworker',
      'worker',
      'practitioner',
      'practitionerref',
      'keyworker',
      'socialworker',
    ],
  },
  legalStatus: { label: 'legal status', headings: ['legalstatus', 'legal'] },
  ageBand: { label: 'age band', headings: ['ageband', 'agegroup', 'agerange'] },
  caseType: { label: 'case type', headings: ['casetype', 'type', 'category'] },
};

/** A heading in its loose form: lower-case letters and digits only. */
export function looseHeading(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The field a heading names, or undefined for a further attribute. */
export function fieldOfHeading(heading: string): CandidateField | undefined {
  const loose = looseHeading(heading);
  return (Object.keys(COLUMN_NAMES) as CandidateField[]).find((field) =>
    COLUMN_NAMES[field].headings.includes(loose),
  );
}

/** A heading to suggest for a missing column: "Case ID (or Person ID)". */
export function describeColumn(field: CandidateField): string {
  const examples: Record<CandidateField, string> = {
    caseId: 'Case ID (or Person ID)',
    team: 'Team',
    caseHolder: 'Case holder (or Worker, Practitioner)',
    legalStatus: 'Legal status',
    ageBand: 'Age band',
    caseType: 'Case type',
  };
  return examples[field];
}

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
