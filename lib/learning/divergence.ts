/**
 * Compliance beside quality (issue #17): where a section's compliance answer (yes / partly / no, to a
 * question such as "Visits within timescale recorded?") and its quality grade point different ways. An
 * indicator can say "compliant" while practice is poor, and good practice can miss an indicator; the
 * dashboard's divergence chart and the round report count both. Pure: no storage, no UI.
 *
 * A grade's half comes from its scale's order (lib/audit/scales.ts): a levels scale lists its best
 * level first (Outstanding … Inadequate, Green … Red), a numeric scale is better the higher it is
 * (Signs of Safety scaling: 10 is "safe enough to close"). On a scale with an odd number of steps the
 * middle one (Amber, 5 of 0-10) is in neither half.
 */
import { scaleValues } from '../audit/scales';
import type { Audit, SectionResult } from '../model/audit';
import { sectionScale, type GradingScale, type Template } from '../model/template';

/** How a section's compliance answer and quality grade stand to each other. */
export type Divergence =
  /** "Yes" to the indicator, but graded in the scale's worse half. */
  | 'compliant-poor-practice'
  /** "No" to the indicator, but graded in the scale's better half. */
  | 'not-compliant-good-practice'
  /** Answer and grade do not diverge: yes and better (or middle), no and worse (or middle). */
  | 'agreeing'
  /** "Partly" compliant: neither way. */
  | 'partial';

/** The two kinds the dashboard and the round report count, in the order they show them. */
export const DIVERGENT_KINDS = ['compliant-poor-practice', 'not-compliant-good-practice'] as const;
export type DivergentKind = (typeof DIVERGENT_KINDS)[number];

export const DIVERGENCE_LABELS: Record<Divergence, string> = {
  'compliant-poor-practice': 'Compliant on paper, poor practice',
  'not-compliant-good-practice': 'Not compliant, good practice',
  agreeing: 'Compliance and quality agree',
  partial: 'Partly compliant',
};

/**
 * Which half of its scale a grade is in; undefined for an ungraded scale or a value the scale does
 * not hold (a grade from another version of the template, say).
 */
export function gradeHalf(scale: GradingScale, grade: string): 'better' | 'middle' | 'worse' | undefined {
  const values = scaleValues(scale);
  const at = values.indexOf(grade);
  if (at < 0) return undefined;
  // Rank 0 is the best grade: levels are listed best first, numbers are better the higher they are.
  const rank = scale.type === 'numeric' ? values.length - 1 - at : at;
  const middle = (values.length - 1) / 2;
  return rank < middle ? 'better' : rank > middle ? 'worse' : 'middle';
}

/**
 * The divergence of one section's result on `scale`; undefined unless it has both a compliance answer
 * and a grade the scale holds.
 */
export function classify(result: SectionResult | undefined, scale: GradingScale): Divergence | undefined {
  if (result?.compliance === undefined || result.grade === undefined) return undefined;
  const half = gradeHalf(scale, result.grade);
  if (half === undefined) return undefined;
  if (result.compliance === 'partly') return 'partial';
  if (result.compliance === 'yes' && half === 'worse') return 'compliant-poor-practice';
  if (result.compliance === 'no' && half === 'better') return 'not-compliant-good-practice';
  return 'agreeing';
}

/** One audit section classified. */
export interface SectionDivergence {
  auditId: string;
  personId: string;
  templateId: string;
  sectionId: string;
  /** The section's title in its template. */
  title: string;
  divergence: Divergence;
}

/**
 * Every section of `audit` that has a compliance question in its template and both answers, in template
 * order. Sections whose template is unknown are left out (their scale, and so their halves, are unknown).
 */
export function auditDivergences(audit: Audit, template: Template | undefined): SectionDivergence[] {
  if (!template) return [];
  return template.sections.flatMap((section) => {
    if (!section.compliance) return [];
    const divergence = classify(audit.sections[section.id], sectionScale(template, section));
    if (divergence === undefined) return [];
    return [
      {
        auditId: audit.id,
        personId: audit.caseRef.personId,
        templateId: template.id,
        sectionId: section.id,
        title: section.title,
        divergence,
      },
    ];
  });
}

/** The divergent sections counted per section (by template and section id). */
export interface SectionCounts {
  /** `templateId/sectionId`. */
  key: string;
  title: string;
  counts: Record<DivergentKind, number>;
  /** The audits counted under each kind. */
  auditIds: Record<DivergentKind, string[]>;
}

/**
 * Counts of the two divergent kinds per section over `audits`; sections with neither are left out.
 * Templates in the order first met, sections in template order.
 */
export function divergenceBySection(
  audits: readonly Audit[],
  templateOf: (audit: Audit) => Template | undefined,
): SectionCounts[] {
  const bySection = new Map<string, SectionCounts>();
  const rank = new Map<string, number>();
  const templates = new Map<string, number>();
  for (const audit of audits) {
    const template = templateOf(audit);
    if (template && !templates.has(template.id)) templates.set(template.id, templates.size);
    for (const d of auditDivergences(audit, template)) {
      if (d.divergence !== 'compliant-poor-practice' && d.divergence !== 'not-compliant-good-practice')
        continue;
      const key = `${d.templateId}/${d.sectionId}`;
      const entry = bySection.get(key) ?? {
        key,
        title: d.title,
        counts: { 'compliant-poor-practice': 0, 'not-compliant-good-practice': 0 },
        auditIds: { 'compliant-poor-practice': [], 'not-compliant-good-practice': [] },
      };
      entry.counts[d.divergence] += 1;
      entry.auditIds[d.divergence].push(d.auditId);
      bySection.set(key, entry);
      const at = template!.sections.findIndex((section) => section.id === d.sectionId);
      rank.set(key, templates.get(d.templateId)! * 1000 + at);
    }
  }
  return [...bySection.values()].sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
}
