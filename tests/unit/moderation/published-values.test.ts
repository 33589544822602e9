// The agreement coefficients against values published by their authors or reference implementations.
// Each number's source is named beside it; nothing here was computed by Margin first.
import { describe, expect, it } from 'vitest';
import { cohenKappa, gwetAC, krippendorffAlpha, percentAgreement } from '@/lib/moderation/agreement';

const n = null;
const repeat = (value: number, times: number) => Array<number>(times).fill(value);

describe("Cohen's kappa", () => {
  // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa:
  // y1 = 46×0, 44×1, 10×2; y2 = 50×0, 40×1, 10×2 → 0.9315 (none), 0.9412 (linear), 0.9541 (quadratic),
  // asserted there to 4 decimals.
  const y1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
  const y2 = [...repeat(0, 50), ...repeat(1, 40), ...repeat(2, 10)];

  it('matches scikit-learn unweighted, linear and quadratic', () => {
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(y1, y2, 'linear')).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(y1, y2, 'quadratic')).toBeCloseTo(0.9541, 4);
  });

  it('leaves out units either rater did not rate', () => {
    expect(cohenKappa([...y1, 2, n], [...y2, n, 0], 'linear')).toBeCloseTo(0.9412, 4);
    // 96 of the 100 pairs are the same grade (4 units moved between 0 and 1).
    expect(percentAgreement([...y1, n], [...y2, 2])).toBeCloseTo(0.96, 10);
  });
});

describe("Krippendorff's alpha", () => {
  // Wikipedia, "Krippendorff's alpha" (worked example, 3 coders × 15 units, missing values); the same
  // data in the reference package's tests (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py):
  // nominal 0.691358, interval 0.810845.
  const wikipedia = [
    [n, n, n, n, n, 3, 4, 1, 2, 1, 1, 3, 3, n, 3],
    [1, n, 2, 1, 3, 3, 4, 3, n, n, n, n, n, n, n],
    [n, n, 2, 1, 3, 4, 4, n, 2, 1, 1, 3, 3, n, 4],
  ];

  it('matches the Wikipedia example', () => {
    expect(krippendorffAlpha(wikipedia, 'nominal')).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipedia, 'interval')).toBeCloseTo(0.810845, 6);
  });

  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, p. 8 (4 observers × 12 units):
  // nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797 (ordinal and ratio also asserted by
  // fast-krippendorff's tests).
  const krippendorff2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
    [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
  ];

  it("matches Krippendorff's own example at every level", () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(krippendorff2011, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, 'interval')).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(krippendorff2011, 'ratio')).toBeCloseTo(0.797, 3);
  });
});

describe("Gwet's AC1 and AC2 (raw ratings)", () => {
  // cac.raw4raters: Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014), p. 120, as shipped by
  // irrCAC. AC1 0.77544 (Python irrCAC, irrCAC/raw.py docstring; test/unit/irrCAC/raw/test_gwet.py:
  // 0.775); linear AC2 0.859 (same test file); quadratic AC2 0.914 (R irrCAC vignette "Weighted
  // Chance-corrected Agreement Coefficients": gwet.ac1.raw(cac.raw4raters, weights = "quadratic")).
  // Unit 12 was rated by one rater only: it still counts towards chance agreement.
  const raw4raters = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, n],
    [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
  ];

  it('matches irrCAC on cac.raw4raters (AC1, linear and quadratic AC2)', () => {
    expect(gwetAC(raw4raters)).toBeCloseTo(0.77544, 5);
    expect(gwetAC(raw4raters, 'linear')).toBeCloseTo(0.859, 3);
    expect(gwetAC(raw4raters, 'quadratic')).toBeCloseTo(0.914, 3);
  });

  it('counts a unit only one rater rated in chance agreement, and drops a unit nobody rated', () => {
    const withoutSingle = raw4raters.map((row) => row.slice(0, 11));
    expect(gwetAC(withoutSingle)).not.toBeCloseTo(0.77544, 4);
    expect(gwetAC(raw4raters.map((row) => [...row, n]))).toBeCloseTo(0.77544, 5);
  });

  // cac.raw.gender (a, b, c coded 1, 2, 3): AC1 0.208 (Python irrCAC, test_gwet.py, test_gwet_raw_gender).
  it('matches irrCAC on cac.raw.gender', () => {
    const codes = (text: string) => text.split(' ').map((c) => c.charCodeAt(0) - 96);
    const gender = [
      codes('a a a a a b b b c a a a a a b'),
      codes('a a a a b a b c c a a a a b a'),
      codes('a b b c a a b b c a b b c a a'),
      codes('c c c c a a b b c c c c c a a'),
    ];
    expect(gwetAC(gender)).toBeCloseTo(0.208, 3);
  });

  // cac.raw5obser: Gwet (2014), after p. 125: AC1 0.497 (Python irrCAC, test_gwet.py, test_gwet_raw5observers).
  it('matches irrCAC on the 5 observers example', () => {
    const observers = [
      [1, 1, 2, n, 0, 0, 1, 1, 2, 2, n, 0, 1, 3, 1],
      [1, 1, 3, 0, 0, 0, 0, n, 2, 1, 1, 0, 2, 3, 1],
      [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1],
      [n, 1, 3, n, n, n, n, 0, n, 1, 0, 0, 2, 2, n],
      [2, n, n, 0, 0, 0, 1, n, 2, n, n, n, n, 3, 1],
    ];
    expect(gwetAC(observers)).toBeCloseTo(0.497, 3);
  });
});
