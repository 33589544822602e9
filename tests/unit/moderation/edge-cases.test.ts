// What each coefficient returns when it cannot be computed in the ordinary way (documented in
// lib/moderation/agreement.ts and docs/moderation.md), and the plain-words bands.
import { describe, expect, it } from 'vitest';
import { cohenKappa, gwetAC, krippendorffAlpha, percentAgreement } from '@/lib/moderation/agreement';
import { alphaBand, describeAlpha, kappaBand, smallSampleCaution } from '@/lib/moderation/bands';

const n = null;

describe('edge cases', () => {
  it('gives NaN everywhere when no unit can be paired', () => {
    const a = [1, n, 3];
    const b = [n, 2, n];
    expect(percentAgreement(a, b)).toBeNaN();
    expect(cohenKappa(a, b)).toBeNaN();
    expect(krippendorffAlpha([a, b], 'ordinal')).toBeNaN();
    expect(gwetAC([a, b])).toBeNaN();
    expect(percentAgreement([], [])).toBeNaN();
    expect(krippendorffAlpha([], 'nominal')).toBeNaN();
  });

  it('with a single category: kappa and alpha NaN (0/0), Gwet AC 1, percent agreement 1', () => {
    const same = [2, 2, 2, 2];
    expect(cohenKappa(same, same)).toBeNaN();
    expect(krippendorffAlpha([same, same], 'ordinal')).toBeNaN();
    expect(gwetAC([same, same])).toBe(1);
    expect(percentAgreement(same, same)).toBe(1);
  });

  it("keeps an unused grade in Gwet's chance term when the scale is given", () => {
    const a = [1, 1, 2, 2, 1];
    const b = [1, 2, 2, 2, 1];
    expect(gwetAC([a, b], 'none', [1, 2, 3, 4])).not.toBeCloseTo(gwetAC([a, b]), 3);
    expect(() => gwetAC([a, [1, 2, 5, 2, 1]], 'none', [1, 2, 3, 4])).toThrow(
      /5 is not one of the categories/,
    );
  });

  it('refuses raters of different lengths for kappa and non-finite codes', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow(/finite/);
  });

  it('counts grades within k steps as agreeing', () => {
    expect(percentAgreement([1, 2, 3, 4], [2, 2, 1, 4])).toBe(0.5);
    expect(percentAgreement([1, 2, 3, 4], [2, 2, 1, 4], 1)).toBe(0.75);
    expect(percentAgreement([1, 2, 3, 4], [2, 2, 1, 4], 2)).toBe(1);
  });
});

describe('bands', () => {
  it("uses Krippendorff's thresholds for alpha", () => {
    expect([0.8, 0.799, 0.667, 0.666, Number.NaN].map(alphaBand)).toEqual([
      'reliable',
      'tentative',
      'tentative',
      'not reliable',
      undefined,
    ]);
    expect(describeAlpha(0.72)).toBe('0.720: tentative conclusions only');
  });

  it("uses Landis and Koch's bands for kappa", () => {
    expect([-0.1, 0.2, 0.4, 0.55, 0.61, 0.8, 0.81].map(kappaBand)).toEqual([
      'poor',
      'slight',
      'fair',
      'moderate',
      'substantial',
      'substantial',
      'almost perfect',
    ]);
  });

  it('cautions when the interval is wide or missing', () => {
    expect(smallSampleCaution({ low: 0.7, high: 0.85 })).toBeUndefined();
    expect(smallSampleCaution({ low: 0.45, high: 0.92 })).toMatch(/anywhere from 0.45 to 0.92/);
    expect(smallSampleCaution({ low: Number.NaN, high: Number.NaN })).toMatch(/Too few/);
    // A collapsed interval over a handful of pairs is no reason for confidence.
    expect(smallSampleCaution({ low: -0.5, high: -0.5 }, 2)).toMatch(/only 2 grades were graded by both/);
    expect(smallSampleCaution({ low: 0.7, high: 0.85 }, 9)).toMatch(/Small sample/);
    expect(smallSampleCaution({ low: 0.7, high: 0.85 }, 10)).toBeUndefined();
  });
});
