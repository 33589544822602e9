/**
 * The round report (issue #15 item 6) for the board or the safeguarding partnership, built from one
 * round: theme, purpose and period; the sample and how it was drawn (seed, rules, cases left out grouped
 * by rule); progress; grades overall and by section; what good looks like (strengths, quoted) and areas
 * for development (concerns, quoted); contributory factors counted by pattern; friction flagged on the
 * round's cases; actions with owners and dates; compliance beside quality (report-compliance.ts). Pure
 * and synchronous: every identifier and name passes through a `Namer` (lib/export/namer.ts), so report-privacy.ts pseudonymises it exactly as exports do.
 *
 * The round's audits are those that name it (`roundId`) or one of its assignments (`assignmentId`), as
 * progress counts them. Grades come from finished audits only (grades of audits still in progress may
 * change), and so does compliance beside quality; strengths, concerns and actions from all the round's
 * audits.
 */
import { FACTORS } from '../audit/factors';
import { gradeLabel } from '../audit/scales';
import { categoryLabel, SEVERITY_LABELS } from '../friction/categories';
import type { Namer } from '../export/namer';
import type { Audit } from '../model/audit';
import type { FrictionFlag } from '../model/friction';
import type { Observation } from '../model/observation';
import {
  ASSIGNMENT_STATUSES,
  caseKey,
  refKey,
  type Assignment,
  type Auditor,
  type Candidate,
  type Round,
  type SampleSpec,
} from '../model/round';
import type { Quote, ReportAction, RoundReportSummary } from '../model/round-report';
import { sectionScale, type Template } from '../model/template';
import { roundProgress } from './progress';
import { complianceBesideQuality } from './report-compliance';
import { actionLines, distribution, groupLeftOut, readAction, specWords } from './report-parts';
import type { Sample } from './sample';

export interface RoundReportInput {
  round: Round;
  /** The drawn sample, when there is one. */
  sample?: { spec: SampleSpec; drawnOn: string; result: Sample; candidates: number };
  auditors: readonly Auditor[];
  assignments: readonly Assignment[];
  /** The round's candidates (their case holders are names to find in free text). */
  candidates: readonly Candidate[];
  /** Audits on this device: the round's are picked out. */
  audits: readonly Audit[];
  observations: readonly Observation[];
  flags: readonly FrictionFlag[];
  templates: readonly Template[];
  /** `YYYY-MM-DD`, for overdue work. */
  today: string;
}

/** The audits of `round`: naming it, or one of its assignments. */
export function roundAudits(
  round: Round,
  assignments: readonly Assignment[],
  audits: readonly Audit[],
): Audit[] {
  const ids = new Set(assignments.map((a) => a.id));
  return audits.filter(
    (a) => a.roundId === round.id || (a.assignmentId !== undefined && ids.has(a.assignmentId)),
  );
}

function templateOf(templates: readonly Template[], id: string, version?: number) {
  const same = templates.filter((t) => t.id === id);
  return same.find((t) => t.version === version) ?? same.sort((a, b) => b.version - a.version)[0];
}

const day = (iso: string) => iso.slice(0, 10);

