/**
 * Audit rounds in the Margin JSON export (optional `rounds`, absent when there are none, so older
 * readers and files are unchanged): each round with its sample (spec, seed, cases drawn and left out),
 * its auditors, its assignments and the computed round report (lib/rounds/report.ts). Which rounds: an
 * export of everything carries every round; a filtered export only the rounds its audits name. The
 * report summary is computed from the audits in the file only. Pseudonymised as the rest of the file:
 * case IDs as person IDs, auditors, case holders and the owner as names, the round's texts as free
 * text; a left-out case's reason (which names its case holder) is kept only when not pseudonymising.
 * Moderation records go with their round (those of the file's audits): auditor and moderator as names,
 * the agreed outcome's rationale as free text; grades as they are.
 * Import does not bring rounds or moderation records back (docs/export/margin-json.md says why); it
 * ignores them.
 */
import type { Audit } from '../model/audit';
import type { ModerationRecord } from '../model/moderation';
import type { AppDB } from '../storage/db';
import { roundReportInput } from '../storage/round-report';
import { allTemplates } from '../storage/templates';
import type { Template } from '../model/template';
import { buildRoundReport, type RoundReportInput } from '../rounds/report';
import type { Namer } from './namer';
import type { ExportedRound } from './round-schema';
import { PERSONAL_DATA_KINDS, type PersonalData, type PersonalDataKind } from './bundle-schema';

/** A round's report input with its moderation records. */
export type RoundExportInput = RoundReportInput & { moderations: readonly ModerationRecord[] };

/** A moderation record as the file holds it: people as names, the rationale as free text. */
function exportModeration(record: ModerationRecord, n: Namer): ModerationRecord {
  return {
    ...record,
    auditor: n.author(record.auditor),
    moderator: n.author(record.moderator),
    ...(record.agreed ? { agreed: { ...record.agreed, rationale: n.text(record.agreed.rationale) } } : {}),
  };
}

/** One round as the file holds it, every identifier and name passed through `n`. */
export function exportRound(input: RoundExportInput, n: Namer, pseudonymise: boolean): ExportedRound {
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
    ...(input.moderations.length > 0
      ? { moderations: input.moderations.map((record) => exportModeration(record, n)) }
      : {}),
  };
}

/** The round tables an export reads (inside its read transaction). */
export const roundTables = (db: AppDB) => [
  db.rounds,
  db.roundPlans,
  db.roundCandidates,
  db.roundAuditors,
  db.roundAssignments,
  db.moderations,
];

/** Every round on this device with what its report is built from (read first, inside the export's transaction). */
export async function allRoundInputs(
  db: AppDB,
  organisation: readonly Template[],
  today: string,
): Promise<RoundExportInput[]> {
  const rounds = await db.rounds.toArray();
  if (rounds.length === 0) return [];
  const templates = await allTemplates(db, organisation);
  const inputs: RoundExportInput[] = [];
  for (const round of rounds.sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id))) {
    const input = await roundReportInput(db, round.id, templates, today);
    const moderations = await db.moderations.where('roundId').equals(round.id).sortBy('auditId');
    if (input) inputs.push({ ...input, moderations });
  }
  return inputs;
}

/**
 * The rounds the file carries: every round when `everything` is exported, else the rounds that
 * `audits` name (directly or through an assignment); each with only `audits` as its audits.
 */
export function roundsOfFile(
  inputs: readonly RoundExportInput[],
  audits: readonly Audit[],
  everything: boolean,
): RoundExportInput[] {
  const inFile = new Set(audits.map((a) => a.id));
  const named = (input: RoundReportInput) => input.audits.some((a) => inFile.has(a.id));
  return inputs
    .filter((input) => everything || named(input))
    .map((input) => ({
      ...input,
      audits: input.audits.filter((a) => inFile.has(a.id)),
      moderations: input.moderations.filter((m) => inFile.has(m.auditId)),
    }));
}

/** The file's personal-data statement with what its rounds (and their `moderations` records) hold added. */
export function withRounds(
  personalData: PersonalData,
  rounds: number,
  pseudonymise: boolean,
  moderations = 0,
): PersonalData {
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
  const moderated =
    moderations === 0
      ? ''
      : ` It holds ${moderations} moderation record${moderations === 1 ? '' : 's'}: per moderated audit the first ` +
        `auditor's grades, the moderator's blind grades and the agreed outcome with its rationale (free text), ` +
        (pseudonymise
          ? 'with the first auditor and the moderator pseudonymised.'
          : 'naming the first auditor and the moderator.');
  return {
    summary: `${personalData.summary} ${sentence}${moderated}`,
    contains: PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind)),
  };
}
