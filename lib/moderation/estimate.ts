/**
 * Every agreement figure a moderation screen shows for one set of grades, each with its bootstrap 95%
 * interval: Krippendorff's alpha and Gwet's AC for any number of graders and, when there are exactly
 * two, percent agreement (exact and within a step) and Cohen's kappa. All intervals come from the same
 * seeded resamples of units. Pure; run inside the agreement worker so no page freezes.
 */
import type { AgreementRequestParsed } from '../model/agreement-request';
import { bootstrapIntervals, type BootstrapView, type Interval } from './bootstrap';
import { alphaFromUnits, gwetFromUnits, kappaFromPairs, percentFromPairs } from './coefficients';
import { pairTable, unitTable } from './tables';

/** A coefficient and its interval (NaN bounds when there were no resamples or too few defined). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  undefinedResamples: number;
}

export interface AgreementReport {
  raters: number;
  /** Units at least one grader graded (the units resampled). */
  units: number;
  /** Units with two or more grades (what alpha and AC's observed agreement rest on). */
  pairableUnits: number;
  resamples: number;
  seed: string;
  alpha: Estimate;
  ac: Estimate;
  /** Only with exactly two graders. */
  twoRaters?: { exact: Estimate; within: Estimate; withinSteps: number; kappa: Estimate };
}

type Options = Omit<AgreementRequestParsed, 'id'>;

const estimate = (value: number, interval: Interval | undefined): Estimate => ({
  value,
  low: interval?.low ?? NaN,
  high: interval?.high ?? NaN,
  undefinedResamples: interval?.undefinedResamples ?? 0,
});

/** Computes the report; throws RangeError on ratings that are not codes or not in `categories`. */
export function estimateAgreement(options: Options): AgreementReport {
  const { ratings, level, weights, categories, within, resamples, seed } = options;
  const units = unitTable(ratings, categories);
  const unitStats = [
    (mult: Float64Array) => alphaFromUnits(units, mult, level),
    (mult: Float64Array) => gwetFromUnits(units, mult, weights),
  ];
  const views: BootstrapView[] = [
    { unitPattern: units.unitPattern, patterns: units.patterns, statistics: unitStats },
  ];
  // The pair view follows the unit table's units (those somebody graded), so both share the draws.
  const pairs =
    ratings.length === 2
      ? (() => {
          const rated = [...Array(Math.max(ratings[0]!.length, ratings[1]!.length)).keys()].filter(
            (u) => ratings[0]![u] != null || ratings[1]![u] != null,
          );
          return pairTable(
            rated.map((u) => ratings[0]![u] ?? null),
            rated.map((u) => ratings[1]![u] ?? null),
          );
        })()
      : undefined;
  const pairStats = pairs
    ? [
        (mult: Float64Array) => percentFromPairs(pairs, mult, 0),
        (mult: Float64Array) => percentFromPairs(pairs, mult, within),
        (mult: Float64Array) => kappaFromPairs(pairs, mult, weights),
      ]
    : [];
  if (pairs)
    views.push({ unitPattern: pairs.unitPattern, patterns: pairs.counts.length, statistics: pairStats });
  const n = units.unitPattern.length;
  const intervals = resamples > 0 ? bootstrapIntervals(n, views, { resamples, seed }) : [];
  let pairable = 0;
  for (let p = 0; p < units.patterns; p++) if (units.raters[p]! >= 2) pairable += units.counts[p]!;
  const report: AgreementReport = {
    raters: ratings.length,
    units: n,
    pairableUnits: pairable,
    resamples,
    seed,
    alpha: estimate(unitStats[0]!(units.counts), intervals[0]?.[0]),
    ac: estimate(unitStats[1]!(units.counts), intervals[0]?.[1]),
  };
  if (pairs)
    report.twoRaters = {
      exact: estimate(pairStats[0]!(pairs.counts), intervals[1]?.[0]),
      within: estimate(pairStats[1]!(pairs.counts), intervals[1]?.[1]),
      withinSteps: within,
      kappa: estimate(pairStats[2]!(pairs.counts), intervals[1]?.[2]),
    };
  return report;
}
