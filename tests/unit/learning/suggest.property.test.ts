// Suggested findings: every suggestion meets both thresholds, none is missed (a brute-force enumeration
// of every factor × section and factor × friction category finds exactly the same combinations with the
// same counts), the ranking is the one documented, and the prefilled evidence is what the combination
// was seen in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestFindings, SUGGEST_DEFAULTS } from '@/lib/learning/suggest';
import type { LearningData } from '@/lib/learning/evidence';
import { learningArb } from './support';

const norm = (s: string) => s.trim().toUpperCase().replace(/\s+/g, ' ');

/** Every combination with its distinct cases and auditors, found by scanning per combination. */
function bruteForce(data: LearningData) {
  const factors = new Set(
    [...data.observations, ...data.conversations].flatMap((r) => r.factors.map((t) => t.factor)),
  );
  const sections = new Set([
    ...data.observations.flatMap((o) => (o.sectionId ? [o.sectionId] : [])),
    ...data.conversations.flatMap((c) => c.sectionIds),
  ]);
  const categories = new Set(data.flags.map((f) => f.category));
  const auditOf = (id: string | null) => data.audits.find((a) => a.id === id);
  const out = new Map<string, { cases: number; auditors: number; evidence: Set<string> }>();
  const put = (key: string, hits: { caseId: string; auditor: string; refs: string[] }[]) => {
    if (hits.length === 0) return;
    out.set(key, {
      cases: new Set(hits.map((h) => h.caseId.trim().toUpperCase())).size,
      auditors: new Set(hits.map((h) => norm(h.auditor))).size,
      evidence: new Set(hits.flatMap((h) => h.refs)),
    });
  };
  for (const factor of factors) {
    for (const section of sections) {
      const hits = [
        ...data.observations
          .filter(
            (o) =>
              o.sectionId === section && o.factors.some((t) => t.factor === factor) && auditOf(o.auditId),
          )
          .map((o) => ({ a: auditOf(o.auditId)!, refs: [`observation|${o.id}`] })),
        ...data.conversations
          .filter(
            (c) =>
              c.sectionIds.includes(section) &&
              c.factors.some((t) => t.factor === factor) &&
              auditOf(c.auditId),
          )
          .map((c) => ({ a: auditOf(c.auditId)!, refs: [`conversation|${c.id}`] })),
      ].map(({ a, refs }) => ({ caseId: a.caseRef.personId, auditor: a.auditor, refs }));
      put(`${factor}|section|${section}`, hits);
    }
    for (const category of categories) {
      const hits = data.observations.flatMap((o) => {
        const a = auditOf(o.auditId);
        if (!a || !o.factors.some((t) => t.factor === factor)) return [];
        const flags = (o.evidence ?? [])
          .map((e) => data.flags.find((f) => f.id === e.ref))
          .filter((f) => f?.category === category);
        return flags.length === 0
          ? []
          : [
              {
                caseId: a.caseRef.personId,
                auditor: a.auditor,
                refs: [`observation|${o.id}`, ...flags.map((f) => `friction-flag|${f!.id}`)],
              },
            ];
      });
      put(`${factor}|friction|${category}`, hits);
    }
  }
  return out;
}

describe('suggested findings', () => {
  it('are exactly the combinations meeting N cases and M auditors, with their counts and evidence, ranked', () => {
    fc.assert(
      fc.property(
        learningArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (data, minCases, minAuditors) => {
          const suggestions = suggestFindings(data, { minCases, minAuditors });
          const all = bruteForce(data);
          const expected = [...all].filter(([, v]) => v.cases >= minCases && v.auditors >= minAuditors);
          expect(suggestions.map((s) => s.key).sort()).toEqual(expected.map(([k]) => k).sort());
          for (const s of suggestions) {
            const want = all.get(s.key)!;
            expect(s.cases).toBeGreaterThanOrEqual(minCases);
            expect(s.auditors).toBeGreaterThanOrEqual(minAuditors);
            expect([s.cases, s.auditors]).toEqual([want.cases, want.auditors]);
            expect(new Set(s.evidence.map((e) => `${e.kind}|${e.id}`))).toEqual(want.evidence);
            expect(s.evidence.length).toBe(want.evidence.size);
          }
          for (let i = 1; i < suggestions.length; i++) {
            const [a, b] = [suggestions[i - 1]!, suggestions[i]!];
            const order = [
              b.cases - a.cases,
              b.auditors - a.auditors,
              b.evidence.length - a.evidence.length,
              b.concerns - a.concerns,
            ].find((d) => d !== 0);
            expect(order === undefined ? a.key < b.key : order < 0).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('defaults to 3 cases by 2 auditors and prefills the most frequent sub-item', () => {
    expect(SUGGEST_DEFAULTS).toEqual({ minCases: 3, minAuditors: 2 });
    const data = fc.sample(learningArb, { numRuns: 1, seed: 3 })[0]!;
    const audits = ['P1', 'P2', 'P3'].map((c, i) => ({
      ...data.audits[0]!,
      id: `00000001-0000-4000-8000-00000000000${i}`,
      caseRef: { personId: c },
      auditor: i ? 'Ben' : 'Ana',
    }));
    const observations = audits.map((a, i) => ({
      id: `00000003-0000-4000-8000-00000000000${i}`,
      auditId: a.id,
      sectionId: 'planning',
      kind: 'concern' as const,
      comment: 'c',
      evidenceSource: 'case-record' as const,
      factors: [{ factor: 'human-tool', subItem: i < 2 ? 'ict-systems' : 'assessment-forms' }],
      target: { page: { origin: 'http://x', path: '/', adapter: 'demo' }, selectors: [] },
      pageKey: 'k',
      author: a.auditor,
      createdAt: a.startedAt,
      updatedAt: a.startedAt,
    }));
    const [only, ...rest] = suggestFindings({
      audits,
      observations,
      conversations: [],
      flags: [],
      teams: new Map(),
    });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      factor: 'human-tool',
      subItem: 'ict-systems',
      on: { kind: 'section', sectionId: 'planning' },
      cases: 3,
      auditors: 2,
      concerns: 3,
    });
    expect(
      suggestFindings(
        { audits, observations, conversations: [], flags: [], teams: new Map() },
        { minCases: 4, minAuditors: 2 },
      ),
    ).toEqual([]);
  });
});
