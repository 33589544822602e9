/**
 * Pieces of the round report (report.ts): the sample spec in words, cases left out grouped by rule,
 * grade distributions on a template's scale, and actions read from what auditors wrote (an
 * observation's follow-up action, or an "Action:" line of a section's justification), with the owner
 * and date when the text gives them ("Owner: team manager; by 2026-06-30"). Pure.
 */
import { gradeLabel, scaleValues } from '../audit/scales';
import type { GradingScale } from '../model/template';
import { DaySchema, type SampleSpec } from '../model/round';
import type { LeftOut, LeftOutRule } from './sample';

const STRATA_WORDS: Record<string, string> = {
  team: 'team',
  legalStatus: 'legal status',
  ageBand: 'age band',
  caseType: 'case type',
};

/** The spec as sentences: size, stratification and the rules of the draw. */
export function specWords(spec: SampleSpec, target: number): string[] {
  const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;
  const size =
    spec.size.kind === 'count'
      ? `A sample of ${cases(spec.size.count)}, drawn at random from the seed.`
      : `A sample of ${spec.size.percent}% of the candidate list (${cases(target)}), drawn at random from the seed.`;
  return [
    size,
    spec.stratifyBy
      ? `Stratified by ${STRATA_WORDS[spec.stratifyBy] ?? spec.stratifyBy}, in proportion to each group’s eligible cases.`
      : 'Not stratified.',
    ...(spec.excludeAuditedWithinMonths
      ? [`Cases audited in the last ${spec.excludeAuditedWithinMonths} months were left out.`]
      : []),
    ...(spec.maxPerCaseHolder ? [`At most ${cases(spec.maxPerCaseHolder)} per case holder.`] : []),
    ...(spec.spreadAcrossCaseHolders ? ['Spread evenly across case holders.'] : []),
  ];
}

const RULE_LABELS: Record<LeftOutRule, string> = {
  'recently-audited': 'Audited recently',
  'case-holder-limit': 'Their case holder already had the most cases allowed in the sample',
  'not-drawn': 'Not drawn: the sample was complete',
};

/**
 * Cases left out, counted by the rule that left them out, in rule order; rules that left nothing out
 * are not listed. Never by case holder or case: the reasons in the sample name case holders.
 */
export function groupLeftOut(leftOut: readonly LeftOut[], spec: SampleSpec) {
  const rules = Object.keys(RULE_LABELS) as LeftOutRule[];
  return rules
    .map((rule) => ({
      rule,
      label:
        rule === 'recently-audited' && spec.excludeAuditedWithinMonths
          ? `${RULE_LABELS[rule]} (within the last ${spec.excludeAuditedWithinMonths} months)`
          : RULE_LABELS[rule],
      count: leftOut.filter((l) => l.rule === rule).length,
    }))
    .filter((group) => group.count > 0);
}

/**
 * How many of `grades` fall on each value of `scale`, in scale order (numeric scales low to high),
 * then values the scale does not know, then "Not graded" for the missing ones. Levels nobody got are
 * listed with 0, so the distribution reads the same in every report.
 */
export function distribution(scale: GradingScale | undefined, grades: readonly (string | undefined)[]) {
  const known = scale ? scaleValues(scale) : [];
  const extra = [...new Set(grades.filter((g): g is string => g !== undefined && !known.includes(g)))].sort();
  const rows = [...known, ...extra].map((value) => ({
    label: scale ? gradeLabel(scale, value) : value,
    count: grades.filter((g) => g === value).length,
  }));
  const missing = grades.filter((g) => g === undefined).length;
  return missing > 0 ? [...rows, { label: 'Not graded', count: missing }] : rows;
}

const OWNER = /\bowner\s*[:–-]\s*([^;\n]+?)\s*(?:[;\n]|,?\s+(?:by|due)\b|$)/i;
const DUE = /\b(\d{4}-\d{2}-\d{2})\b/;
const ACTION_LINE = /^\s*actions?\s*:\s*(.+)$/gim;

/** True for a day the calendar has (`2026-02-30` is not one, though `Date.parse` rolls it over). */
const realDay = (day: string) =>
  DaySchema.safeParse(day).success && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/** An action's owner (after "Owner:") and due day (the first real `YYYY-MM-DD` date), when written. */
export function readAction(text: string): { owner?: string; dueOn?: string } {
  const owner = OWNER.exec(text)?.[1]?.trim();
  const day = DUE.exec(text)?.[1];
  return {
    ...(owner ? { owner } : {}),
    ...(day && realDay(day) ? { dueOn: day } : {}),
  };
}

/** The "Action:" / "Actions:" lines of a section's justification (Section 11 asks for them there). */
export function actionLines(justification: string | undefined): string[] {
  if (!justification) return [];
  return [...justification.matchAll(ACTION_LINE)].map((m) => m[1]!.trim()).filter(Boolean);
}
