/**
 * Candidate findings (issue #17 part 3): combinations of a contributory factor with a template section,
 * or with a friction category, seen in at least `minCases` cases by at least `minAuditors` auditors.
 * Pure and linear in the data (one pass over observations and conversations).
 *
 * - factor × section: an observation or conversation tagged with the factor and about the section (an
 *   observation's `sectionId`; each of a conversation's `sectionIds`);
 * - factor × friction category: an observation tagged with the factor that cites a friction flag of the
 *   category (its `evidence`); the flag joins the evidence.
 *
 * Ranked by how many cases (most first), then auditors, then pieces of evidence, then concerns over
 * strengths (a pattern of concerns is what a board most needs to hear of), then the key, so the order
 * is total and stable. Each suggestion carries the pattern (the factor and its most frequent sub-item)
 * and its evidence, to prefill a finding.
 */
import { caseKey, refKey } from '../model/round';
import type { EvidenceRef } from '../model/finding';
import type { FrictionCategory } from '../model/friction-categories';
import type { LearningData } from './evidence';

export interface SuggestOptions {
  /** At least this many distinct cases (default 3). */
  minCases: number;
  /** Seen by at least this many distinct auditors (default 2). */
  minAuditors: number;
}
export const SUGGEST_DEFAULTS: SuggestOptions = { minCases: 3, minAuditors: 2 };

export type SuggestionOn =
  { kind: 'section'; sectionId: string } | { kind: 'friction'; category: FrictionCategory };

export interface Suggestion {
  key: string;
  factor: string;
  /** The sub-item tagged most often with the factor here (ties: the first by id), if any was. */
  subItem?: string;
  on: SuggestionOn;
  cases: number;
  auditors: number;
  strengths: number;
  concerns: number;
  evidence: EvidenceRef[];
}

interface Group {
  factor: string;
  on: SuggestionOn;
  cases: Set<string>;
  auditors: Set<string>;
  strengths: number;
  concerns: number;
  evidence: EvidenceRef[];
  refs: Set<string>;
  subItems: Map<string, number>;
}

/** The combinations of `data` that meet `options`, ranked (see the module comment). */
export function suggestFindings(
  data: LearningData,
  options: SuggestOptions = SUGGEST_DEFAULTS,
): Suggestion[] {
  // Each audit's case and auditor compared once (as caseKey and refKey do), not once per record.
  const audits = new Map(
    data.audits.map((a) => [
      a.id,
      { caseRef: { personId: caseKey(a.caseRef.personId) }, auditor: refKey(a.auditor) },
    ]),
  );
  const flags = new Map(data.flags.map((f) => [f.id, f]));
  const groups = new Map<string, Group>();
  const note = (
    key: string,
    factor: string,
    on: SuggestionOn,
    subItem: string | undefined,
    caseId: string,
    auditor: string,
    refs: EvidenceRef[],
    kind?: string,
  ) => {
    let g = groups.get(key);
    if (!g) {
      g = {
        factor,
        on,
        cases: new Set(),
        auditors: new Set(),
        strengths: 0,
        concerns: 0,
        evidence: [],
        refs: new Set(),
        subItems: new Map(),
      };
      groups.set(key, g);
    }
    g.cases.add(caseId);
    g.auditors.add(auditor);
    // A record joins a section combination once (one section per observation; a conversation's
    // sections taken once each), so only friction combinations need checking for repeats: one
    // observation may cite two flags of a category, and one flag be cited by many observations.
    const dedupe = refs.length > 1;
    refs.forEach((ref, i) => {
      if (dedupe) {
        const id = ref.kind === 'observation' ? `o${ref.id}` : `f${ref.id}`;
        if (g.refs.has(id)) return;
        g.refs.add(id);
      }
      g.evidence.push(ref);
      if (i > 0) return;
      // The record itself (not a flag it cites): counted once per combination.
      if (kind === 'strength') g.strengths++;
      if (kind === 'concern') g.concerns++;
      if (subItem !== undefined) g.subItems.set(subItem, (g.subItems.get(subItem) ?? 0) + 1);
    });
  };
  for (const o of data.observations) {
    const audit = o.auditId === null ? undefined : audits.get(o.auditId);
    if (!audit || o.factors.length === 0) continue;
    const cited = (o.evidence ?? []).filter((e) => e.kind === 'friction-flag').map((e) => flags.get(e.ref));
    const self: EvidenceRef = { kind: 'observation', id: o.id };
    for (const tag of unique(o.factors)) {
      if (o.sectionId !== undefined)
        note(
          `${tag.factor}|section|${o.sectionId}`,
          tag.factor,
          { kind: 'section', sectionId: o.sectionId },
          tag.subItem,
          audit.caseRef.personId,
          audit.auditor,
          [self],
          o.kind,
        );
      for (const flag of cited) {
        if (!flag) continue;
        note(
          `${tag.factor}|friction|${flag.category}`,
          tag.factor,
          { kind: 'friction', category: flag.category },
          tag.subItem,
          audit.caseRef.personId,
          audit.auditor,
          [self, { kind: 'friction-flag', id: flag.id }],
          o.kind,
        );
      }
    }
  }
  for (const c of data.conversations) {
    const audit = audits.get(c.auditId);
    if (!audit) continue;
    const self: EvidenceRef = { kind: 'conversation', id: c.id };
    for (const tag of unique(c.factors))
      for (const sectionId of new Set(c.sectionIds))
        note(
          `${tag.factor}|section|${sectionId}`,
          tag.factor,
          { kind: 'section', sectionId },
          tag.subItem,
          audit.caseRef.personId,
          audit.auditor,
          [self],
        );
  }
  const out: Suggestion[] = [];
  for (const [key, g] of groups) {
    if (g.cases.size < options.minCases || g.auditors.size < options.minAuditors) continue;
    const subItem = [...g.subItems].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    out.push({
      key,
      factor: g.factor,
      ...(subItem !== undefined ? { subItem } : {}),
      on: g.on,
      cases: g.cases.size,
      auditors: g.auditors.size,
      strengths: g.strengths,
      concerns: g.concerns,
      evidence: g.evidence,
    });
  }
  return out.sort(
    (a, b) =>
      b.cases - a.cases ||
      b.auditors - a.auditors ||
      b.evidence.length - a.evidence.length ||
      b.concerns - a.concerns ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** A factor tagged twice on one record (once per sub-item) counts once per combination. */
function unique<T extends { factor: string; subItem?: string }>(tags: readonly T[]): T[] {
  const byFactor = new Map<string, T>();
  for (const tag of tags)
    if (!byFactor.has(tag.factor) || byFactor.get(tag.factor)!.subItem === undefined)
      byFactor.set(tag.factor, tag);
  return [...byFactor.values()];
}
