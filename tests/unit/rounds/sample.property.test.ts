// The sampler's guarantees for any candidate list, history and spec: the same seed gives the same draw
// (whatever the list's order), no rule is broken, every case left out has a reason, and a stratified
// allocation shares out exactly the sample's size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseKey, refKey, SampleSpecSchema, type SampleSpec } from '@/lib/model/round';
import { recentlyAudited } from '@/lib/rounds/recent-audits';
import { drawSample, stratumOf, targetSize } from '@/lib/rounds/sample';
import { candidatesArb, historyArb } from './support';

const TODAY = '2026-06-30';

const specArb: fc.Arbitrary<SampleSpec> = fc
  .record({
    size: fc.oneof(
      fc.record({ kind: fc.constant('count' as const), count: fc.integer({ min: 1, max: 150 }) }),
      fc.record({
        kind: fc.constant('percent' as const),
        percent: fc.double({ min: 0.5, max: 100, noNaN: true }),
      }),
    ),
    seed: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
    stratifyBy: fc.option(fc.constantFrom('team', 'ageBand', 'colour'), { nil: undefined }),
    excludeAuditedWithinMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    maxPerCaseHolder: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    spreadAcrossCaseHolders: fc.boolean(),
  })
  .map((spec) => SampleSpecSchema.parse(spec));

const nonEmpty = candidatesArb.filter((list) => list.length > 0);

describe('drawSample (properties)', () => {
  it('gives the same draw for the same seed, whatever the order of the list', () => {
    fc.assert(
      fc.property(nonEmpty, historyArb, specArb, (candidates, history, spec) => {
        const a = drawSample(candidates, spec, { history, today: TODAY });
        const b = drawSample([...candidates].reverse(), spec, { history, today: TODAY });
        expect(a).toEqual(b);
      }),
    );
  });

  it('breaks no rule and gives a reason for every case left out', () => {
    fc.assert(
      fc.property(nonEmpty, historyArb, specArb, (candidates, history, spec) => {
        const result = drawSample(candidates, spec, { history, today: TODAY });
        if (!result.ok) throw new Error(result.error);
        const { drawn, leftOut, target } = result.sample;
        const recent = spec.excludeAuditedWithinMonths
          ? recentlyAudited(history, TODAY, spec.excludeAuditedWithinMonths)
          : new Map();
        const eligible = candidates.filter((c) => !recent.has(caseKey(c.caseId)));
        expect(target).toBe(targetSize(spec, candidates.length));
        expect(drawn.length).toBeLessThanOrEqual(Math.min(target, eligible.length));
        // No recently audited case is drawn, and each case is either drawn or left out, once.
        expect(drawn.filter((c) => recent.has(caseKey(c.caseId)))).toEqual([]);
        const ids = [...drawn.map((c) => c.caseId), ...leftOut.map((l) => l.caseId)].sort();
        expect(ids).toEqual(candidates.map((c) => c.caseId).sort());
        // The per-case-holder limit holds.
        const perHolder = new Map<string, number>();
        for (const c of drawn)
          perHolder.set(refKey(c.caseHolder), (perHolder.get(refKey(c.caseHolder)) ?? 0) + 1);
        for (const count of perHolder.values())
          expect(count).toBeLessThanOrEqual(spec.maxPerCaseHolder ?? Infinity);
        // Without a limit the sample is full.
        if (!spec.maxPerCaseHolder) expect(drawn.length).toBe(Math.min(target, eligible.length));
        // Every case left out has a reason, and the reason's rule is true of it.
        for (const left of leftOut) {
          expect(left.reason.length).toBeGreaterThan(10);
          const holderCount =
            perHolder.get(refKey(candidates.find((c) => c.caseId === left.caseId)!.caseHolder)) ?? 0;
          if (left.rule === 'recently-audited') {
            expect(recent.has(caseKey(left.caseId))).toBe(true);
            expect(left.reason).toMatch(/^audited on \d{4}-\d{2}-\d{2}, within the last \d+ months?$/);
          } else {
            expect(recent.has(caseKey(left.caseId))).toBe(false);
            if (left.rule === 'case-holder-limit') expect(holderCount).toBe(spec.maxPerCaseHolder);
            else expect(drawn.length).toBe(Math.min(target, eligible.length));
          }
        }
      }),
    );
  });

  it('shares a stratified sample out in proportion, summing to its size', () => {
    fc.assert(
      fc.property(nonEmpty, historyArb, specArb, (candidates, history, unstratified) => {
        const spec = { ...unstratified, stratifyBy: 'team' };
        const result = drawSample(candidates, spec, { history, today: TODAY });
        if (!result.ok) throw new Error(result.error);
        const { strata, drawn, target } = result.sample;
        const eligible = strata!.reduce((sum, s) => sum + s.eligible, 0);
        const n = Math.min(target, eligible);
        expect(strata!.reduce((sum, s) => sum + s.allocated, 0)).toBe(n);
        for (const stratum of strata!) {
          const share = (n * stratum.eligible) / (eligible || 1);
          expect(stratum.allocated).toBeGreaterThanOrEqual(Math.floor(share));
          expect(stratum.allocated).toBeLessThanOrEqual(Math.ceil(share));
          expect(stratum.allocated).toBeLessThanOrEqual(stratum.eligible);
          expect(stratum.drawn).toBe(drawn.filter((c) => stratumOf(c, 'team') === stratum.value).length);
          if (!spec.maxPerCaseHolder) expect(stratum.drawn).toBe(stratum.allocated);
        }
      }),
    );
  });

  it('spread across case holders: no case holder has two more cases than one with a case left to draw', () => {
    fc.assert(
      fc.property(nonEmpty, fc.integer({ min: 1, max: 120 }), fc.string(), (candidates, count, seed) => {
        const spec = SampleSpecSchema.parse({
          size: { kind: 'count', count },
          seed: `s${seed}`,
          spreadAcrossCaseHolders: true,
        });
        const result = drawSample(candidates, spec, { today: TODAY });
        if (!result.ok) throw new Error(result.error);
        const taken = new Set(result.sample.drawn.map((c) => c.caseId));
        const count0 = (holder: string) => result.sample.drawn.filter((c) => c.caseHolder === holder).length;
        const most = Math.max(0, ...result.sample.drawn.map((c) => count0(c.caseHolder)));
        for (const c of candidates.filter((c) => !taken.has(c.caseId))) {
          expect(count0(c.caseHolder)).toBeGreaterThanOrEqual(most - 1);
        }
      }),
    );
  });
});
