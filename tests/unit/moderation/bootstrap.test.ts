// Bootstrap intervals and the worker's message handler: intervals bracket the estimate, the same seed
// reproduces them exactly, a different seed moves them, a larger sample narrows them, and the handler
// refuses malformed requests with a readable error instead of throwing.
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, gwetAC, cohenKappa } from '@/lib/moderation/agreement';
import { handleAgreementMessage } from '@/lib/moderation/agreement-worker';
import { estimateAgreement } from '@/lib/moderation/estimate';
import { AgreementRequestSchema } from '@/lib/model/agreement-request';

const n = null;
// Krippendorff (2011), p. 8: ordinal alpha 0.815.
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
  [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
];

/** Two graders agreeing on about 80% of `units` grades on a 4-point scale, deterministically. */
function round(units: number): [number[], number[]] {
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < units; i++) {
    const grade = 1 + ((i * 7 + (i >> 3)) % 4);
    first.push(grade);
    second.push(i % 5 === 0 ? (grade % 4) + 1 : grade);
  }
  return [first, second];
}

const options = (ratings: (number | null)[][], extra: object = {}) =>
  AgreementRequestSchema.parse({ id: 1, ratings, ...extra });

describe('estimateAgreement', () => {
  it('reports the same point estimates as the single functions, inside their intervals', () => {
    const report = estimateAgreement(options(krippendorff2011, { resamples: 500 }));
    expect(report.alpha.value).toBeCloseTo(krippendorffAlpha(krippendorff2011, 'ordinal'), 12);
    expect(report.ac.value).toBeCloseTo(gwetAC(krippendorff2011, 'quadratic'), 12);
    expect(report).toMatchObject({ raters: 4, units: 12, pairableUnits: 11, resamples: 500 });
    expect(report.twoRaters).toBeUndefined();
    for (const e of [report.alpha, report.ac]) {
      expect(e.low).toBeLessThanOrEqual(e.value);
      expect(e.high).toBeGreaterThanOrEqual(e.value);
    }
  });

  it('reproduces the interval exactly from the same seed, and not from another', () => {
    const ratings = round(200);
    const a = estimateAgreement(options(ratings, { seed: 'K7QM-3XPA' }));
    const b = estimateAgreement(options(ratings, { seed: 'k7qm-3xpa ' }));
    const c = estimateAgreement(options(ratings, { seed: 'Q3 2026' }));
    expect(b).toEqual({ ...a, seed: 'k7qm-3xpa ' });
    expect(c.alpha.low).not.toBe(a.alpha.low);
  });

  it('gives two graders percent agreement and kappa, and a narrower interval on a larger sample', () => {
    const small = estimateAgreement(options(round(40)));
    const large = estimateAgreement(options(round(2000)));
    const [first, second] = round(2000);
    expect(large.twoRaters!.kappa.value).toBeCloseTo(cohenKappa(first, second, 'quadratic'), 12);
    expect(large.twoRaters!.exact.value).toBeCloseTo(0.8, 10);
    expect(large.twoRaters!.within.value).toBeGreaterThan(large.twoRaters!.exact.value);
    const width = (e: { low: number; high: number }) => e.high - e.low;
    expect(width(large.alpha)).toBeLessThan(width(small.alpha) / 3);
    expect(width(large.twoRaters!.kappa)).toBeLessThan(width(small.twoRaters!.kappa) / 3);
  });

  it('leaves intervals undefined without resamples, and counts resamples where a coefficient is undefined', () => {
    const none = estimateAgreement(options(krippendorff2011, { resamples: 0 }));
    expect(none.alpha.low).toBeNaN();
    // One pair differs; most resamples of 3 units miss it and see a single grade.
    const tiny = estimateAgreement(
      options(
        [
          [1, 1, 1],
          [1, 1, 2],
        ],
        { resamples: 200, level: 'nominal' },
      ),
    );
    expect(tiny.alpha.undefinedResamples).toBeGreaterThan(0);
  });
});

describe('handleAgreementMessage', () => {
  it('answers a request with its id and the report', () => {
    const answer = handleAgreementMessage({
      id: 7,
      ratings: krippendorff2011,
      level: 'ordinal',
      resamples: 50,
    });
    expect(answer).toMatchObject({ id: 7, ok: true });
    if (answer.ok) expect(answer.report.alpha.value).toBeCloseTo(0.815, 3);
  });

  it('refuses malformed requests in words, without throwing', () => {
    expect(handleAgreementMessage({ id: 2, ratings: [[1, 2]] })).toEqual({
      id: 2,
      ok: false,
      error: 'Agreement request refused: Agreement needs at least two graders. (at ratings).',
    });
    expect(handleAgreementMessage('nonsense')).toMatchObject({ id: -1, ok: false });
    expect(
      handleAgreementMessage({
        id: 3,
        ratings: [
          [1, 'x'],
          [1, 2],
        ],
      }),
    ).toMatchObject({ id: 3, ok: false });
    expect(
      handleAgreementMessage({
        id: 4,
        ratings: [
          [1, 9],
          [1, 2],
        ],
        categories: [1, 2, 3],
      }),
    ).toEqual({
      id: 4,
      ok: false,
      error: 'Agreement not computed: Rating 9 is not one of the categories given.',
    });
  });
});
