// Compliance beside quality: the classification of a section's compliance answer and grade equals a
// brute-force definition (count the grades above and below) on generated scales, respects the scale's
// order (best level first; higher numbers better), and the per-section counts equal a recount.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  auditDivergences,
  classify,
  divergenceBySection,
  gradeHalf,
  type Divergence,
} from '@/lib/learning/divergence';
import { OFSTED_FOUR_POINT, RAG, SCALING_0_10 } from '@/lib/audit/scales';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { COMPLIANCE_ANSWERS, type Audit, type SectionResult } from '@/lib/model/audit';
import type { GradingScale } from '@/lib/model/template';

const levelsScale = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 12 })
  .map((values): GradingScale => ({
    type: 'levels',
    name: 'Generated',
    levels: values.map((value) => ({ value, label: value.toUpperCase() })),
  }));
const numericScale = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 11 }))
  .map(([min, span]): GradingScale => ({ type: 'numeric', name: 'N', min, max: min + span }));
const scale = fc.oneof(levelsScale, numericScale);

/** Brute force: how many of the scale's grades are better, and how many worse, than `grade`. */
function bruteForce(s: GradingScale, result: SectionResult): Divergence | undefined {
  if (!result.compliance || result.grade === undefined || s.type === 'none') return undefined;
  const all =
    s.type === 'levels'
      ? s.levels.map((l) => l.value)
      : Array.from({ length: s.max - s.min + 1 }, (_, i) => String(s.min + i));
  if (!all.includes(result.grade)) return undefined;
  const better = (a: string, b: string) =>
    s.type === 'levels' ? all.indexOf(a) < all.indexOf(b) : Number(a) > Number(b);
  const above = all.filter((g) => better(g, result.grade!)).length;
  const below = all.filter((g) => better(result.grade!, g)).length;
  if (result.compliance === 'partly') return 'partial';
  if (result.compliance === 'yes' && above > below) return 'compliant-poor-practice';
  if (result.compliance === 'no' && below > above) return 'not-compliant-good-practice';
  return 'agreeing';
}

const resultOn = (s: GradingScale) =>
  fc.record(
    {
      grade: fc.oneof(
        fc.constantFrom(...(s.type === 'levels' ? s.levels.map((l) => l.value) : ['0', '1', '5', '10'])),
        fc.string({ maxLength: 3 }),
      ),
      compliance: fc.constantFrom(...COMPLIANCE_ANSWERS),
      complete: fc.boolean(),
    },
    { requiredKeys: ['complete'] },
  );

describe('compliance beside quality', () => {
  it('classifies as the brute-force definition does, on any scale', () => {
    fc.assert(
      fc.property(
        scale.chain((s) => fc.tuple(fc.constant(s), resultOn(s))),
        ([s, result]) => {
          expect(classify(result, s)).toBe(bruteForce(s, result));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('respects the scale’s order: reversing a levels scale swaps the halves', () => {
    fc.assert(
      fc.property(
        levelsScale.chain((s) =>
          fc.tuple(fc.constant(s), fc.constantFrom(...(s.type === 'levels' ? s.levels : []))),
        ),
        ([s, level]) => {
          if (s.type !== 'levels') return;
          const reversed: GradingScale = { ...s, levels: [...s.levels].reverse() };
          const swap = { better: 'worse', worse: 'better', middle: 'middle' } as const;
          expect(gradeHalf(reversed, level.value)).toBe(swap[gradeHalf(s, level.value)!]);
        },
      ),
    );
  });

  it('reads the councils’ scales the right way round', () => {
    expect(classify({ grade: 'inadequate', compliance: 'yes', complete: true }, OFSTED_FOUR_POINT)).toBe(
      'compliant-poor-practice',
    );
    expect(
      classify({ grade: 'requires-improvement', compliance: 'yes', complete: true }, OFSTED_FOUR_POINT),
    ).toBe('compliant-poor-practice');
    expect(classify({ grade: 'good', compliance: 'no', complete: true }, OFSTED_FOUR_POINT)).toBe(
      'not-compliant-good-practice',
    );
    expect(classify({ grade: 'good', compliance: 'yes', complete: true }, OFSTED_FOUR_POINT)).toBe(
      'agreeing',
    );
    expect(classify({ grade: 'red', compliance: 'partly', complete: true }, RAG)).toBe('partial');
    expect(gradeHalf(RAG, 'amber')).toBe('middle');
    expect(classify({ grade: 'amber', compliance: 'yes', complete: true }, RAG)).toBe('agreeing');
    expect(classify({ grade: '9', compliance: 'no', complete: true }, SCALING_0_10)).toBe(
      'not-compliant-good-practice',
    );
    expect(classify({ grade: '2', compliance: 'yes', complete: true }, SCALING_0_10)).toBe(
      'compliant-poor-practice',
    );
    expect(classify({ grade: 'good', complete: true }, OFSTED_FOUR_POINT)).toBeUndefined();
    expect(classify({ compliance: 'yes', complete: true }, OFSTED_FOUR_POINT)).toBeUndefined();
  });

  const learning = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
  const withQuestion = learning.sections.filter((s) => s.compliance).map((s) => s.id);
  const audit = fc.record({
    id: fc.uuid(),
    sections: fc.dictionary(
      fc.constantFrom(...learning.sections.map((s) => s.id)),
      fc.record(
        {
          grade: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate'),
          compliance: fc.constantFrom(...COMPLIANCE_ANSWERS),
          complete: fc.boolean(),
        },
        { requiredKeys: ['complete'] },
      ),
    ),
  });
  const asAudit = (a: { id: string; sections: Record<string, SectionResult> }): Audit => ({
    id: a.id,
    templateId: learning.id,
    templateVersion: learning.version,
    caseRef: { personId: `P-${a.id.slice(0, 4)}` },
    auditor: 'A',
    status: 'finished',
    sections: a.sections,
    startedAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });

  it('counts each section’s divergent audits as a recount does, only where the template asks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(audit, { selector: (a) => a.id, maxLength: 30 }), (raw) => {
        const audits = raw.map(asAudit);
        const counts = divergenceBySection(audits, () => learning);
        for (const section of learning.sections) {
          const entry = counts.find((c) => c.key === `${learning.id}/${section.id}`);
          for (const kind of ['compliant-poor-practice', 'not-compliant-good-practice'] as const) {
            const recount = audits.filter(
              (a) =>
                withQuestion.includes(section.id) &&
                bruteForce(OFSTED_FOUR_POINT, a.sections[section.id] ?? { complete: false }) === kind,
            );
            expect(entry?.counts[kind] ?? 0).toBe(recount.length);
            expect(entry?.auditIds[kind] ?? []).toEqual(recount.map((a) => a.id));
          }
        }
        const order = counts.map((c) =>
          learning.sections.findIndex((s) => `${learning.id}/${s.id}` === c.key),
        );
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('leaves out audits of templates this device does not know', () => {
    const a = asAudit({
      id: crypto.randomUUID(),
      sections: { planning: { grade: 'inadequate', compliance: 'yes', complete: true } },
    });
    expect(auditDivergences(a, undefined)).toEqual([]);
    expect(auditDivergences(a, learning)).toEqual([
      expect.objectContaining({
        sectionId: 'planning',
        divergence: 'compliant-poor-practice',
        title: 'Planning',
      }),
    ]);
  });
});
