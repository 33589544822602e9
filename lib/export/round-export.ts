/**
 * Audit rounds in the Margin JSON export (optional `rounds`, absent when there are none, so older
 * readers and files are unchanged): each round with its sample (spec, seed, cases drawn and left out),
 * its auditors, its assignments and the computed round report (lib/rounds/report.ts). Which rounds: an
 * export of everything carries every round; a filtered export only the rounds its audits name. The
 * report summary is computed from the audits in the file only. Pseudonymised as the rest of the file:
 * case IDs as person IDs, auditors, case holders and the owner as names, the round's texts as free
 * text; a left-out case's reason (which names its case holder) is kept only when not pseudonymising.
 * Import does not bring rounds back (docs/export/margin-json.md says why); it ignores them.
 */
import type { Audit } from '../model/audit';
import type { AppDB } from '../storage/db';
import { roundReportInput } from '../storage/round-report';
import { allTemplates } from '../storage/templates';
import type { Template } from '../model/template';
import { buildRoundReport, type RoundReportInput } from '../rounds/report';
import type { Namer } from './namer';
import type { ExportedRound } from './round-schema';
import { PERSONAL_DATA_KINDS, type PersonalData, type PersonalDataKind } from './bundle-schema';

/** One round as the file holds it, every identifier and name passed through `n`. */
export function exportRound(input: RoundReportInput, n: Namer, pseudonymise: boolean): ExportedRound {
  const report = buildRoundReport(input, n);
  const { round, sample } = input;
  return {
    round: {
      ...round,
      name: n.text(round.name),
      theme: n.text(round.theme),
      purpose: n.text(round.purpose),
      owner: n.author(round.owner),
    },
    ...(sample
      ? {
          sample: {
            spec: sample.spec,
            drawnOn: sample.drawnOn,
            seed: sample.result.seed,
            candidates: sample.candidates,
            target: sample.result.target,
            drawn: sample.result.drawn.map((c) => n.person(c.caseId)),
            leftOut: sample.result.leftOut.map((l) => ({
              caseId: n.person(l.caseId),
              rule: l.rule,
              ...(pseudonymise ? {} : { reason: l.reason }),
            })),
            notes: report.method?.notes ?? [],
          },
        }
      : {}),
    auditors: input.auditors.map((a) => ({ ...a, id: n.author(a.id), name: n.author(a.name) })),
    assignments: input.assignments.map((a) => ({
      ...a,
      caseId: n.person(a.caseId),
      auditorId: n.author(a.auditorId),
    })),
    report,
  };
}

/** The round tables an export reads (inside its read transaction). */
export const roundTables = (db: AppDB) => [
  db.rounds,
  db.roundPlans,
  db.roundCandidates,
  db.roundAuditors,
  db.roundAssignments,
];

/** Every round on this device with what its report is built from (read first, inside the export's transaction). */
export async function allRoundInputs(
  db: AppDB,
  organisation: readonly Template[],
  today: string,
): Promise<RoundReportInput[]> {
  const rounds = await db.rounds.toArray();
  if (rounds.length === 0) return [];
  const templates = await allTemplates(db, organisation);
  const inputs: RoundReportInput[] = [];
  for (const round of rounds.sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id))) {
    const input = await roundReportInput(db, round.id, templates, today);
    if (input) inputs.push(input);
  }
  return inputs;
}

/**
 * The rounds the file carries: every round when `everything` is exported, else the rounds that
 * `audits` name (directly or through an assignment); each with only `audits` as its audits.
 */
export function roundsOfFile(
  inputs: readonly RoundReportInput[],
  audits: readonly Audit[],
  everything: boolean,
): RoundReportInput[] {
  const inFile = new Set(audits.map((a) => a.id));
  const named = (input: RoundReportInput) => input.audits.some((a) => inFile.has(a.id));
  return inputs
    .filter((input) => everything || named(input))
    .map((input) => ({ ...input, audits: input.audits.filter((a) => inFile.has(a.id)) }));
}

/** The file's personal-data statement with what its rounds hold added. */
export function withRounds(personalData: PersonalData, rounds: number, pseudonymise: boolean): PersonalData {
  if (rounds === 0) return personalData;
  const added: PersonalDataKind[] = pseudonymise
    ? ['pseudonymised person identifiers', 'pseudonymised author names']
    : ['person identifiers', 'author names'];
  const kinds = new Set<PersonalDataKind>([
    ...personalData.contains,
    ...added,
    'free text written by auditors and practitioners',
  ]);
  const sentence =
    `It holds ${rounds} audit round${rounds === 1 ? '' : 's'}: the plan, the sample (case IDs drawn and left out, ` +
    `the seed and rules), the auditors (name, team, role, capacity), the assignments and the round report, ` +
    (pseudonymise
      ? 'with case IDs, auditors, case holders and the owner pseudonymised; a left-out case’s reason, which names its case holder, is left out.'
      : 'naming the auditors and the owner and giving case IDs, and each left-out case’s reason, which names its case holder.');
  return {
    summary: `${personalData.summary} ${sentence}`,
    contains: PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind)),
  };
}
