/**
 * Findings in the Margin JSON export (optional `findings`): every finding in an export of everything,
 * else the findings of the rounds the file carries. Pseudonymised as the rest of the file: the author as
 * a name, the QA lead's texts as free text (known names and case IDs in them replaced), a field's signals
 * as an address; evidence keeps its record ids (the file's records keep theirs). Imported back, validated
 * whole (lib/export/import/incoming-schema.ts) and in the import's one transaction (apply.ts).
 */
import type { Finding } from '../model/finding';
import type { Namer } from './namer';
import { PERSONAL_DATA_KINDS, type PersonalData, type PersonalDataKind } from './bundle-schema';

/** The findings a file carries. */
export function findingsOfFile(
  findings: readonly Finding[],
  roundIds: ReadonlySet<string>,
  everything: boolean,
): Finding[] {
  return findings.filter((f) => everything || (f.roundId !== undefined && roundIds.has(f.roundId)));
}

/** A finding as the file holds it, every name and free text through `n`. */
export function exportFinding(f: Finding, n: Namer): Finding {
  return {
    ...f,
    author: n.author(f.author),
    statement: n.text(f.statement),
    widespread: { ...f.widespread, ...(f.widespread.note ? { note: n.text(f.widespread.note) } : {}) },
    ...(f.whyItMatters ? { whyItMatters: n.text(f.whyItMatters) } : {}),
    questions: f.questions.map((q) => n.text(q)),
    actions: f.actions.map((a) => ({ ...a, text: n.text(a.text), owner: n.text(a.owner) })),
    evidence: f.evidence.map((e) => (e.kind === 'friction-field' ? { ...e, id: n.address(e.id) } : e)),
  };
}

/** The file's personal-data statement with what its findings hold added. */
export function withFindings(
  personalData: PersonalData,
  findings: number,
  pseudonymise: boolean,
): PersonalData {
  if (findings === 0) return personalData;
  const added: PersonalDataKind[] = [
    pseudonymise ? 'pseudonymised author names' : 'author names',
    'free text written by auditors and practitioners',
  ];
  const kinds = new Set<PersonalDataKind>([...personalData.contains, ...added]);
  const sentence =
    `It holds ${findings} finding${findings === 1 ? '' : 's'} written by the QA lead (statement, why it matters, ` +
    `questions for the board, actions with owners), ${pseudonymise ? 'its author pseudonymised' : 'naming its author'}.`;
  return {
    summary: `${personalData.summary} ${sentence}`,
    contains: PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind)),
  };
}
