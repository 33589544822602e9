/**
 * The dashboard's compliance-beside-quality chart: per template section, how many audits answered its
 * compliance question one way while grading it the other (lib/learning/divergence.ts), and the focus a
 * chosen bar sets: exactly those audits, their observations, and friction flags about their cases.
 * Counted from the audits alone (a few hundred), never from observations. Pure.
 */
import type { Audit } from '../model/audit';
import type { FrictionFlag } from '../model/friction';
import type { Observation } from '../model/observation';
import {
  DIVERGENCE_LABELS,
  DIVERGENT_KINDS,
  divergenceBySection,
  type SectionCounts,
} from '../learning/divergence';
import type { Series } from './aggregates';
import type { TemplateBook } from './labels';

/** Divergent sections counted over `audits`, each audit read against its own template version. */
export function divergenceCounts(audits: readonly Audit[], book: TemplateBook): SectionCounts[] {
  return divergenceBySection(audits, (audit) => book.find(audit.templateId, audit.templateVersion));
}

/** The chart's series: one bar group per section (by title), one series per divergent kind. */
export function divergenceSeries(counts: readonly SectionCounts[]): Series {
  return {
    labels: counts.map((c) => c.title),
    keys: counts.map((c) => c.key),
    datasets: DIVERGENT_KINDS.map((kind) => ({
      label: DIVERGENCE_LABELS[kind],
      data: counts.map((c) => c.counts[kind]),
    })),
  };
}

/** What the dashboard shows while a bar is chosen: those audits and their cases, with the chip's words. */
export interface CaseFocus {
  label: string;
  auditIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
}

/** The focus of the bar of section `key` in series `seriesIndex`; undefined for an empty bar. */
export function divergenceFocus(
  counts: readonly SectionCounts[],
  audits: readonly Audit[],
  key: string,
  seriesIndex: number,
): CaseFocus | undefined {
  const section = counts.find((c) => c.key === key);
  const kind = DIVERGENT_KINDS[seriesIndex];
  if (!section || !kind || section.auditIds[kind].length === 0) return undefined;
  const auditIds = new Set(section.auditIds[kind]);
  const personIds = new Set(audits.filter((a) => auditIds.has(a.id)).map((a) => a.caseRef.personId));
  return { label: `${DIVERGENCE_LABELS[kind]}: ${section.title}`, auditIds, personIds };
}

/** The observations made in the focused audits. */
export function focusObservations(observations: readonly Observation[], focus: CaseFocus): Observation[] {
  return observations.filter((o) => o.auditId !== null && focus.auditIds.has(o.auditId));
}

/** The friction flags raised about the focused cases. */
export function focusFlags(flags: readonly FrictionFlag[], focus: CaseFocus): FrictionFlag[] {
  return flags.filter(
    (f) => f.target.page.personId !== undefined && focus.personIds.has(f.target.page.personId),
  );
}
