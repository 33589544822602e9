/**
 * Bootstrap 95% confidence intervals for agreement coefficients: units (audits' sections, not single
 * ratings) are resampled with replacement, the coefficients recomputed on each resample, and the 2.5th
 * and 97.5th percentiles of the results taken (the percentile method). Draws come from the seeded
 * generator of `lib/rounds/seed.ts`, so the same seed gives the same interval on every machine.
 *
 * Fast by construction: a resample never copies ratings; it only counts how often each unit pattern
 * (see `tables.ts`) was drawn, and the coefficients read those counts. Several views of the same units
 * (the pair table and the unit table) share one set of draws, so their intervals come from the same
 * resamples. Pure; called by `estimate.ts`.
 */
import { seededRandom } from '../rounds/seed';

/** One way of looking at the units: each unit's pattern (-1: not in this view) and the statistics. */
export interface BootstrapView {
  unitPattern: Int32Array;
  patterns: number;
  statistics: ((mult: Float64Array) => number)[];
}

export interface Interval {
  /** 2.5th percentile of the defined resampled values; NaN when fewer than half were defined. */
  low: number;
  /** 97.5th percentile. */
  high: number;
  resamples: number;
  /** Resamples where the coefficient was undefined (e.g. a resample with a single category). */
  undefinedResamples: number;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: string;
}

/** Linear-interpolation quantile (R's type 7) of an ascending array. */
function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

function percentileInterval(values: Float64Array, resamples: number): Interval {
  const defined = values.filter(Number.isFinite).sort();
  const undefinedResamples = resamples - defined.length;
  if (defined.length === 0 || defined.length < resamples / 2)
    return { low: NaN, high: NaN, resamples, undefinedResamples };
  return { low: quantile(defined, 0.025), high: quantile(defined, 0.975), resamples, undefinedResamples };
}

/**
 * Intervals for every statistic of every view, in order (`result[view][statistic]`), from `resamples`
 * resamples (default 1,000) of the `units` units drawn with the generator seeded by `seed`.
 */
export function bootstrapIntervals(
  units: number,
  views: BootstrapView[],
  { resamples = 1000, seed = 'margin-agreement' }: BootstrapOptions = {},
): Interval[][] {
  const random = seededRandom(seed);
  const mults = views.map((view) => new Float64Array(view.patterns));
  const values = views.map((view) => view.statistics.map(() => new Float64Array(resamples)));
  for (let r = 0; r < resamples; r++) {
    for (const mult of mults) mult.fill(0);
    for (let i = 0; i < units; i++) {
      const unit = Math.floor(random() * units);
      for (let v = 0; v < views.length; v++) {
        const pattern = views[v]!.unitPattern[unit]!;
        if (pattern >= 0) mults[v]![pattern]! += 1;
      }
    }
    views.forEach((view, v) =>
      view.statistics.forEach((statistic, s) => (values[v]![s]![r] = statistic(mults[v]!))),
    );
  }
  return values.map((perView) => perView.map((vals) => percentileInterval(vals, resamples)));
}
