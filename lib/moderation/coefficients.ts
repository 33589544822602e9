/**
 * The agreement coefficients computed from the tables of `tables.ts` and a multiplicity per pattern
 * (the sample's own counts, or a bootstrap resample's). The formulas, their sources and the edge cases
 * are documented in docs/moderation.md and on each public function in `agreement.ts`. Pure.
 */
import type { PairTable, UnitTable } from './tables';

export type Weights = 'none' | 'linear' | 'quadratic';
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Agreement weights between categories on their codes (Gwet 2014, ch. 3, as irrCAC's
 * `linear.weights` / `quadratic.weights`): 1 on the diagonal, falling with the distance between codes
 * relative to the range of the scale. `none` is identity (exact agreement only).
 */
export function agreementWeights(values: readonly number[], weights: Weights): Float64Array {
  const q = values.length;
  const w = new Float64Array(q * q);
  const range = q > 1 ? values[q - 1]! - values[0]! : 1;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      const d = Math.abs(values[i]! - values[j]!) / range;
      w[i * q + j] = weights === 'none' ? (i === j ? 1 : 0) : weights === 'linear' ? 1 - d : 1 - d * d;
    }
  return w;
}

/** Share of pairable units whose two codes differ by at most `within`; NaN with no pairable unit. */
export function percentFromPairs(table: PairTable, mult: Float64Array, within = 0): number {
  const { values } = table;
  const q = values.length;
  let n = 0;
  let agree = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      const c = mult[i * q + j]!;
      n += c;
      if (Math.abs(values[i]! - values[j]!) <= within) agree += c;
    }
  return n > 0 ? agree / n : NaN;
}

/**
 * Cohen's kappa as scikit-learn computes it: 1 − Σ d·observed / Σ d·expected, with disagreement
 * d = 0/1, |cᵢ − cⱼ| or (cᵢ − cⱼ)² on the codes. NaN when nothing is pairable or expected
 * disagreement is 0 (a single category), as scikit-learn returns NaN there.
 */
export function kappaFromPairs(table: PairTable, mult: Float64Array, weights: Weights = 'none'): number {
  const { values } = table;
  const q = values.length;
  const rowSum = new Float64Array(q);
  const colSum = new Float64Array(q);
  let n = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      const c = mult[i * q + j]!;
      rowSum[i]! += c;
      colSum[j]! += c;
      n += c;
    }
  if (n === 0) return NaN;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      const gap = Math.abs(values[i]! - values[j]!);
      const d = weights === 'none' ? (i === j ? 0 : 1) : weights === 'linear' ? gap : gap * gap;
      observed += d * mult[i * q + j]!;
      expected += (d * rowSum[i]! * colSum[j]!) / n;
    }
  return expected === 0 ? NaN : 1 - observed / expected;
}

/** Krippendorff's squared difference δ² between categories c and k, given the coincidence marginals. */
function delta(
  level: Level,
  values: readonly number[],
  marginals: Float64Array,
  c: number,
  k: number,
): number {
  if (c === k) return 0;
  const vc = values[c]!;
  const vk = values[k]!;
  switch (level) {
    case 'nominal':
      return 1;
    case 'interval':
      return (vc - vk) ** 2;
    case 'ratio':
      return vc + vk === 0 ? 0 : ((vc - vk) / (vc + vk)) ** 2;
    case 'ordinal': {
      let between = 0;
      for (let g = Math.min(c, k); g <= Math.max(c, k); g++) between += marginals[g]!;
      return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
    }
  }
}

/**
 * Krippendorff's alpha from the coincidence matrix (Krippendorff 2011): every ordered pair of values in
 * a unit with m ≥ 2 values adds 1/(m − 1); α = 1 − (n − 1)·Σ o·δ² / Σ nc·nk·δ². NaN when no unit has
 * two values, or when expected disagreement is 0 (one value only): alpha is 0/0 there, and
 * Krippendorff's reference code (`krippendorff` on PyPI) refuses both.
 */
export function alphaFromUnits(table: UnitTable, mult: Float64Array, level: Level): number {
  const { values, rows, raters, patterns } = table;
  const q = values.length;
  const o = new Float64Array(q * q);
  for (let p = 0; p < patterns; p++) {
    const m = raters[p]!;
    const times = mult[p]!;
    if (m < 2 || times === 0) continue;
    const share = times / (m - 1);
    for (let c = 0; c < q; c++) {
      const nc = rows[p * q + c]!;
      if (nc === 0) continue;
      for (let k = 0; k < q; k++) o[c * q + k]! += share * nc * (rows[p * q + k]! - (c === k ? 1 : 0));
    }
  }
  const marginals = new Float64Array(q);
  let n = 0;
  for (let c = 0; c < q; c++)
    for (let k = 0; k < q; k++) {
      marginals[c]! += o[c * q + k]!;
      n += o[c * q + k]!;
    }
  if (n < 2) return NaN;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++)
    for (let k = 0; k < q; k++) {
      if (c === k) continue;
      const d = delta(level, values, marginals, c, k);
      observed += o[c * q + k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  return expected === 0 ? NaN : 1 - ((n - 1) * observed) / expected;
}

/**
 * Gwet's AC1 / AC2 by his raw-ratings method (Gwet 2014; irrCAC's `gwet.ac1.raw`): percent agreement
 * pa over units rated by two or more; chance agreement pe = Tw/(q(q − 1))·Σ πk(1 − πk), where πk
 * averages each unit's share of ratings in k over every rated unit (units only one rater rated count
 * here too) and Tw sums the weights. NaN when no unit has two ratings; 1 when there is a single
 * category and so agreement is perfect (irrCAC sets pe just under 1 there, which gives 1).
 */
export function gwetFromUnits(table: UnitTable, mult: Float64Array, weights: Weights = 'none'): number {
  const { values, rows, raters, patterns } = table;
  const q = values.length;
  const w = agreementWeights(values, weights);
  let units = 0;
  let paired = 0;
  let paSum = 0;
  const pi = new Float64Array(q);
  for (let p = 0; p < patterns; p++) {
    const times = mult[p]!;
    if (times === 0) continue;
    const r = raters[p]!;
    units += times;
    for (let k = 0; k < q; k++) pi[k]! += (times * rows[p * q + k]!) / r;
    if (r < 2) continue;
    paired += times;
    let agree = 0;
    for (let k = 0; k < q; k++) {
      const rk = rows[p * q + k]!;
      if (rk === 0) continue;
      let weighted = 0;
      for (let l = 0; l < q; l++) weighted += w[k * q + l]! * rows[p * q + l]!;
      agree += rk * (weighted - 1);
    }
    paSum += (times * agree) / (r * (r - 1));
  }
  if (paired === 0) return NaN;
  const pa = paSum / paired;
  if (q < 2) return 1;
  let tw = 0;
  for (const x of w) tw += x;
  let spread = 0;
  for (let k = 0; k < q; k++) {
    const share = pi[k]! / units;
    spread += share * (1 - share);
  }
  const pe = (tw / (q * (q - 1))) * spread;
  return (pa - pe) / (1 - pe);
}
