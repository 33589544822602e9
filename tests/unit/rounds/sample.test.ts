// The sampler on worked examples: sizes and rounding, the seed, the reasons shown for cases left out,
// and the notes when the rules leave the sample short.
import { describe, expect, it } from 'vitest';
import { SampleSpecSchema, type SampleSpecInput } from '@/lib/model/round';
import { allocate } from '@/lib/rounds/allocate';
import { monthsBefore, recentlyAudited } from '@/lib/rounds/recent-audits';
import { drawSample, targetSize } from '@/lib/rounds/sample';
import { newSeed, normaliseSeed, seededRandom, shuffled } from '@/lib/rounds/seed';
import { candidate } from './support';

const spec = (input: Partial<SampleSpecInput>) =>
  SampleSpecSchema.parse({ size: { kind: 'count', count: 5 }, seed: 'K7QM-3XPA', ...input });
const list = (n: number, holders = 10, teams = ['North', 'South']) =>
  Array.from({ length: n }, (_, i) => candidate(`P${100 + i}`, teams[i % teams.length]!, `W${i % holders}`));
const draw = (candidates: ReturnType<typeof list>, input: Partial<SampleSpecInput>, history = []) => {
  const result = drawSample(candidates, spec(input), { history, today: '2026-06-30' });
  if (!result.ok) throw new Error(result.error);
  return result.sample;
};

