/**
 * The sufficient statistics the agreement coefficients are computed from, built once from the raw
 * ratings: a two-rater confusion table (for percent agreement and Cohen's kappa) and a unit-by-category
 * count table (for Krippendorff's alpha and Gwet's AC). Identical units are folded into one pattern
 * with a multiplicity, so a bootstrap resample is just a new multiplicity vector: no table is rebuilt.
 * Pure; called by `agreement.ts`, `estimate.ts` and the benchmark.
 */

/** A rating: an ordered category code, or `null` when the unit was not rated. */
export type Rating = number | null;

/** The categories' codes in ascending order, and each code's index. */
function categoryIndex(values: Iterable<number>): { values: number[]; index: Map<number, number> } {
  const sorted = [...new Set(values)].sort((x, y) => x - y);
  return { values: sorted, index: new Map(sorted.map((v, i) => [v, i])) };
}

function checkCode(value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`A rating must be a finite number or null, not ${value}.`);
}

/**
 * Two raters: cell `i × q + j` is a pattern (rater a chose category i, rater b category j). Only units
 * both rated are pairable; the others map to pattern -1. `values` are the categories seen in pairable
 * units (as scikit-learn's `cohen_kappa_score` takes the labels present in either rater).
 */
export interface PairTable {
  values: number[];
  /** Per unit (input order): its cell, or -1 when one of the two did not rate it. */
  unitPattern: Int32Array;
  /** Cell counts of the sample itself (the multiplicity of every pattern). */
  counts: Float64Array;
}

export function pairTable(a: readonly Rating[], b: readonly Rating[]): PairTable {
  if (a.length !== b.length)
    throw new RangeError(`The two raters must rate the same units (${a.length} and ${b.length} ratings).`);
  const seen: number[] = [];
  for (let u = 0; u < a.length; u++) {
    const x = a[u];
    const y = b[u];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    checkCode(x);
    checkCode(y);
    seen.push(x, y);
  }
  const { values, index } = categoryIndex(seen);
  const q = values.length;
  const unitPattern = new Int32Array(a.length).fill(-1);
  const counts = new Float64Array(q * q);
  for (let u = 0; u < a.length; u++) {
    const x = a[u];
    const y = b[u];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    const cell = index.get(x)! * q + index.get(y)!;
    unitPattern[u] = cell;
    counts[cell]! += 1;
  }
  return { values, unitPattern, counts };
}

/**
 * Many raters (Krippendorff's layout: one row per rater, one column per unit): each distinct column of
 * category counts is a pattern (`rows[p × q + k]` raters chose category k). Units nobody rated are
 * dropped (they carry no information for any coefficient here); `unitPattern` maps each remaining unit,
 * in input order, to its pattern.
 */
export interface UnitTable {
  values: number[];
  rows: Float64Array;
  /** Raters who rated each pattern (the row sum). */
  raters: Float64Array;
  patterns: number;
  unitPattern: Int32Array;
  counts: Float64Array;
}

export function unitTable(
  ratings: readonly (readonly Rating[])[],
  categories?: readonly number[],
): UnitTable {
  const units = ratings.reduce((most, row) => Math.max(most, row.length), 0);
  const seen: number[] = [];
  for (const row of ratings)
    for (const value of row)
      if (value !== null && value !== undefined) {
        checkCode(value);
        seen.push(value);
      }
  const { values, index } = categoryIndex(categories ?? seen);
  if (categories) {
    const stray = seen.find((value) => !index.has(value));
    if (stray !== undefined) throw new RangeError(`Rating ${stray} is not one of the categories given.`);
  }
  const q = values.length;
  const byKey = new Map<string, number>();
  const rows: number[] = [];
  const unitPattern: number[] = [];
  const column = new Array<number>(q);
  for (let u = 0; u < units; u++) {
    column.fill(0);
    let rated = 0;
    for (const row of ratings) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      column[index.get(value)!]! += 1;
      rated++;
    }
    if (rated === 0) continue;
    const key = column.join(',');
    let pattern = byKey.get(key);
    if (pattern === undefined) {
      pattern = byKey.size;
      byKey.set(key, pattern);
      rows.push(...column);
    }
    unitPattern.push(pattern);
  }
  const patterns = byKey.size;
  const table = {
    values,
    rows: Float64Array.from(rows),
    raters: new Float64Array(patterns),
    patterns,
    unitPattern: Int32Array.from(unitPattern),
    counts: new Float64Array(patterns),
  };
  for (let p = 0; p < patterns; p++) for (let k = 0; k < q; k++) table.raters[p]! += table.rows[p * q + k]!;
  for (const p of table.unitPattern) table.counts[p]! += 1;
  return table;
}
