/**
 * The content of a round report for a chosen set of audits: counts, each audit's section grades,
 * justifications and summary, under each contributory factor the strengths and concerns found with
 * their evidence, and every other observation (questions, evidence), so nothing recorded is left out.
 * Pure.
 */
import type { Audit } from '../model/audit';
import type { Observation } from '../model/observation';
import type { Template } from '../model/template';
import { FACTORS } from '../audit/factors';

export interface FactorFindings {
  id: string;
  label: string;
  strengths: Observation[];
  concerns: Observation[];
}

export interface RoundReport {
  audits: Audit[];
  observations: Observation[];
  finished: number;
  /** Rows: audits; columns: the sections of their templates, in template order, de-duplicated. */
  sections: { id: string; title: string }[];
  factors: FactorFindings[];
  /** Strengths and concerns tagged with no factor: shown too, so nothing found is left out. */
  untagged: Observation[];
  /** Observations of every other kind (questions, evidence), in the order recorded. */
  others: Observation[];
}

export function roundReport(
  audits: Audit[],
  observations: Observation[],
  templates: readonly Template[],
): RoundReport {
  const ids = new Set(audits.map((audit) => audit.id));
  const mine = observations.filter((o) => o.auditId !== null && ids.has(o.auditId));
  const sections = new Map<string, string>();
  for (const audit of audits) {
    const template = templates.find((t) => t.id === audit.templateId && t.version === audit.templateVersion);
    for (const section of template?.sections ?? [])
      if (!sections.has(section.id)) sections.set(section.id, section.title);
  }
  const factors = FACTORS.map((factor) => {
    const tagged = mine.filter((o) => o.factors.some((tag) => tag.factor === factor.id));
    return {
      id: factor.id,
      label: factor.label,
      strengths: tagged.filter((o) => o.kind === 'strength'),
      concerns: tagged.filter((o) => o.kind === 'concern'),
    };
  });
  return {
    audits,
    observations: mine,
    finished: audits.filter((audit) => audit.status === 'finished').length,
    sections: [...sections].map(([id, title]) => ({ id, title })),
    factors,
    untagged: mine.filter((o) => o.factors.length === 0 && (o.kind === 'strength' || o.kind === 'concern')),
    others: mine
      .filter((o) => o.kind !== 'strength' && o.kind !== 'concern')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
}
