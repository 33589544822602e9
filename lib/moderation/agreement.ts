/**
 * How far graders agree: percent agreement, Cohen's kappa, Krippendorff's alpha and Gwet's AC1/AC2,
 * for moderation (a first auditor's and a moderator's grades, or any number of graders). Ratings are
 * ordered category codes (a grading scale's grades in order), `null` where a grader gave none. Small
 * pure functions, checked against published values (tests/unit/moderation/); the method, references
 * and edge cases are in docs/moderation.md. Bootstrap intervals: `bootstrap.ts`; words: `bands.ts`.
 *
 * Edge cases, following the reference implementations: with nothing to compare (no unit both graders
 * rated; no unit with two ratings) every coefficient is NaN. With a single category, kappa and alpha are
 * NaN (0/0: scikit-learn returns NaN, Krippendorff's reference code refuses), while Gwet's AC is 1
 * (irrCAC's convention: agreement is perfect and AC was designed not to collapse there).
 */
import { alphaFromUnits, gwetFromUnits, kappaFromPairs, percentFromPairs } from './coefficients';
import type { Level, Weights } from './coefficients';
import { pairTable, unitTable } from './tables';

export type { Level, Weights } from './coefficients';

/**
 * Share of the units both graders rated on which their grades are at most `within` apart (0: the same
 * grade; 1: the same or the next grade). Units either grader left unrated are left out. NaN when no
 * unit was rated by both.
 */
export function percentAgreement(a: (number | null)[], b: (number | null)[], within?: number): number {
  const table = pairTable(a, b);
  return percentFromPairs(table, table.counts, within ?? 0);
}

/**
 * Cohen's kappa for two graders (scikit-learn's `cohen_kappa_score`): unweighted, or with linear or
 * quadratic disagreement weights on the codes (identical to scikit-learn's when the codes are
 * consecutive). Units either grader left unrated are left out. NaN when no unit was rated by both, or
 * when both used one and the same grade throughout (chance agreement is then total: 0/0).
 */
export function cohenKappa(
  a: (number | null)[],
  b: (number | null)[],
  weights?: 'none' | 'linear' | 'quadratic',
): number {
  const table = pairTable(a, b);
  return kappaFromPairs(table, table.counts, weights ?? 'none');
}

/**
 * Krippendorff's alpha for any number of graders with missing ratings, at the given level of
 * measurement (grades are ordinal). Units with fewer than two ratings cannot be paired and add nothing.
 * NaN when no unit has two ratings or all paired ratings are one value (alpha is 0/0 there).
 *
 * ratings: one row per rater, one column per unit (Krippendorff's reliability-data layout).
 */
export function krippendorffAlpha(
  ratings: (number | null)[][],
  level: 'nominal' | 'ordinal' | 'interval' | 'ratio',
): number {
  const table = unitTable(ratings);
  return alphaFromUnits(table, table.counts, level satisfies Level);
}

/**
 * Gwet's AC1 (weights 'none') or AC2; categories default to the values seen. Same layout.
 * Raw-ratings method: a unit only one grader rated still counts towards chance agreement; units nobody
 * rated are dropped. Giving the scale's full list of grades as `categories` keeps an unused grade in the
 * chance term (and in the weights' range), as irrCAC's `categories` argument does. NaN when no unit has
 * two ratings; 1 with a single category.
 */
export function gwetAC(
  ratings: (number | null)[][],
  weights?: 'none' | 'linear' | 'quadratic',
  categories?: number[],
): number {
  const table = unitTable(ratings, categories);
  return gwetFromUnits(table, table.counts, (weights ?? 'none') satisfies Weights);
}
