import { describe, expect, it } from 'vitest';
import { visibleObservations, distinct } from '@/lib/dashboard/table-model';
import type { Observation } from '@/lib/model/observation';

function observation(n: number, change: Partial<Observation> = {}): Observation {
  const at = new Date(Date.UTC(2026, 10, 1 + (n % 28))).toISOString();
  return {
    id: crypto.randomUUID(),
    auditId: null,
    kind: n % 2 ? 'concern' : 'strength',
    comment: `Observation ${n}`,
    evidenceSource: 'case-record',
    factors: n % 3 ? [] : [{ factor: 'human-tool', subItem: 'ict-systems' }],
    target: {
      page: {
        origin: 'http://127.0.0.1:1',
        path: '/p',
        adapter: 'demo',
        personId: `P${n % 5}`,
        formName: 'Case notes',
      },
      selectors: [],
    },
    pageKey: 'k',
    author: n % 4 ? 'Sam' : 'Pat',
    createdAt: at,
    updatedAt: at,
    ...change,
  };
}

describe('dashboard table model', () => {
  const all = Array.from({ length: 100_000 }, (_, n) => observation(n));

  it('filters by kind, factor, person, author, dates and text together, and sorts', () => {
    const rows = visibleObservations(
      all,
      {
        kind: 'strength',
        factor: 'ict-systems',
        personId: 'P0',
        auditor: 'pat',
        dateFrom: '2026-11-02',
        dateTo: '2026-11-20',
        text: 'observation 4',
      },
      { key: 'createdAt', descending: false },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'strength', author: 'Pat', target: { page: { personId: 'P0' } } });
      expect(row.factors).toContainEqual({ factor: 'human-tool', subItem: 'ict-systems' });
      expect(row.createdAt >= '2026-11-02' && row.createdAt <= '2026-11-20T\uffff').toBe(true);
      expect(row.comment.toLowerCase()).toContain('observation 4');
    }
    expect(rows.map((r) => r.createdAt)).toEqual([...rows.map((r) => r.createdAt)].sort());
  });

  it('sorts 100,000 rows by a column in both directions, leaving the input alone', () => {
    const first = all[0];
    const byPerson = visibleObservations(all, {}, { key: 'person', descending: true });
    expect(byPerson).toHaveLength(100_000);
    expect(byPerson[0]?.target.page.personId).toBe('P4');
    expect(byPerson.at(-1)?.target.page.personId).toBe('P0');
    expect(all[0]).toBe(first);
    expect(distinct(all, (o) => o.author)).toEqual(['Pat', 'Sam']);
  });
});
