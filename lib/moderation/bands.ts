/**
 * Agreement in plain words, for moderation screens and reports: Krippendorff's thresholds for alpha
 * (≥ 0.800 reliable; 0.667–0.800 for tentative conclusions only; below, not reliable: Krippendorff,
 * Content Analysis, 2004, p. 241), Landis and Koch's (1977) bands for kappa and Gwet's AC, and a
 * caution when the bootstrap interval is wide (a small moderation sample). Pure.
 */

export type AlphaBand = 'reliable' | 'tentative' | 'not reliable';
export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect';

/** Krippendorff's band for alpha; `undefined` when alpha is undefined (NaN). */
export function alphaBand(alpha: number): AlphaBand | undefined {
  if (Number.isNaN(alpha)) return undefined;
  return alpha >= 0.8 ? 'reliable' : alpha >= 0.667 ? 'tentative' : 'not reliable';
}

/**
 * Landis and Koch's band (< 0 poor, 0–0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80
 * substantial, 0.81–1 almost perfect), split at 0.20, 0.40, 0.60 and 0.80: a value exactly at a split
 * belongs to the lower band, anything above it (0.605) to the upper.
 */
export function kappaBand(kappa: number): KappaBand | undefined {
  if (Number.isNaN(kappa)) return undefined;
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/** An interval at least this wide (on the −1…1 scale) gets the small-sample caution. */
export const WIDE_INTERVAL = 0.2;

/**
 * Fewer graded pairs than this get the small-sample caution whatever their interval: with a handful of
 * units every resample can repeat the same few patterns, so the interval collapses (for example −0.50 to
 * −0.50) and looks certain when it is not.
 */
export const FEW_PAIRS = 10;

/**
 * The caution to show beside an estimate, or `undefined` when its interval is narrow and rests on
 * enough pairs: a wide interval (or none at all), or fewer than `FEW_PAIRS` pairs of grades, means the
 * sample is too small to place agreement in one band.
 */
export function smallSampleCaution(
  interval: { low: number; high: number },
  pairs?: number,
): string | undefined {
  if (Number.isNaN(interval.low) || Number.isNaN(interval.high))
    return 'Too few moderated grades to estimate how far this figure could move.';
  if (pairs !== undefined && pairs < FEW_PAIRS)
    return (
      `Small sample: only ${pairs} ${pairs === 1 ? 'grade was' : 'grades were'} graded by both people, ` +
      `too few for this figure to mean much however narrow its interval. Moderate more audits before drawing conclusions.`
    );
  if (interval.high - interval.low < WIDE_INTERVAL) return undefined;
  return (
    `Small sample: the true agreement could be anywhere from ${interval.low.toFixed(2)} to ` +
    `${interval.high.toFixed(2)}. Moderate more audits before drawing conclusions.`
  );
}

/** The sentence for Krippendorff's alpha, e.g. "0.72: tentative conclusions only". */
export function describeAlpha(alpha: number): string {
  const band = alphaBand(alpha);
  if (!band) return 'Not enough paired grades to measure agreement.';
  const words = {
    reliable: 'reliable',
    tentative: 'tentative conclusions only',
    'not reliable': 'not reliable',
  }[band];
  return `${alpha.toFixed(3)}: ${words}`;
}

/** The sentence for kappa or Gwet's AC, e.g. "0.65: substantial agreement". */
export function describeKappa(kappa: number): string {
  const band = kappaBand(kappa);
  if (!band) return 'Not enough paired grades to measure agreement.';
  return `${kappa.toFixed(3)}: ${band} agreement`;
}

/** An estimate's 95% interval in words, e.g. "95% interval 0.61 to 0.88" (none: "no interval"). */
export function describeInterval(estimate: { low: number; high: number }): string {
  return Number.isNaN(estimate.low) || Number.isNaN(estimate.high)
    ? 'no interval'
    : `95% interval ${estimate.low.toFixed(2)} to ${estimate.high.toFixed(2)}`;
}
