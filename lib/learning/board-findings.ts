/**
 * Findings as the board reads them (issue #17 part 4), in SCIE's shape: the finding, its underlying
 * pattern, the evidence counts (computed, never typed), how widespread, why it matters, questions for the
 * board and actions; then the evidence itself. Every case ID and name passes through a `Namer`, so
 * `boardFindingsWithPrivacy` pseudonymises it exactly as the round report and exports do (recording
 * first, then resolving). Conversations are listed by role, date and case only: a family's own words
 * never reach the board report.
 */
import { factorLabel } from '../audit/factors';
import { categoryLabel } from '../friction/categories';
import { recordingNamer, resolvedNamer, type Namer } from '../export/namer';
import { KIND_LABELS } from '../model/observation-kinds';
import { WIDESPREAD_LABELS, type Finding } from '../model/finding';
import type { LearningData } from './evidence';
import { evidenceIndex, findingCounts, type FindingCounts } from './finding-counts';

export interface BoardEvidence {
  kind: Finding['evidence'][number]['kind'];
  /** What and where: "Concern · case person-… · Planning". */
  label: string;
  /** An auditor's words (observations only). */
  text?: string;
}

export interface BoardFinding {
  id: string;
  statement: string;
  pattern: string;
  status: Finding['status'];
  counts: FindingCounts;
  widespread?: string;
  widespreadNote?: string;
  whyItMatters?: string;
  questions: string[];
  actions: { text: string; owner: string; dueOn?: string }[];
  evidence: BoardEvidence[];
}

/** The board's view of `findings` over `data`, every name and ID through `n`; agreed findings first. */
export function boardFindings(
  findings: readonly Finding[],
  data: LearningData,
  n: Namer,
  sectionTitle: (id: string) => string = (id) => id,
): BoardFinding[] {
  // Names first, so a recording namer knows them before any free text is read.
  data.audits.forEach((a) => (n.author(a.auditor), n.person(a.caseRef.personId)));
  const index = evidenceIndex(data);
  const evidenceOf = (ref: Finding['evidence'][number]): BoardEvidence | null => {
    if (ref.kind === 'observation') {
      const o = index.observations.get(ref.id);
      if (!o) return null;
      const audit = o.auditId === null ? undefined : index.audits.get(o.auditId);
      const caseId = audit?.caseRef.personId ?? o.target.page.personId;
      const label = [
        KIND_LABELS[o.kind],
        caseId && `case ${n.person(caseId)}`,
        o.sectionId && sectionTitle(o.sectionId),
      ];
      return { kind: ref.kind, label: label.filter(Boolean).join(' · '), text: n.text(o.comment) };
    }
    if (ref.kind === 'conversation') {
      const c = index.conversations.get(ref.id);
      const audit = c && index.audits.get(c.auditId);
      if (!c || !audit) return null;
      return {
        kind: ref.kind,
        label: `Conversation (${c.withRole}, ${c.mode}) · case ${n.person(audit.caseRef.personId)} · ${c.date}`,
      };
    }
    if (ref.kind === 'friction-flag') {
      const f = index.flags.get(ref.id);
      if (!f) return null;
      const screen = f.target.page.formName ?? 'a screen';
      return { kind: ref.kind, label: `Friction flag · ${categoryLabel(f.category)} · ${screen}` };
    }
    return { kind: ref.kind, label: `Friction signals on a field · ${n.address(ref.id)}` };
  };
  return [...findings]
    .sort(
      (a, b) =>
        Number(b.status === 'agreed') - Number(a.status === 'agreed') ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((f) => ({
      id: f.id,
      statement: n.text(f.statement),
      pattern: factorLabel(f.pattern.factor, f.pattern.subItem),
      status: f.status,
      counts: findingCounts(f.evidence, index),
      ...(f.widespread.judgement ? { widespread: WIDESPREAD_LABELS[f.widespread.judgement] } : {}),
      ...(f.widespread.note ? { widespreadNote: n.text(f.widespread.note) } : {}),
      ...(f.whyItMatters ? { whyItMatters: n.text(f.whyItMatters) } : {}),
      questions: f.questions.map((q) => n.text(q)),
      actions: f.actions.map((a) => ({
        text: n.text(a.text),
        owner: n.text(a.owner),
        ...(a.dueOn ? { dueOn: a.dueOn } : {}),
      })),
      evidence: f.evidence.map(evidenceOf).filter((e): e is BoardEvidence => e !== null),
    }));
}

/** `boardFindings` pseudonymised with `key` when asked (names: further names to find in free text). */
export async function boardFindingsWithPrivacy(
  findings: readonly Finding[],
  data: LearningData,
  pseudonymise: boolean,
  key: CryptoKey | undefined,
  sectionTitle?: (id: string) => string,
  names: readonly string[] = [],
): Promise<BoardFinding[]> {
  const recording = recordingNamer();
  names.forEach(recording.author);
  const plain = boardFindings(findings, data, recording, sectionTitle);
  if (!pseudonymise) return plain;
  if (!key) throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  return boardFindings(findings, data, await resolvedNamer(key, recording.values), sectionTitle);
}
