// Summary statistics for repeated measurements. Benchmarks run on shared, noisy machines, so every
// figure is a median with its spread (min–max and interquartile range), never a single run.

/** Value at quantile `q` (0..1) of an ascending array, linearly interpolated. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * Median, min, max and quartiles of `values` (non-finite values are dropped).
 * @param {number[]} values
 */
export function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** Rounds to `digits` significant-ish decimals for printing and for results.json. */
export function round(value, digits = 3) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A summary with every number rounded, for results.json. */
export function rounded(summary, digits = 3) {
  return Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, k === 'n' ? v : round(v, digits)]));
}

/** "12.3 (11.9–13.0)": median with min–max, for tables and logs. */
export function fmt(summary, digits = 2) {
  if (!summary || !Number.isFinite(summary.median)) return 'n/a';
  const f = (v) => v.toFixed(digits);
  return `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}

/** Per-repeat ratios a[i] / b[i] of paired runs (same repeat, alternated configurations). */
export function pairedRatios(a, b) {
  return a.map((value, i) => value / b[i]).filter(Number.isFinite);
}

/** A seeded random generator (mulberry32) returning numbers in [0, 1), for reproducible inputs. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