describe('seed', () => {
  it('newSeed makes short readable seeds that differ', () => {
    const seeds = Array.from({ length: 200 }, newSeed);
    for (const seed of seeds) expect(seed).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(seeds).size).toBe(200);
  });

  it('ignores letter case and outer spaces, and repeats its sequence', () => {
    expect(normaliseSeed('  q3   2026 ')).toBe('Q3 2026');
    const a = seededRandom('k7qm-3xpa');
    const b = seededRandom(' K7QM-3XPA');
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
    expect(shuffled([1, 2, 3, 4, 5, 6], seededRandom('x')).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('drawSample', () => {
  it('draws the same cases from the same seed and other cases from other seeds', () => {
    const candidates = list(200);
    const ids = (seed: string) =>
      draw(candidates, { seed, size: { kind: 'count', count: 12 } }).drawn.map((c) => c.caseId);
    expect(ids('K7QM-3XPA')).toEqual(ids('k7qm-3xpa'));
    const draws = new Set(Array.from({ length: 50 }, (_, i) => ids(`seed ${i}`).join()));
    expect(draws.size).toBe(50);
    expect(draw(candidates, { seed: ' k7qm-3xpa ' }).seed).toBe('K7QM-3XPA');
  });

  it('turns a percentage of the whole list into cases, halves up, at least one', () => {
    const percent = (p: number, n: number) => targetSize(spec({ size: { kind: 'percent', percent: p } }), n);
    expect(percent(12.5, 40)).toBe(5);
    expect(percent(10, 45)).toBe(5); // 4.5 rounds up
    expect(percent(10, 44)).toBe(4);
    expect(percent(1, 10)).toBe(1);
    expect(percent(100, 7)).toBe(7);
    expect(draw(list(40), { size: { kind: 'percent', percent: 30 } }).drawn).toHaveLength(12);
  });

  it('leaves out cases audited within the last N months, saying when', () => {
    const candidates = list(6);
    const history = [
      { caseId: 'p100', auditedOn: '2025-07-01' },
      { caseId: 'P100', auditedOn: '2026-03-02T10:00:00.000Z' },
      { caseId: 'P101', auditedOn: '2025-06-29' },
      { caseId: 'P102', auditedOn: '2025-06-30' },
    ];
    const sample = draw(
      candidates,
      { size: { kind: 'count', count: 6 }, excludeAuditedWithinMonths: 12 },
      history as never,
    );
    expect(sample.drawn.map((c) => c.caseId).sort()).toEqual(['P101', 'P103', 'P104', 'P105']);
    expect(sample.leftOut).toEqual([
      {
        caseId: 'P100',
        rule: 'recently-audited',
        reason: 'audited on 2026-03-02, within the last 12 months',
      },
      {
        caseId: 'P102',
        rule: 'recently-audited',
        reason: 'audited on 2025-06-30, within the last 12 months',
      },
    ]);
    expect(sample.notes).toEqual([
      'Only 4 of the 6 candidates could be drawn (2 were audited in the last 12 months), so the sample has at most 4 cases, not 6.',
    ]);
  });

  it('counts months by the calendar', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
    expect(recentlyAudited([{ caseId: 'x', auditedOn: 'not a date' }], '2026-01-01', 12).size).toBe(0);
  });

  it('keeps to the limit per case holder and says why the rest were left out', () => {
    const candidates = list(12, 2); // W0 and W1 hold six cases each
    const sample = draw(candidates, { size: { kind: 'count', count: 10 }, maxPerCaseHolder: 3 });
    expect(sample.drawn).toHaveLength(6);
    expect(sample.leftOut).toHaveLength(6);
    for (const left of sample.leftOut) {
      expect(left.rule).toBe('case-holder-limit');
      expect(left.reason).toMatch(/^case holder W[01] already has 3 cases in the sample \(at most 3 each\)$/);
    }
    expect(sample.notes).toEqual([
      'The limit of 3 cases per case holder left room for only 6 cases, so the sample has 6, not 10.',
    ]);
  });

  it('says "not drawn" of the cases the random draw passed by', () => {
    const sample = draw(list(8), { size: { kind: 'count', count: 3 } });
    expect(sample.leftOut).toHaveLength(5);
    for (const left of sample.leftOut) {
      expect(left).toMatchObject({ rule: 'not-drawn', reason: 'not drawn: the sample of 3 was complete' });
    }
  });

  it('spreads the sample across case holders in turn', () => {
    // W0 holds 20 cases, W1-W4 one each: a spread draw of 5 takes one of each.
    const candidates = [
      ...Array.from({ length: 20 }, (_, i) => candidate(`A${i}`, 'North', 'W0')),
      ...[1, 2, 3, 4].map((i) => candidate(`B${i}`, 'North', `W${i}`)),
    ];
    const spread = draw(candidates, { spreadAcrossCaseHolders: true });
    expect(new Set(spread.drawn.map((c) => c.caseHolder)).size).toBe(5);
  });

  it('stratifies by team or attribute, and tops up from other groups when a group runs short', () => {
    const candidates = [
      ...Array.from({ length: 30 }, (_, i) => candidate(`N${i}`, 'North', `W${i % 10}`)),
      ...Array.from({ length: 10 }, (_, i) =>
        candidate(`S${i}`, 'South', 'W99', i < 5 ? { legalStatus: 'CP' } : {}),
      ),
    ];
    const byTeam = draw(candidates, { size: { kind: 'count', count: 8 }, stratifyBy: 'team' });
    expect(byTeam.strata).toEqual([
      { value: 'North', candidates: 30, eligible: 30, allocated: 6, drawn: 6 },
      { value: 'South', candidates: 10, eligible: 10, allocated: 2, drawn: 2 },
    ]);
    const byStatus = draw(candidates, { size: { kind: 'count', count: 8 }, stratifyBy: 'legalStatus' });
    expect(byStatus.strata!.map((s) => [s.value, s.allocated])).toEqual([
      ['(not recorded)', 7],
      ['CP', 1],
    ]);
    // South's single case holder may have one case: its second place goes to North.
    const capped = draw(candidates, {
      size: { kind: 'count', count: 8 },
      stratifyBy: 'team',
      maxPerCaseHolder: 1,
    });
    expect(capped.drawn).toHaveLength(8);
    expect(capped.strata!.map((s) => [s.value, s.allocated, s.drawn])).toEqual([
      ['North', 6, 7],
      ['South', 2, 1],
    ]);
    expect(capped.notes[0]).toMatch(
      /^The group "South" was given 2 of the sample but the limit of 1 case per case holder allowed only 1/,
    );
  });

  it('refuses an empty list and a case listed twice', () => {
    expect(drawSample([], spec({}), { today: '2026-06-30' })).toEqual({
      ok: false,
      error: 'There are no candidate cases to draw from.',
    });
    const twice = [candidate('P1', 'N', 'W'), candidate(' p1', 'N', 'W')];
    expect(drawSample(twice, spec({}), { today: '2026-06-30' }).ok).toBe(false);
  });
});

describe('allocate (largest remainder)', () => {
  it('gives the whole parts, then the largest remainders, ties to the larger then the first-named stratum', () => {
    expect(
      Object.fromEntries(
        allocate(
          10,
          new Map([
            ['a', 5],
            ['b', 3],
            ['c', 2],
          ]),
        ),
      ),
    ).toEqual({ a: 5, b: 3, c: 2 });
    // 7 × (6, 3, 3) / 12 = 3.5, 1.75, 1.75 → 3, 1, 1 then 2 left: b and c (0.75 each)
    expect(
      Object.fromEntries(
        allocate(
          7,
          new Map([
            ['a', 6],
            ['b', 3],
            ['c', 3],
          ]),
        ),
      ),
    ).toEqual({ a: 3, b: 2, c: 2 });
    // 1 × (2, 2) / 4 = 0.5 each: the first-named wins the tie
    expect(
      Object.fromEntries(
        allocate(
          1,
          new Map([
            ['b', 2],
            ['a', 2],
          ]),
        ),
      ),
    ).toEqual({ a: 1, b: 0 });
    expect(() => allocate(5, new Map([['a', 4]]))).toThrow(RangeError);
  });
});
