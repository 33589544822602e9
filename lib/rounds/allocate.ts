/**
 * Proportional allocation of a sample across strata (teams, or the values of an attribute) by the
 * largest-remainder (Hamilton) method: each stratum first gets the whole part of its exact share
 * `n × size / total`, then the places left over go one each to the strata with the largest fractional
 * parts (ties: the larger stratum, then the stratum named first in code-unit order). The allocations
 * always sum to n, and no stratum is given more cases than it has. Integer arithmetic throughout, so
 * the result is the same on every machine.
 */

/** How many of `n` places each stratum gets; `sizes` maps a stratum to its number of cases. */
export function allocate(n: number, sizes: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (!Number.isInteger(n) || n < 0 || n > total) {
    throw new RangeError(`Cannot allocate ${n} places among ${total} cases.`);
  }
  const result = new Map<string, number>();
  const remainders: { key: string; size: number; remainder: number }[] = [];
  let given = 0;
  for (const [key, size] of sizes) {
    const whole = total === 0 ? 0 : Math.floor((n * size) / total);
    result.set(key, whole);
    given += whole;
    remainders.push({ key, size, remainder: total === 0 ? 0 : (n * size) % total });
  }
  remainders.sort(
    (a, b) => b.remainder - a.remainder || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  // Fewer than strata-count places are left over, and each goes to a stratum with a remainder > 0,
  // whose whole part is therefore below its size: nobody gets more than they have.
  for (const { key } of remainders.slice(0, n - given)) result.set(key, result.get(key)! + 1);
  return result;
}
