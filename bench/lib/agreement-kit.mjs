// In-page code of the agreement benchmark (bundled by bench/agreement.mjs with esbuild): a round's
// grades, Margin's estimate (all coefficients with bootstrap intervals), and two baselines: the naive
// bootstrap (copy each resample's grades and call the public functions on it) and the point estimates
// alone computed 1,000 times (the work of the coefficients without any resampling).
import { cohenKappa, gwetAC, krippendorffAlpha, percentAgreement } from '../../lib/moderation/agreement.ts';
import { estimateAgreement } from '../../lib/moderation/estimate.ts';
import { seededRandom } from '../../lib/rounds/seed.ts';

/**
 * Auditor and moderator grades for `audits` × `sections` units on a 4-point scale, clustered on grade 3
 * ("requires improvement") as real grades are, the moderator agreeing about 3 times in 4 and moving one
 * step otherwise; 2% of sections left ungraded by one of the two.
 */
export function roundGrades(audits = 500, sections = 10, seed = 'bench-round') {
  const random = seededRandom(seed);
  const first = [];
  const second = [];
  for (let i = 0; i < audits * sections; i++) {
    const r = random();
    const grade = r < 0.1 ? 1 : r < 0.35 ? 2 : r < 0.85 ? 3 : 4;
    const s = random();
    const moderated = s < 0.75 ? grade : Math.min(4, Math.max(1, grade + (s < 0.875 ? -1 : 1)));
    const gap = random();
    first.push(gap < 0.01 ? null : grade);
    second.push(gap > 0.99 ? null : moderated);
  }
  return [first, second];
}

const REQUEST = { level: 'ordinal', weights: 'quadratic', within: 1, seed: 'bench' };

/** Margin's estimate on this thread. */
export function margin(ratings, resamples) {
  const t0 = performance.now();
  const report = estimateAgreement({ ...REQUEST, ratings, resamples });
  return { ms: performance.now() - t0, alpha: report.alpha };
}

function allCoefficients([a, b]) {
  return [
    percentAgreement(a, b),
    percentAgreement(a, b, 1),
    cohenKappa(a, b, 'quadratic'),
    krippendorffAlpha([a, b], 'ordinal'),
    gwetAC([a, b], 'quadratic'),
  ];
}

/** The straightforward bootstrap: each resample's grades copied out and every coefficient recomputed. */
export function naive(ratings, resamples) {
  const t0 = performance.now();
  const random = seededRandom('bench');
  const [a, b] = ratings;
  const units = a.length;
  const values = [];
  for (let r = 0; r < resamples; r++) {
    const ra = new Array(units);
    const rb = new Array(units);
    for (let i = 0; i < units; i++) {
      const u = Math.floor(random() * units);
      ra[i] = a[u];
      rb[i] = b[u];
    }
    values.push(allCoefficients([ra, rb]));
  }
  const alphas = values.map((v) => v[3]).sort((x, y) => x - y);
  return { ms: performance.now() - t0, alpha: { low: alphas[Math.floor(resamples * 0.025)] } };
}

/** The five point estimates on the full grades, `times` times: no resampling at all. */
export function single(ratings, times) {
  const t0 = performance.now();
  for (let r = 0; r < times; r++) allCoefficients(ratings);
  return { ms: performance.now() - t0 };
}

globalThis.MarginAgreementBench = { roundGrades, margin, naive, single };