/** The report of `input`, every name and ID passed through `n` (an identity namer shows them as stored). */
export function buildRoundReport(input: RoundReportInput, n: Namer): RoundReportSummary {
  const { round, assignments } = input;
  // Names first, so a recording namer knows every practitioner before free text is read.
  const owner = n.author(round.owner);
  const auditorName = new Map<string, string>();
  for (const auditor of input.auditors) {
    n.author(auditor.id);
    auditorName.set(refKey(auditor.id), n.author(auditor.name));
  }
  input.candidates.forEach((c) => (n.author(c.caseHolder), n.person(c.caseId)));
  assignments.forEach((a) => n.person(a.caseId));
  const audits = roundAudits(round, assignments, input.audits);
  audits.forEach((a) => (n.author(a.auditor), n.person(a.caseRef.personId)));
  const byAudit = new Map(audits.map((a) => [a.id, a]));
  const observations = input.observations.filter((o) => o.auditId !== null && byAudit.has(o.auditId));
  observations.forEach((o) => n.author(o.author));

  const template = templateOf(input.templates, round.templateId);
  const sectionTitle = (audit: Audit, id: string | undefined) =>
    id === undefined
      ? undefined
      : (templateOf(input.templates, audit.templateId, audit.templateVersion)?.sections.find(
          (s) => s.id === id,
        )?.title ?? id);
  const gradeWords = (audit: Audit, sectionId: string | undefined, grade: string) => {
    const t = templateOf(input.templates, audit.templateId, audit.templateVersion);
    const s = t?.sections.find((x) => x.id === sectionId);
    return t && s ? gradeLabel(sectionScale(t, s), grade) : grade;
  };
  const factorLabels = (o: Observation) =>
    o.factors.map((tag) => FACTORS.find((f) => f.id === tag.factor)?.label ?? tag.factor);
  const quote = (o: Observation): Quote => {
    const audit = byAudit.get(o.auditId!)!;
    const section = sectionTitle(audit, o.sectionId);
    return {
      text: n.text(o.comment),
      caseId: n.person(audit.caseRef.personId),
      ...(section ? { section } : {}),
      factors: factorLabels(o),
      ...(o.grade !== undefined ? { grade: gradeWords(audit, o.sectionId, o.grade) } : {}),
    };
  };
  const ordered = [...observations].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const progress = roundProgress(assignments, audits, { today: input.today });
  const finished = audits.filter((a) => a.status === 'finished');
  const caseKeys = new Set([
    ...assignments.map((a) => caseKey(a.caseId)),
    ...audits.map((a) => caseKey(a.caseRef.personId)),
  ]);
  const cited = new Set(
    observations
      .flatMap((o) => o.evidence ?? [])
      .filter((e) => e.kind === 'friction-flag')
      .map((e) => e.ref),
  );
  const flags = input.flags.filter(
    (f) =>
      cited.has(f.id) ||
      (f.target.page.personId !== undefined && caseKeys.has(caseKey(f.target.page.personId))),
  );
  const countBy = <T>(items: readonly T[], label: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(label(item), (counts.get(label(item)) ?? 0) + 1);
    return [...counts]
      .map(([l, count]) => ({ label: l, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };

  const actions: ReportAction[] = [];
  for (const audit of audits) {
    for (const [sectionId, result] of Object.entries(audit.sections))
      for (const line of actionLines(result.justification))
        actions.push(action(n, line, audit, sectionTitle(audit, sectionId), audit.updatedAt));
  }
  for (const o of ordered)
    if (o.followUp)
      actions.push(
        action(
          n,
          o.followUp,
          byAudit.get(o.auditId!)!,
          sectionTitle(byAudit.get(o.auditId!)!, o.sectionId),
          o.createdAt,
        ),
      );

  return {
    round: {
      id: round.id,
      name: n.text(round.name),
      theme: n.text(round.theme),
      purpose: n.text(round.purpose),
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      status: round.status,
      owner,
      template: template?.name ?? round.templateId,
    },
    ...(input.sample ? { method: method(input.sample) } : {}),
    progress: {
      ...pick(progress.round),
      auditors: progress.auditors.map((a) => ({
        auditor: auditorName.get(refKey(a.auditorId)) ?? n.author(a.auditorId),
        assigned: a.assigned,
        done: a.finished + a.moderated,
        overdue: a.overdue,
      })),
      byStatus: ASSIGNMENT_STATUSES.map((status) => ({
        status,
        count: progress.cases.filter((c) => c.status === status).length,
      })),
    },
    audits: { total: audits.length, finished: finished.length, observations: observations.length },
    grades: {
      overall: template
        ? distribution(
            template.overallScale ?? template.scale,
            finished.map((a) => a.overallGrade),
          )
        : [],
      sections: (template?.sections ?? [])
        .map((s) => ({
          id: s.id,
          title: s.title,
          grades: distribution(
            sectionScale(template!, s),
            finished.map((a) => a.sections[s.id]?.grade),
          ),
        }))
        .filter(
          (s) =>
            sectionScale(
              template!,
              template!.sections.find((x) => x.id === s.id)!,
            ).type !== 'none',
        ),
    },
    strengths: ordered.filter((o) => o.kind === 'strength').map(quote),
    development: ordered.filter((o) => o.kind === 'concern').map(quote),
    factors: FACTORS.map((factor) => {
      const tagged = observations.filter((o) => o.factors.some((t) => t.factor === factor.id));
      return {
        id: factor.id,
        label: factor.label,
        strengths: tagged.filter((o) => o.kind === 'strength').length,
        concerns: tagged.filter((o) => o.kind === 'concern').length,
        subItems: factor.subItems
          .map((sub) => ({
            label: sub.label,
            count: tagged.filter((o) => o.factors.some((t) => t.factor === factor.id && t.subItem === sub.id))
              .length,
          }))
          .filter((s) => s.count > 0),
      };
    }),
    friction: {
      flags: flags.length,
      minutesLost: flags.reduce((sum, f) => sum + (f.minutesLost ?? 0), 0),
      byCategory: countBy(flags, (f) => categoryLabel(f.category)),
      bySeverity: countBy(flags, (f) => SEVERITY_LABELS[f.severity]),
    },
    actions,
    compliance: complianceBesideQuality(
      finished,
      (a) => templateOf(input.templates, a.templateId, a.templateVersion),
      n,
    ),
  };
}

function pick(t: ReturnType<typeof roundProgress>['round']) {
  const { assigned, notStarted, inProgress, finished, moderated, overdue, target, percent } = t;
  return { assigned, notStarted, inProgress, finished, moderated, overdue, target, percent };
}

function method(sample: NonNullable<RoundReportInput['sample']>): NonNullable<RoundReportSummary['method']> {
  const { spec, result } = sample;
  return {
    candidates: sample.candidates,
    seed: result.seed,
    drawnOn: sample.drawnOn,
    target: result.target,
    drawn: result.drawn.length,
    rules: specWords(spec, result.target),
    strata: (result.strata ?? []).map((s) => ({ value: s.value, candidates: s.candidates, drawn: s.drawn })),
    leftOut: groupLeftOut(result.leftOut, spec),
    notes: result.notes.filter((note) => !/case holder/i.test(note)),
  };
}

function action(n: Namer, text: string, audit: Audit, section: string | undefined, at: string): ReportAction {
  const read = readAction(text);
  return {
    action: n.text(text),
    ...(read.owner ? { owner: n.text(read.owner) } : {}),
    ...(read.dueOn ? { dueOn: read.dueOn } : {}),
    caseId: n.person(audit.caseRef.personId),
    ...(section ? { section } : {}),
    recordedOn: day(at),
  };
}
