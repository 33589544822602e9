// The benchmark statistics (bench/lib/stats.mjs): medians, spreads and paired ratios that every
// figure in bench/README.md is built from.
import { describe, expect, it } from 'vitest';
import { fmt, pairedRatios, quantile, summarize } from '../../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  it('summarises with median, min–max and quartiles, ignoring non-finite values', () => {
    expect(summarize([5, 1, 3, NaN, 2, 4])).toEqual({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
    expect(summarize([1, 2]).median).toBe(1.5);
    expect(summarize([]).n).toBe(0);
  });

  it('interpolates quantiles and formats median (min–max)', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(fmt(summarize([1, 2, 4]), 1)).toBe('2.0 (1.0–4.0)');
    expect(fmt(undefined)).toBe('n/a');
  });

  it('pairs ratios repeat by repeat and drops divisions by zero', () => {
    expect(pairedRatios([2, 3, 1], [1, 3, 0])).toEqual([2, 1]);
  });
});
