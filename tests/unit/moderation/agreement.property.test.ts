// Properties of the agreement coefficients for any grades: perfect agreement gives 1, the order of the
// raters (and of the units) changes nothing, missing grades are handled, and percent agreement within
// ±k never falls as k grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, gwetAC, krippendorffAlpha, percentAgreement } from '@/lib/moderation/agreement';

const grade = fc.integer({ min: 1, max: 4 });
const maybe = fc.option(grade, { nil: null, freq: 4 });
const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
const WEIGHTS = ['none', 'linear', 'quadratic'] as const;

/** 2–5 raters × 1–30 units, some grades missing. */
const ratingsArb = fc
  .record({ raters: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 1, max: 30 }) })
  .chain(({ raters, units }) =>
    fc.array(fc.array(maybe, { minLength: units, maxLength: units }), {
      minLength: raters,
      maxLength: raters,
    }),
  );

const same = (x: number, y: number) => (Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) < 1e-9);

describe('agreement (properties)', () => {
  it('gives 1 for perfect agreement once two grades are used', () => {
    fc.assert(
      fc.property(
        fc.array(grade, { minLength: 2, maxLength: 40 }).filter((g) => new Set(g).size > 1),
        fc.integer({ min: 2, max: 5 }),
        (grades, raters) => {
          const ratings = Array.from({ length: raters }, () => [...grades]);
          for (const level of LEVELS) expect(krippendorffAlpha(ratings, level)).toBeCloseTo(1, 12);
          for (const weights of WEIGHTS) {
            expect(gwetAC(ratings, weights)).toBeCloseTo(1, 12);
            expect(cohenKappa(grades, grades, weights)).toBeCloseTo(1, 12);
          }
          expect(percentAgreement(grades, grades)).toBe(1);
        },
      ),
    );
  });

  it('does not depend on the order of the raters or of the units', () => {
    fc.assert(
      fc.property(ratingsArb, fc.integer(), (ratings, shift) => {
        const reversed = [...ratings].reverse();
        const k = ((shift % ratings.length) + ratings.length) % ratings.length;
        const rotated = [...ratings.slice(k), ...ratings.slice(0, k)];
        const unitsReversed = ratings.map((row) => [...row].reverse());
        for (const level of LEVELS) {
          const alpha = krippendorffAlpha(ratings, level);
          expect(same(alpha, krippendorffAlpha(reversed, level))).toBe(true);
          expect(same(alpha, krippendorffAlpha(rotated, level))).toBe(true);
          expect(same(alpha, krippendorffAlpha(unitsReversed, level))).toBe(true);
        }
        for (const weights of WEIGHTS) {
          const ac = gwetAC(ratings, weights);
          expect(same(ac, gwetAC(reversed, weights))).toBe(true);
          expect(same(ac, gwetAC(rotated, weights))).toBe(true);
          const [a, b] = ratings as [(number | null)[], (number | null)[]];
          expect(same(cohenKappa(a, b, weights), cohenKappa(b, a, weights))).toBe(true);
        }
      }),
    );
  });

  it('handles missing grades: an all-missing unit or rater changes nothing, results stay in range', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const padded = ratings.map((row) => [null, ...row, null]);
        const withAbsentRater = [...ratings, ratings[0]!.map(() => null)];
        for (const level of LEVELS) {
          const alpha = krippendorffAlpha(ratings, level);
          expect(same(alpha, krippendorffAlpha(padded, level))).toBe(true);
          expect(same(alpha, krippendorffAlpha(withAbsentRater, level))).toBe(true);
          if (!Number.isNaN(alpha)) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
        const ac = gwetAC(ratings);
        expect(same(ac, gwetAC(padded))).toBe(true);
        if (!Number.isNaN(ac)) expect(ac).toBeLessThanOrEqual(1 + 1e-12);
        const [a, b] = ratings as [(number | null)[], (number | null)[]];
        const p = percentAgreement(a, b);
        if (!Number.isNaN(p)) expect(p).toBeGreaterThanOrEqual(0);
        expect(same(p, percentAgreement([null, ...a], [3, ...b]))).toBe(true);
      }),
    );
  });

  it('percent agreement within ±k never falls as k grows', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const [a, b] = ratings as [(number | null)[], (number | null)[]];
        const steps = [0, 1, 2, 3].map((k) => percentAgreement(a, b, k));
        if (steps.some(Number.isNaN)) return;
        for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeGreaterThanOrEqual(steps[k - 1]!);
        expect(steps[3]).toBe(1);
      }),
    );
  });
});
