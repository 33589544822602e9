// The import preview's record-by-record list: records named in words, and only the fields that differ.
import { describe, expect, it } from 'vitest';
import { changedFields, recordChange, recordName } from '@/lib/export/import/record-changes';
import type { HistoryRecord } from '@/lib/storage/history';

const observation = (over: Record<string, unknown> = {}) =>
  ({
    id: '6f1c1f8e-8d0a-4a53-9a55-0c6b9f1f0a01',
    auditId: null,
    kind: 'concern',
    comment: 'Plan has no timescales.',
    evidenceSource: 'case-record',
    factors: [],
    target: { page: { origin: 'http://x', path: '/p' }, selectors: [], quote: 'Plan' },
    pageKey: 'k',
    author: 'Sam',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  }) as unknown as HistoryRecord;

describe('import preview, record by record', () => {
  it('names records in words', () => {
    expect(recordName('observations', observation())).toBe('Concern: Plan has no timescales.');
    expect(
      recordName('audits', {
        caseRef: { personId: 'P1' },
        auditor: 'Ann',
      } as unknown as HistoryRecord),
    ).toBe('Audit of P1 by Ann');
  });

  it('lists only the fields that differ, before and after, in words', () => {
    const before = observation();
    const after = observation({
      comment: 'Plan now has timescales.',
      kind: 'strength',
      factors: [{ factor: 'workload' }],
      updatedAt: '2026-11-02T10:00:00.000Z',
    });
    expect(changedFields(before, after)).toEqual([
      { field: 'Observation', before: 'Plan has no timescales.', after: 'Plan now has timescales.' },
      { field: 'Kind', before: 'Concern', after: 'Strength' },
      { field: 'Systemic factors', before: '(none)', after: '1 item' },
      { field: 'Last saved', before: '2026-11-01 10:00 UTC', after: '2026-11-02 10:00 UTC' },
    ]);
    expect(changedFields(before, observation())).toEqual([]);
  });

  it('says a field changed when both versions read the same', () => {
    const a = observation({ factors: [{ factor: 'workload' }] });
    const b = observation({ factors: [{ factor: 'supervision' }] });
    expect(changedFields(a, b)).toEqual([
      { field: 'Systemic factors', before: '1 item', after: '1 item (changed)' },
    ]);
  });

  it('a new record has no field list', () => {
    expect(recordChange('observations', 'new', observation(), undefined).fields).toEqual([]);
  });
});

describe('a changed long text', () => {
  it('is shown from just before where the versions part', () => {
    const start = 'The plan names the actions, who does them and by when, and the family helped write it.';
    const [change] = changedFields(
      observation({ comment: start }),
      observation({ comment: `${start} Reviewed at core group.` }),
    );
    expect(change!.before.startsWith('…')).toBe(true);
    expect(change!.after).toMatch(/^….*helped write it\. Reviewed at core group\.$/);
    expect(change!.after.length).toBeLessThan(60);
  });
});
