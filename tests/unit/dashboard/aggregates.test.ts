import { describe, expect, it } from 'vitest';
import { auditsPerMonth, byFactor, frictionHotSpots, gradesBySection } from '@/lib/dashboard/aggregates';
import type { Observation } from '@/lib/model/observation';
import type { Audit } from '@/lib/model/audit';
import type { CounterRow } from '@/lib/model/friction';

const base = {
  auditId: null,
  comment: 'x',
  evidenceSource: 'case-record',
  target: { page: { origin: 'o', path: '/', adapter: 'a' }, selectors: [] },
  pageKey: 'k',
  author: 'A',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
} as const;
const obs = (kind: Observation['kind'], factors: string[], sectionId?: string, grade?: string): Observation =>
  ({
    ...base,
    id: crypto.randomUUID(),
    kind,
    factors: factors.map((factor) => ({ factor })),
    ...(sectionId ? { sectionId, grade } : {}),
  }) as unknown as Observation;

describe('dashboard aggregates', () => {
  it('counts strengths and concerns per contributory factor side by side', () => {
    const series = byFactor([
      obs('strength', ['human-tool']),
      obs('concern', ['human-tool', 'judgement']),
      obs('question', ['human-tool']),
    ]);
    expect(series.keys[0]).toBe('human-tool');
    expect(series.datasets).toEqual([
      { label: 'Strengths', data: [1, 0, 0, 0, 0, 0] },
      { label: 'Concerns', data: [1, 0, 0, 0, 0, 1] },
    ]);
  });

  it('counts grades per section, audits per month and ranks friction hot spots', () => {
    const grades = gradesBySection([
      obs('strength', [], 'voice', 'good'),
      obs('concern', [], 'voice', 'inadequate'),
      obs('strength', [], 'planning', 'good'),
    ]);
    expect(grades).toMatchObject({
      labels: ['planning', 'voice'],
      datasets: [
        { label: 'good', data: [1, 1] },
        { label: 'inadequate', data: [0, 1] },
      ],
    });
    const audit = (startedAt: string, finishedAt?: string) => ({ startedAt, finishedAt }) as Audit;
    expect(
      auditsPerMonth([audit('2026-10-03T00:00:00Z', '2026-11-02T00:00:00Z'), audit('2026-11-05T00:00:00Z')])
        .datasets,
    ).toEqual([
      { label: 'Started', data: [1, 1] },
      { label: 'Finished', data: [0, 1] },
    ]);
    const row = (field: string, counts: Record<string, number>, day = '2026-11-01') =>
      ({ field, form: 'f', screen: 'Assessment', label: field, day, counts }) as CounterRow;
    const hot = frictionHotSpots([
      row('Reason', { invalid: 2 }),
      row('Reason', { invalid: 1 }, '2026-11-02'),
      row('Date', { returns: 1 }),
      row('(page)', { errorSummaries: 9 }),
    ]);
    expect(hot.labels).toEqual(['Assessment: Reason', 'Assessment: Date']);
    expect(hot.datasets[0]?.data).toEqual([9, 2]);
  });
});
